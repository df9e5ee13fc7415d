// Learns the name model (name-model.ts beside this file) from labelled person names:
// `npx tsx utils/detect/data/generate-names.ts`.
//
// Sources (../shared/corpus/ner, relative to the repository root):
// - cluener2020/dev.json: the `name` entities of every line;
// - peoples_daily_1998/example.test.bio: the PER spans of the FIRST HALF of its sentences only
//   (indices [0, n/2)); the second half is kept for the evaluation in tests/corpus/ner-eval.ts.
// Chinese names are those of two or three characters whose first character is in surnames.txt, or of
// three or four starting with a compound surname; each distinct name counts once per source. The
// background is every character of the same texts outside the names.
//
// Every statistic is one log ratio, in nats, of what was seen to what ordinary text would give:
//   score(c) = ln((n(c) + 1) / (N × bg(c) + 1))
// where n(c) is how often c was seen in the position (surname, given name, right after a name), N the
// number of characters seen in that position and bg(c) the share of c in the background. A character
// common in ordinary text and never seen in names (的, 会, 站) scores well below zero; a rare character
// never seen either way scores about zero, since so few names cannot tell anything about it. For the
// same reason a frequent word that starts with a surname (国家, 高度, 曾经) cannot be told from its
// characters: the two-character words seen WORD_MIN_COUNT times or more in the background, and never in
// a name, are listed as ordinary words.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';

const dir = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(dir, '../../..');
export const CORPUS = path.resolve(ROOT, '../shared/corpus/ner');
export const CLUENER_FILE = path.join(CORPUS, 'cluener2020/dev.json');
export const PD_FILE = path.join(CORPUS, 'peoples_daily_1998/example.test.bio');
/** Scores are stored in steps of this many nats. */
export const STEP = 0.5;

export interface BioSentence {
  text: string;
  per: [number, number][];
}

/** The sentences of a BIO file (one character and tag a line, a blank line between sentences). */
export function readBio(file: string): BioSentence[] {
  const out: BioSentence[] = [];
  let text = '';
  let tags: string[] = [];
  const flush = (): void => {
    if (!text) return;
    const per: [number, number][] = [];
    for (let i = 0; i < tags.length; i++) {
      if (tags[i] !== 'B-PER') continue;
      let j = i + 1;
      while (tags[j] === 'I-PER') j++;
      per.push([i, j]);
    }
    out.push({ text, per });
    text = '';
    tags = [];
  };
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const [ch, tag] = line.split(' ');
    if (!line.trim() || ch === undefined || tag === undefined) flush();
    else {
      text += ch;
      tags.push(tag);
    }
  }
  flush();
  return out;
}

/** The People's Daily sentences learnt from ([0, n/2)) and those kept for evaluation ([n/2, n)). */
export function splitHalves<T>(sentences: readonly T[]): { learn: T[]; test: T[] } {
  const half = Math.floor(sentences.length / 2);
  return { learn: sentences.slice(0, half), test: sentences.slice(half) };
}

interface Cluener {
  text: string;
  label: Record<string, Record<string, [number, number][]> | undefined>;
}

function readCluener(file: string): BioSentence[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const o = JSON.parse(l) as Cluener;
      const per = Object.values(o.label.name ?? {}).flatMap((spans) =>
        spans.map(([a, b]): [number, number] => [a, b + 1]),
      );
      return { text: o.text, per };
    });
}

const isHan = (c: string): boolean => c >= '\u3400' && c <= '\u9fff';
const lines = (file: string): string[] =>
  readFileSync(path.join(dir, file), 'utf8').split('\n').filter(Boolean);

export interface Counts {
  surnames: ReadonlySet<string>;
  names: number;
  surname: Map<string, number>;
  given: Map<string, number>;
  after: Map<string, number>;
  background: Map<string, number>;
  oneCharGiven: number;
  twoCharGiven: number;
  /** Two-character words of the background that start with a listed surname (国家, 高度), and in names. */
  surnameWords: Map<string, number>;
  nameBigrams: Set<string>;
}

const bump = (m: Map<string, number>, k: string, by = 1): void => {
  m.set(k, (m.get(k) ?? 0) + by);
};

/** Counts surnames, given-name characters, what follows a name, and the background. */
export function countNames(sources: readonly (readonly BioSentence[])[]): Counts {
  const surnames = new Set(lines('surnames.txt'));
  const compound = new Set(lines('compound-surnames.txt'));
  const c: Counts = {
    surnames,
    names: 0,
    surname: new Map(),
    given: new Map(),
    after: new Map(),
    background: new Map(),
    oneCharGiven: 0,
    twoCharGiven: 0,
    surnameWords: new Map(),
    nameBigrams: new Set(),
  };
  for (const sentences of sources) {
    const seen = new Set<string>();
    for (const { text, per } of sentences) {
      const inName = new Set<number>();
      for (const [a, b] of per) for (let i = a; i < b; i++) inName.add(i);
      for (let i = 0; i < text.length; i++) {
        const ch = text[i] ?? '';
        if (!inName.has(i)) bump(c.background, isHan(ch) ? ch : MARK);
        const next = text[i + 1] ?? '';
        if (surnames.has(ch) && isHan(next) && !inName.has(i) && !inName.has(i + 1))
          bump(c.surnameWords, ch + next);
      }
      for (const [a, b] of per) {
        const name = text.slice(a, b);
        if (![...name].every(isHan)) continue;
        const s = compound.has(name.slice(0, 2)) ? 2 : surnames.has(name[0] ?? '') ? 1 : 0;
        const given = name.slice(s);
        if (!s || given.length < 1 || given.length > 2) continue;
        const next = text[b];
        if (next !== undefined) bump(c.after, isHan(next) ? next : MARK);
        if (seen.has(name)) continue;
        seen.add(name);
        c.names++;
        for (let i = 0; i + 1 < name.length; i++) c.nameBigrams.add(name.slice(i, i + 2));
        if (s === 1) bump(c.surname, name.slice(0, 1));
        for (const g of given) bump(c.given, g);
        if (given.length === 1) c.oneCharGiven++;
        else c.twoCharGiven++;
      }
    }
  }
  return c;
}

