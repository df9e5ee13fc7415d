// Runs the anchoring bench's restore cases: for each seed, highlights drawn on
// every corpus page (generator.ts), each page changed by each kind of change,
// restored by ours and (with `compare`) by dom-anchor-text-quote and the
// Hypothesis-style scorer, judged against the ground truth (judge.ts).
// `collect` receives every case with its changed text, for the weight fit.
import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import {
  anchorAll,
  anchorOffsetsAll,
  type Selector,
  type TextQuoteSelector,
} from '../../../utils/anchor/index';
import { ModelMatcher } from '../../../utils/anchor/model/matcher';
import { foldText } from '../../../utils/anchor/normalize';
import { buildTextIndex, type TextIndex } from '../../../utils/anchor/text-index';
import { rng } from '../../../scripts/bench-lib';
import {
  applyOps,
  corpusFiles,
  isHan,
  KINDS,
  loadBody,
  makeHighlights,
  overlaps,
  PER_PAGE,
  planOps,
  useStream,
  visibleSpans,
  type Highlight,
  type Kind,
  type Op,
  type Span,
} from './generator';
import {
  boundsOf,
  count,
  emptyTally,
  rangeOffsets,
  verdictOf,
  type Bounds,
  type Tally,
  type Verdict,
} from './judge';
import { hypothesisMatch } from './hypothesis';

// dom-anchor-text-quote ships no types; this is the one function we call.
const textQuote = createRequire(import.meta.url)('dom-anchor-text-quote') as {
  toRange(
    root: Node,
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): Range | null;
};

/** One restore case, as the weight fit reads it. */
export interface CaseRecord {
  file: string;
  kind: Kind;
  /** The changed page text (shared by the cases of one page and kind). */
  text: string;
  selectors: Selector[];
  bounds: Bounds | null;
  survives: boolean;
  twin: boolean;
}

export interface RunOptions {
  compare: boolean;
  cases: boolean;
  /** Only these corpus pages are restored (all are still drawn on, in order). */
  pageFilter?: (file: string, index: number) => boolean;
  collect?: (c: CaseRecord) => void;
  /** Leave our matcher out (the fit runs it on the collected cases itself). */
  skipOurs?: boolean;
}

