// Replays the restores written by `ANCHOR_DIAG=/tmp/x.jsonl npm run bench -- anchor`
// through the current matcher on the changed text alone (no DOM, no
// dom-anchor-text-quote): seconds instead of a minute per matcher change.
// Prints how the verdicts moved, by kind, and the cases that moved (or, with a
// third argument, the cases of that "kind verdict", e.g. "paragraph inserted orphan").
//   npx tsx scripts/anchor-replay.ts /tmp/x.jsonl [limit] [filter]
// Approximate: a placement whose offsets changed is judged on the surviving
// characters (covers them, overhangs them by at most a few marks); the full
// benchmark stays the measure.
import { readFileSync } from 'node:fs';
import { anchorOffsetsAll, TextMatcher, type Selector, type TextQuoteSelector } from '../utils/anchor/index';

interface Restore {
  file: string;
  kind: string;
  verdict: 'right' | 'orphan' | 'wrong';
  survives: boolean;
  twin: boolean;
  got: { start: number; end: number } | null;
  selectors: Selector[];
  truth: number[];
}

const [diag, limitArg, filter] = process.argv.slice(2);
if (!diag) throw new Error('usage: anchor-replay.ts <diag.jsonl> [limit] [filter]');
const limit = Number(limitArg ?? 20);
const lines = (path: string): unknown[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as unknown);

const texts = new Map<string, string>();
for (const t of lines(`${diag}.texts`) as { file: string; kind: string; text: string }[])
  texts.set(`${t.file}|${t.kind}`, t.text);

const OVERHANG = 3;
function verdictOf(r: Restore, m: { start: number; end: number } | null): Restore['verdict'] {
  if (!m) return 'orphan';
  if (r.got && m.start === r.got.start && m.end === r.got.end) return r.verdict;
  const lo = r.truth[0];
  const hi = r.truth[r.truth.length - 1];
  if (lo === undefined || hi === undefined) return 'wrong';
  return m.start <= lo && m.start >= lo - OVERHANG && m.end >= hi + 1 && m.end <= hi + 1 + OVERHANG
    ? 'right'
    : 'wrong';
}

// Restored together per page and kind of change, as the benchmark does with anchorAll.
const groups = new Map<string, Restore[]>();
for (const r of lines(diag) as Restore[]) {
  const key = `${r.file}|${r.kind}`;
  const group = groups.get(key) ?? [];
  group.push(r);
  groups.set(key, group);
}
const placed = new Map<Restore, ReturnType<typeof anchorOffsetsAll>[number]>();
for (const [key, group] of groups) {
  const text = texts.get(key);
  if (text === undefined) throw new Error(`no text for ${key}`);
  const found = anchorOffsetsAll(
    new TextMatcher(text),
    group.map((r) => r.selectors),
  );
  group.forEach((r, i) => placed.set(r, found[i] ?? null));
}

const moved = new Map<string, number>();
const tally = new Map<string, { right: number; orphan: number; wrong: number; n: number }>();
let shown = 0;
for (const [key, group] of groups) {
  const text = texts.get(key) as string;
  for (const r of group) {
    if (r.twin) continue;
    const m = placed.get(r) ?? null;
    const now = verdictOf(r, m);
    if (r.survives || now === 'wrong') {
      const t = tally.get(r.kind) ?? { right: 0, orphan: 0, wrong: 0, n: 0 };
      t[now]++;
      if (r.survives) t.n++;
      tally.set(r.kind, t);
    }
    const change = `${r.kind} ${r.verdict}->${now}`;
    if (now !== r.verdict) moved.set(change, (moved.get(change) ?? 0) + 1);
    const wanted = filter
      ? `${r.kind} ${now}` === filter && (r.survives || now === 'wrong')
      : now !== r.verdict;
    if (!wanted || shown >= limit) continue;
    shown++;
    const q = r.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
    const lo = r.truth[0] ?? -1;
    const hi = (r.truth[r.truth.length - 1] ?? -2) + 1;
    const show = (from: number, to: number): string => JSON.stringify(text.slice(Math.max(0, from), to));
    console.log(`--- ${r.file} [${r.kind}] ${r.verdict} -> ${now}: ${JSON.stringify(q?.exact)}`);
    console.log(`  recorded: ${JSON.stringify(q?.prefix)} [Q] ${JSON.stringify(q?.suffix)}`);
    if (lo >= 0) console.log(`  truth ${lo}: ${show(lo - 40, lo)} [Q] ${show(hi, hi + 40)}`);
    if (m)
      console.log(
        `  placed ${m.start}: ${show(m.start - 40, m.start)} [${show(m.start, m.end)}] ${show(m.end, m.end + 40)}`,
      );
  }
}
let right = 0;
let n = 0;
let wrong = 0;
for (const [kind, t] of tally) {
  right += t.right;
  n += t.n;
  wrong += t.wrong;
  console.log(
    `${kind.padEnd(24)} right where the quote survives ${((100 * t.right) / Math.max(1, t.n)).toFixed(1)}% of ${t.n}, wrong ${t.wrong}`,
  );
}
console.log(
  `total: right where the quote survives ${((100 * right) / Math.max(1, n)).toFixed(2)}% of ${n}, wrong ${wrong}`,
);
console.log('moved:', Object.fromEntries(moved));