/** Any character that is not Han (punctuation, digits, Latin letters), counted as one. */
const MARK = 'P';

/** A surname-initial word this frequent in the background, and in no name, is an ordinary word. */
export const WORD_MIN_COUNT = 6;

const total = (m: Map<string, number>): number => [...m.values()].reduce((a, b) => a + b, 0);

/** ln((n + 1) / (N × bg + 1)) for every character seen in the position or the background, in steps. */
export function logRatios(seen: Map<string, number>, background: Map<string, number>): Map<string, number> {
  const n = total(seen);
  const b = total(background);
  const out = new Map<string, number>();
  for (const ch of new Set([...seen.keys(), ...background.keys()])) {
    const expected = (n * (background.get(ch) ?? 0)) / b;
    const score = Math.round(Math.log(((seen.get(ch) ?? 0) + 1) / (expected + 1)) / STEP);
    if (score !== 0) out.set(ch, score);
  }
  return out;
}

/** Characters grouped by score ("-6": "的了…"), so the model ships as a few short strings. */
function bySteps(scores: Map<string, number>): Record<string, string> {
  const groups = new Map<number, string[]>();
  for (const [ch, s] of scores) groups.set(s, [...(groups.get(s) ?? []), ch]);
  return Object.fromEntries(
    [...groups].sort((x, y) => y[0] - x[0]).map(([s, chs]) => [String(s), chs.sort().join('')]),
  );
}

export function renderModel(c: Counts): string {
  const after = logRatios(c.after, c.background);
  const afterMark = after.get(MARK) ?? 0;
  after.delete(MARK);
  const han = (m: Map<string, number>): Map<string, number> => {
    m.delete(MARK);
    return m;
  };
  const model = {
    step: STEP,
    // Only the listed surnames: a character outside surnames.txt is not read as one by this score.
    surname: bySteps(new Map([...logRatios(c.surname, c.background)].filter(([ch]) => c.surnames.has(ch)))),
    given: bySteps(han(logRatios(c.given, c.background))),
    after: bySteps(after),
    /** ln P(one-character given name) and ln P(two), among the Chinese names counted. */
    oneCharGiven: Number(Math.log(c.oneCharGiven / c.names).toFixed(2)),
    twoCharGiven: Number(Math.log(c.twoCharGiven / c.names).toFixed(2)),
    /** The score, in steps, of a mark or any other non-Han character right after a name. */
    afterMark,
    /** Ordinary words that start with a surname (seen WORD_MIN_COUNT times or more, never in a name). */
    words: [...c.surnameWords]
      .filter(([w, n]) => n >= WORD_MIN_COUNT && !c.nameBigrams.has(w))
      .map(([w]) => w)
      .sort()
      .join(''),
  };
  return [
    '// Generated by generate-names.ts from cluener2020/dev.json (name entities) and the first half of',
    '// peoples_daily_1998/example.test.bio (PER spans); edit the generator, not this. Scores are',
    '// ln((seen + 1) / (expected from ordinary text + 1)) in steps of `step` nats; a character not listed scores 0.',
    '// `words`: two-character words that start with a listed surname, seen at least',
    `// ${WORD_MIN_COUNT} times in ordinary text and never in a name.`,
    `// Learnt from ${c.names} distinct Chinese names and ${total(c.background)} background characters.`,
    `export const nameModel = ${JSON.stringify(model)} as const;`,
    '',
  ].join('\n');
}

export const MODEL_FILE = path.join(dir, 'name-model.ts');

/** The text of name-model.ts, learnt from the corpora as they are now, formatted as the repository does. */
export async function buildModel(): Promise<{ text: string; names: number }> {
  const counts = countNames([readCluener(CLUENER_FILE), splitHalves(readBio(PD_FILE)).learn]);
  const options = (await resolveConfig(MODEL_FILE)) ?? {};
  return {
    text: await format(renderModel(counts), { ...options, filepath: MODEL_FILE }),
    names: counts.names,
  };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(PD_FILE) || !existsSync(CLUENER_FILE)) {
    console.error(`generate-names: the corpora are not at ${CORPUS}`);
    process.exit(1);
  }
  const { text, names } = await buildModel();
  writeFileSync(MODEL_FILE, text);
  console.log(`${MODEL_FILE}: ${names} names`);
}