export type Matcher = 'ours' | 'model' | 'datq' | 'hypothesis';
export function datqToRange(root: Element, sel: Selector[]): Range | null {
  const quote = sel.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = sel.find((s) => s.type === 'TextPositionSelector');
  if (!quote) return null;
  const hint = pos && pos.type === 'TextPositionSelector' ? pos.start : undefined;
  return textQuote.toRange(
    root,
    { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
    { hint },
  );
}

export interface RestoreResults {
  seed: number;
  files: number;
  /** Pages whose highlights were restored (pages with too little Chinese text have none). */
  pages: number;
  casePages: string[];
  /** By matcher and kind of change, highlights whose quote and context repeat verbatim left out. */
  tallies: Record<Matcher, Map<Kind, Tally>>;
  ambiguousCount: number;
  ambiguous: Record<Matcher, Record<Verdict, number>>;
  wrongSamples: string[];
  longest: { file: string; length: number };
  mostChinese: { file: string; length: number };
}

/** The restore cases for one seed: highlights drawn on every corpus page, each page changed by each kind of change. */
export function restoreCases(seed: number, options: RunOptions): RestoreResults {
  return runCases([{ seed, only: null }], options)[0] as RestoreResults;
}

/**
 * The sample of one seed: every corpus page, each with `kindsPerPage` of the kinds of change,
 * dealt in turn to the pages shuffled by the seed (Fisher–Yates, on a stream of its own), so that
 * every kind falls on about pages × kindsPerPage / 8 pages. As "file\tkind".
 */
export function samplePairs(seed: number, kindsPerPage: number): Set<string> {
  const files = corpusFiles();
  const r = rng(seed ^ 0x5a3c_96e1);
  for (let i = files.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [files[i], files[j]] = [files[j] as string, files[i] as string];
  }
  const pairs = new Set<string>();
  files.forEach((file, i) => {
    for (let k = 0; k < kindsPerPage; k++)
      pairs.add(`${file}\t${KINDS[(i * kindsPerPage + k) % KINDS.length]}`);
  });
  return pairs;
}

/**
 * Each seed's cases on its sample (samplePairs): the same highlights and changes as in the full
 * run of that seed (restoreCases), restored by ours only. Each page is parsed once for all seeds.
 */
export function restoreSample(seeds: readonly number[], kindsPerPage: number): RestoreResults[] {
  return runCases(
    seeds.map((seed) => ({ seed, only: samplePairs(seed, kindsPerPage) })),
    { compare: false, cases: true },
  );
}

interface SeedRun {
  seed: number;
  /** The pages and kinds restored, as "file\tkind"; null: all. The others are drawn on and left. */
  only: ReadonlySet<string> | null;
}

export function runCases(runs: readonly SeedRun[], options: RunOptions): RestoreResults[] {
  const files = corpusFiles();
  const states = runs.map((run) => ({
    run,
    stream: rng(run.seed),
    results: emptyResults(run.seed, files.length),
  }));
  files.forEach((file, fileIndex) => {
    const doc = loadBody(file);
    const body = doc.body;
    if (!body) return;
    const base = buildTextIndex(body);
    const spans = visibleSpans(base);
    const hanPositions: number[] = [];
    for (const s of spans)
      for (let i = s.start; i < s.end; i++) if (isHan(base.text, i)) hanPositions.push(i);
    const pageWanted = options.pageFilter ? options.pageFilter(file, fileIndex) : true;
    for (const { run, stream, results } of states) {
      useStream(stream);
      const only = run.only;
      const restore = (kind: Kind): boolean => pageWanted && (only === null || only.has(`${file}\t${kind}`));
      pageCases({ file, body, base, spans, hanPositions }, results, { ...options, restore });
    }
  });
  return states.map((s) => s.results);
}

const tallies = (): Map<Kind, Tally> => new Map<Kind, Tally>(KINDS.map((k) => [k, emptyTally()]));
const verdicts = (): Record<Verdict, number> => ({ right: 0, orphan: 0, wrong: 0 });

function emptyResults(seed: number, files: number): RestoreResults {
  return {
    seed,
    files,
    pages: 0,
    casePages: [],
    tallies: { ours: tallies(), model: tallies(), datq: tallies(), hypothesis: tallies() },
    ambiguousCount: 0,
    // Quotes whose folded 32-character context repeats verbatim elsewhere on the page
    // (menus, share buttons, a hidden mobile copy): no selector can tell the copies
    // apart, so "wrong" there means "on the twin". Counted apart.
    ambiguous: { ours: verdicts(), model: verdicts(), datq: verdicts(), hypothesis: verdicts() },
    wrongSamples: [],
    longest: { file: '', length: 0 },
    mostChinese: { file: '', length: 0 },
  };
}

interface Page {
  file: string;
  body: HTMLElement;
  base: TextIndex;
  spans: Span[];
  hanPositions: number[];
}

function hypothesisOffsets(text: string, sel: Selector[]): { start: number; end: number } | null {
  const quote = sel.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  const pos = sel.find((s) => s.type === 'TextPositionSelector');
  if (!quote) return null;
  const hint = pos && pos.type === 'TextPositionSelector' ? pos.start : undefined;
  return hypothesisMatch(text, quote.exact, { prefix: quote.prefix, suffix: quote.suffix, hint });
}

/**
 * One page of one seed's run, drawing from the current stream. For a kind without `restore` the
 * changes are drawn (so that what comes after gets the draws it gets in the full run) but the page
 * is neither changed nor restored.
 */
function pageCases(
  page: Page,
  r: RestoreResults,
  options: RunOptions & { restore: (kind: Kind) => boolean },
): void {
  const { file, body, base, spans, hanPositions } = page;
  if (base.text.length > r.longest.length) r.longest = { file, length: base.text.length };
  if (hanPositions.length > r.mostChinese.length) r.mostChinese = { file, length: hanPositions.length };
  if (hanPositions.length < 300 || !options.cases) return;
  const highlights = makeHighlights(base.text, spans, PER_PAGE, 80);
  const quotes = highlights.map((h) => h.text);
  let ambiguous = new Set<Highlight>();
  if (KINDS.some(options.restore)) {
    r.pages++;
    r.casePages.push(file);
    const folded = foldText(base.text).text;
    const isAmbiguous = (h: Highlight): boolean => {
      const q = h.selectors[0] as TextQuoteSelector;
      const full = foldText(q.prefix + q.exact + q.suffix).text;
      return folded.indexOf(full) !== folded.lastIndexOf(full);
    };
    ambiguous = new Set(highlights.filter(isAmbiguous));
    r.ambiguousCount += ambiguous.size;
  }

  for (const kind of KINDS) {
    // A fresh copy of the page for each kind of change; a change only drawn is planned on the
    // original (the same text and elements, and planning changes nothing).
    const restore = options.restore(kind);
    const root = restore ? (body.cloneNode(true) as Element) : body;
    const index = restore ? buildTextIndex(root) : base;
    const ops: Op[] = [];
    const changed: Highlight[] = [];
    for (const h of highlights) {
      const planned = planOps(kind, h, index, hanPositions, quotes);
      if (planned.some((p) => ops.some((o) => overlaps(o, p)))) continue;
      // Keep other highlights' quotes intact unless this kind is about the quote itself.
      const touchesOthers = planned.some((p) =>
        highlights.some((o) => o !== h && p.at < o.end && p.at + p.del > o.start),
      );
      if (touchesOthers) continue;
      ops.push(...planned);
      changed.push(h);
    }
    if (!restore) continue;
    const { text, origin } = applyOps(index, ops);
    const after = buildTextIndex(root);
    if (after.text !== text) throw new Error(`bench: ${file} ${kind}: DOM and ground truth disagree`);
    const truth = changed.map((h) => boundsOf(h, origin));
    if (options.collect)
      changed.forEach((h, i) => {
        const t = truth[i] as { bounds: Bounds | null; survives: boolean };
        options.collect?.({ file, kind, text, selectors: h.selectors, ...t, twin: ambiguous.has(h) });
      });

    const tally = (m: Matcher, offsets: ({ start: number; end: number } | null)[], ms: number): void => {
      const t = r.tallies[m].get(kind) as Tally;
      t.ms += ms;
      changed.forEach((h, i) => {
        const { bounds, survives } = truth[i] as { bounds: Bounds | null; survives: boolean };
        const got = offsets[i] ?? null;
        const verdict = verdictOf(bounds, got);
        if (ambiguous.has(h)) r.ambiguous[m][verdict]++;
        else count(t, h, verdict, survives);
        if (m === 'model' && verdict === 'wrong' && r.wrongSamples.length < 20) {
          const q = h.selectors[0] as TextQuoteSelector;
          r.wrongSamples.push(`${file} [${kind}] «${q.exact}» → offset ${got?.start}, was ${h.start}`);
        }
      });
    };
    if (options.skipOurs) continue;
    const t0 = performance.now();
    const { ranges } = anchorAll(
      root,
      changed.map((h) => h.selectors),
    );
    const ms = performance.now() - t0;
    tally(
      'ours',
      ranges.map((x) => rangeOffsets(after, x)),
      ms,
    );
    const tm = performance.now();
    const modelFound = anchorOffsetsAll(
      new ModelMatcher(text),
      changed.map((h) => h.selectors),
    );
    tally('model', modelFound, performance.now() - tm);
    if (!options.compare) continue;
    const t1 = performance.now();
    const theirRanges = changed.map((h) => {
      try {
        return datqToRange(root, h.selectors);
      } catch {
        return null;
      }
    });
    tally(
      'datq',
      theirRanges.map((x) => rangeOffsets(after, x)),
      performance.now() - t1,
    );
    const t2 = performance.now();
    const hyp = changed.map((h) => hypothesisOffsets(text, h.selectors));
    tally('hypothesis', hyp, performance.now() - t2);
  }
}
