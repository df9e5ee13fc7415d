// Detection over every corpus page, scored by the shared score.mjs against the gold labels
// (../shared/corpus/gold, GUIDELINES.md). Pages are extracted by the project's own analyzeDocument, so
// the figures are those of `npm run analyze` piped into score.mjs.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analyze';
import { documentFromBytes } from '../../utils/article/load';
import type { Score } from '../support/labelled-pages';

const root = path.resolve(__dirname, '../..');
const corpus = path.resolve(root, '../shared/corpus');
const pagesDir = path.join(corpus, 'pages');

describe('detection over the corpus (score.mjs)', () => {
  let score: Score;

  beforeAll(() => {
    const lines = readdirSync(pagesDir)
      .filter((f) => f.endsWith('.html'))
      .sort()
      .map((f) => {
        const doc = documentFromBytes(readFileSync(path.join(pagesDir, f)));
        return JSON.stringify({ file: f, ...analyzeDocument(doc, `file:///corpus/${f}`) });
      });
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'detection-')), 'pred.jsonl');
    writeFileSync(out, lines.join('\n') + '\n');
    const json = execFileSync(
      process.execPath,
      [path.join(corpus, '../tools/score.mjs'), '--pred', out, '--gold', path.join(corpus, 'gold'), '--json'],
      { encoding: 'utf8' },
    );
    score = JSON.parse(json) as Score;
    // Extracting 42 pages takes longer than vitest's default hook time on a loaded machine.
  }, 120_000);

  it.each([
    ['officials', 0.95],
    ['titles', 0.9],
    ['meetings', 0.85],
    ['slogans', 0.92],
  ] as const)('%s F1 ≥ %s', (kind, target) => {
    const misses = score.misses.filter((m) => m.includes(kind.replace(/s$/, '')));
    expect(score[kind].f1, misses.join('\n')).toBeGreaterThanOrEqual(target);
  });

  it('dates the reported meetings right at least 95% of the time', () => {
    expect(
      score.fields.meetingDate,
      score.misses.filter((m) => m.includes('meeting date')).join('\n'),
    ).toBeGreaterThanOrEqual(0.95);
  });

  it('classifies congress news right on every labelled page', () => {
    expect(score.fields.congress, score.misses.filter((m) => m.includes('congress')).join('\n')).toBe(1);
  });
});
