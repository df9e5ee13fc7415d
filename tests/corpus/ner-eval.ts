// Evaluation of official names on the People's Daily 1998 NER test split (../shared/corpus/ner).
//
// What is measured: in every sentence where a gold person span (B-PER/I-PER) comes right after a public
// post, whether the detector names exactly that span as an official.
// - A "public post" here is recognised by this file alone, independently of the detector's lists: the text
//   before the span ends with one of POST_WORDS; the generic ones (主任, 主席, 秘书长, 委员, 发言人) count only
//   when the eight characters before them name a public body (PUBLIC_BODY). That keeps hospital department
//   heads and association officers out, as GUIDELINES.md does.
// - Gold: those person spans. Predictions: the detector's official mentions, in the same sentences, that
//   start right after such a post. A prediction counts when its start and end equal a gold span's.
// - Recall = matched gold / gold; precision = matched predictions / predictions.
// - Which sentences: the name model (utils/detect/data/generate-names.ts) learns from the first half of the
//   file's sentences, so the figures that count are those of the second half (`part: 'test'`); 'all' is
//   reported beside them, knowing that half of it was learnt from.
import { detect } from '../../utils/detect';
import { readBio, splitHalves } from '../../utils/detect/data/generate-names';

/** Relative to the repository root. */
export const NER_FILE = '../shared/corpus/ner/peoples_daily_1998/example.test.bio';

const POST_WORDS = [
  '书记',
  '主席',
  '总理',
  '省长',
  '市长',
  '县长',
  '区长',
  '镇长',
  '乡长',
  '部长',
  '局长',
  '厅长',
  '委员长',
  '总统',
  '首相',
  '国务卿',
  '外长',
  '大使',
  '院长',
  '检察长',
  '政委',
  '司令员',
  '行政长官',
  '国务委员',
  '议长',
  '主任',
  '秘书长',
  '委员',
  '发言人',
  '常委',
  '署长',
  '司长',
];
const GENERIC = new Set(['主任', '主席', '秘书长', '委员', '发言人']);
const PUBLIC_BODY = /委|部|局|厅|署|人大|政协|政府|国务院|党|省|市|县|区|全国|中央|国家|联合国/;

export { readBio as readSentences } from '../../utils/detect/data/generate-names';

/** Whether a public post (by this file's definition) ends at `at`. */
export function postEndsAt(text: string, at: number): boolean {
  const word = POST_WORDS.find((w) => text.slice(at - w.length, at) === w);
  if (!word) return false;
  if (!GENERIC.has(word)) return true;
  return PUBLIC_BODY.test(text.slice(Math.max(0, at - word.length - 8), at - word.length));
}

export interface NerScore {
  sentences: number;
  gold: number;
  predicted: number;
  matched: number;
  recall: number;
  precision: number;
  misses: string[];
}

export type NerPart = 'test' | 'learn' | 'all';

export function scoreNer(file: string, part: NerPart = 'test'): NerScore {
  let gold = 0;
  let predicted = 0;
  let matched = 0;
  let sentences = 0;
  const misses: string[] = [];
  const all = readBio(file);
  const halves = splitHalves(all);
  const chosen = part === 'all' ? all : part === 'learn' ? halves.learn : halves.test;
  for (const s of chosen) {
    const g = s.per.filter(([a]) => postEndsAt(s.text, a)).map(([a, b]) => `${a}:${b}`);
    if (g.length === 0) continue;
    sentences++;
    const d = detect({ title: '', text: s.text, published: null });
    const p = new Set(
      d.officials.flatMap((o) =>
        o.mentions.filter((m) => postEndsAt(s.text, m.start)).map((m) => `${m.start}:${m.end}`),
      ),
    );
    gold += g.length;
    predicted += p.size;
    for (const k of p) {
      if (g.includes(k)) matched++;
      else
        misses.push(
          `extra ${s.text.slice(Number(k.split(':')[0]), Number(k.split(':')[1]))} | ${s.text.slice(0, 60)}`,
        );
    }
    for (const k of g)
      if (!p.has(k))
        misses.push(
          `missed ${s.text.slice(Number(k.split(':')[0]), Number(k.split(':')[1]))} | ${s.text.slice(Math.max(0, Number(k.split(':')[0]) - 15), Number(k.split(':')[1]) + 8)}`,
        );
  }
  return {
    sentences,
    gold,
    predicted,
    matched,
    recall: matched / gold,
    precision: matched / predicted,
    misses,
  };
}
