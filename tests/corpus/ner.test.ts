// Official names in plain sentences: the People's Daily 1998 NER test split, second half of its sentences
// (the name model learns from the first). The evaluation (what counts as a post, what is gold, what is
// predicted, which half) is defined and documented in ner-eval.ts.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { NER_FILE, scoreNer } from './ner-eval';

const file = path.resolve(__dirname, '../..', NER_FILE);

describe.runIf(existsSync(file))(
  "officials in People's Daily 1998 sentences, name right after a public post (second half: not learnt from)",
  () => {
    const r = scoreNer(file, 'test');

    it('has enough sentences to measure', () => {
      expect(r.sentences).toBeGreaterThan(50);
      expect(r.gold).toBeGreaterThan(80);
    });

    it('recall ≥ 0.92', () => {
      expect(r.recall, r.misses.join('\n')).toBeGreaterThanOrEqual(0.92);
    });

    it('precision ≥ 0.97', () => {
      expect(r.precision, r.misses.join('\n')).toBeGreaterThanOrEqual(0.97);
    });
  },
);
