// Restore benchmark: highlights made at random places on the corpus pages (fixed
// seed), the pages then changed the way sites change them, and the highlights
// restored, by our anchoring and by dom-anchor-text-quote (what Memex uses).
// Ground truth: every character of the changed text remembers which original
// character it was (or that it was inserted), so we know where the quote went.
// tests/corpus/anchoring.test.ts restores a seeded sample of these cases (restoreSample): every
// page is still drawn on in order, so that each sampled page and kind of change gets exactly the
// highlights and changes it gets here, but only the sampled ones are changed and restored.
// ANCHOR_DIAG=/tmp/x.jsonl also writes every restore (selectors, truth, verdict)
// and, to /tmp/x.jsonl.texts, each changed page text, so that matcher changes can
// be replayed on the text alone (scripts/anchor-replay.ts) without the full run.
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import {
  anchorAll,
  anchorOffsetsAll,
  TextMatcher,
  describeOffsets,
  type Selector,
  type TextQuoteSelector,
} from '../../utils/anchor/index';
import { foldText } from '../../utils/anchor/normalize';
import { decodeHtml } from '../../utils/article/decode';
import { buildTextIndex, offsetsToRange, pointToOffset, type TextIndex } from '../../utils/anchor/text-index';
import { median, rng } from '../bench-lib';

// dom-anchor-text-quote ships no types; this is the one function we call.
const textQuote = createRequire(import.meta.url)('dom-anchor-text-quote') as {
  toRange(
    root: Node,
    selector: { exact: string; prefix?: string; suffix?: string },
    options?: { hint?: number },
  ): Range | null;
};

const here = path.dirname(fileURLToPath(import.meta.url));
const PAGES = path.resolve(here, '../../../shared/corpus/pages');
// ANCHOR_SEED=n draws other highlights and changes (the figures vary by a few cases between seeds).
const SEED = Number(process.env.ANCHOR_SEED ?? 20240601);
const PER_PAGE = 30;
const TIMING_COUNT = 500;
// ANCHOR_TIMING=only skips the restore cases and prints just the timings.
const TIMING_ONLY = process.env.ANCHOR_TIMING === 'only';
const TIMING_RUNS = 7;

// ---------- seeded randomness ----------

let rand = rng(SEED);
const randInt = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

const HAN = /\p{Script=Han}/u;
const isHan = (s: string, i: number): boolean => HAN.test(s.charAt(i));
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA']);

// ---------- highlights ----------

interface Highlight {
  start: number;
  end: number;
  text: string;
  prose: boolean;
  selectors: Selector[];
}

interface Span {
  start: number;
  end: number;
  /** A text node with PROSE_HAN or more Han characters: article text rather than menus and lists. */
  prose: boolean;
}
const PROSE_HAN = 40;

function visibleSpans(index: TextIndex): Span[] {
  const spans: Span[] = [];
  index.nodes.forEach((n, i) => {
    if (INVISIBLE.has(n.parentElement?.tagName ?? '')) return;
    let hanCount = 0;
    for (let k = 0; k < n.data.length && hanCount < PROSE_HAN; k++) if (isHan(n.data, k)) hanCount++;
    if (hanCount >= 4)
      spans.push({
        start: index.starts[i] as number,
        end: (index.starts[i] as number) + n.length,
        prose: hanCount >= PROSE_HAN,
      });
  });
  return spans;
}

/** Random quotes: mostly 4–8 Han characters (a term, a slogan), some longer; apart from each other. */
function makeHighlights(text: string, spans: Span[], count: number, gap: number): Highlight[] {
  const out: Highlight[] = [];
  const weights = spans.map((s) => s.end - s.start);
  const total = weights.reduce((a, b) => a + b, 0);
  for (let tries = 0; out.length < count && tries < count * 200; tries++) {
    let r = rand() * total;
    let span = spans[0];
    for (let i = 0; i < spans.length; i++) {
      r -= weights[i] as number;
      if (r <= 0) {
        span = spans[i];
        break;
      }
    }
    if (!span) break;
    const len = rand() < 0.7 ? randInt(4, 8) : randInt(9, 40);
    const s = randInt(span.start, Math.max(span.start, span.end - len));
    const e = s + len;
    if (e > text.length || !isHan(text, s) || !isHan(text, e - 1)) continue;
    if (out.some((h) => s < h.end + gap && e > h.start - gap)) continue;
    out.push({
      start: s,
      end: e,
      text: text.slice(s, e),
      prose: span.prose,
      selectors: describeOffsets(text, s, e),
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---------- changes, with ground truth ----------

/** One change in original-text coordinates; changes of a run never overlap. */
interface Op {
  at: number;
  del: number;
  ins: string;
  /** Insert the text as a new paragraph before this block, or remove this block. */
  block?: { el: Element; mode: 'before' | 'remove' };
}

const KINDS = [
  'unchanged',
  'paragraph inserted',
  'paragraph removed',
  'whitespace/punctuation',
  'edit near quote',
  'edit inside quote',
  'quote duplicated',
  'quote deleted',
] as const;
type Kind = (typeof KINDS)[number];

const PUNCT_SWAP: Record<string, string> = {
  '，': ',',
  ',': '，',
  '。': '.',
  '：': ':',
  '；': ';',
  '、': '，',
  '“': '「',
  '”': '」',
  '（': '(',
  '）': ')',
  '！': '!',
  '？': '?',
};
const BLOCKS = new Set([
  'P',
  'DIV',
  'LI',
  'TD',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'SECTION',
  'ARTICLE',
  'TR',
  'BLOCKQUOTE',
]);

function blockOf(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement)
    if (BLOCKS.has(el.tagName)) return el;
  return null;
}

function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function blockSpan(index: TextIndex, el: Element): { start: number; end: number } {
  const parent = el.parentNode as Node;
  const i = Array.prototype.indexOf.call(parent.childNodes, el) as number;
  return { start: pointToOffset(index, parent, i), end: pointToOffset(index, parent, i + 1) };
}

/** Text from elsewhere on the page, as a site's new paragraph would read; never a copy of a quote. */
function randomPassage(text: string, hanPositions: number[], quotes: readonly string[]): string {
  for (;;) {
    const s = pick(hanPositions);
    const passage = text.slice(s, s + randInt(10, 120));
    if (!quotes.some((q) => passage.includes(q))) return passage;
  }
}

function randomHan(text: string, hanPositions: number[], not: string): string {
  for (;;) {
    const c = text.charAt(pick(hanPositions));
    if (c !== not) return c;
  }
}

/** The changes a site might make around highlight h, for one kind. */
function planOps(
  kind: Kind,
  h: Highlight,
  index: TextIndex,
  hanPositions: number[],
  quotes: readonly string[],
): Op[] {
  const text = index.text;
  const q = { s: h.start, e: h.end };
  switch (kind) {
    case 'unchanged':
      return [];
    case 'paragraph inserted': {
      const node =
        index.nodes[
          nodeAt(index, rand() < 0.5 ? q.s : pick(hanPositions.filter((p) => p < q.s).concat(q.s)))
        ];
      const block = node ? blockOf(node, index.root) : null;
      const passage = randomPassage(text, hanPositions, quotes);
      if (!block) return [{ at: q.s, del: 0, ins: `\n${passage}\n` }];
      return [
        { at: blockSpan(index, block).start, del: 0, ins: passage, block: { el: block, mode: 'before' } },
      ];
    }
    case 'paragraph removed': {
      const before = hanPositions.filter((p) => p < q.s - 40);
      if (before.length === 0) return [];
      const node =
        index.nodes[nodeAt(index, rand() < 0.5 ? (before[before.length - 1] as number) : pick(before))];
      const block = node ? blockOf(node, index.root) : null;
      if (!block) return [];
      const span = blockSpan(index, block);
      if (span.end > q.s) return [];
      return [{ at: span.start, del: span.end - span.start, ins: '', block: { el: block, mode: 'remove' } }];
    }
    case 'whitespace/punctuation': {
      const ops: Op[] = [];
      for (let i = Math.max(0, q.s - 32); i < Math.min(text.length, q.e + 32); i++) {
        const c = text.charAt(i);
        const swap = PUNCT_SWAP[c];
        if (swap !== undefined && rand() < 0.7) ops.push({ at: i, del: 1, ins: swap });
        else if (/\s/.test(c) && rand() < 0.5) ops.push({ at: i, del: 1, ins: rand() < 0.5 ? '' : '\n  ' });
        else if (rand() < 0.08) ops.push({ at: i, del: 0, ins: pick([' ', '\u00a0', '\n', '\u3000']) });
      }
      return ops;
    }
    case 'edit near quote': {
      const ops: Op[] = [];
      const used = new Set<number>();
      for (let n = randInt(1, 3); n > 0; n--) {
        const d = randInt(0, 31);
        const at = rand() < 0.5 ? q.s - 1 - d : q.e + d;
        if (at < 0 || at >= text.length || used.has(at)) continue;
        used.add(at);
        const r = rand();
        if (r < 0.5) ops.push({ at, del: 1, ins: randomHan(text, hanPositions, text.charAt(at)) });
        else if (r < 0.75) ops.push({ at, del: 1, ins: '' });
        else ops.push({ at, del: 0, ins: randomHan(text, hanPositions, '') });
      }
      return ops.sort((a, b) => a.at - b.at);
    }
    case 'edit inside quote': {
      const len = q.e - q.s;
      const ats = new Set<number>();
      for (let n = len <= 8 ? 1 : 2; n > 0; n--) ats.add(randInt(q.s, q.e - 1));
      return [...ats]
        .sort((a, b) => a - b)
        .map((at) => ({ at, del: 1, ins: randomHan(text, hanPositions, text.charAt(at)) }));
    }
    case 'quote duplicated': {
      const exact = text.slice(q.s, q.e);
      const near = hanPositions.filter((p) => Math.abs(p - q.s) < 600 && (p < q.s - 40 || p > q.e + 40));
      const ops: Op[] = [];
      if (near.length) ops.push({ at: pick(near), del: 0, ins: exact });
      const far = pick(hanPositions);
      if (far < q.s - 40 || far > q.e + 40) ops.push({ at: far, del: 0, ins: exact });
      return ops;
    }
    case 'quote deleted': {
      const s = Math.max(0, q.s - randInt(0, 6));
      return [{ at: s, del: q.e + randInt(0, 6) - s, ins: '' }];
    }
  }
}

/** Applies non-overlapping ops, highest offset first so that lower offsets in the index stay valid. */
function applyOps(index: TextIndex, ops: Op[]): { text: string; origin: Int32Array } {
  const sorted = [...ops].sort((a, b) => b.at - a.at);
  const doc = index.root.ownerDocument;
  for (const op of sorted) {
    if (op.block) {
      if (op.block.mode === 'remove') op.block.el.remove();
      else {
        const p = doc.createElement('p');
        p.textContent = op.ins;
        op.block.el.before(p);
      }
      continue;
    }
    let i = nodeAt(index, op.at);
    // Inserting at a node boundary: prefer the end of the earlier node.
    while (i > 0 && (index.starts[i] as number) === op.at && op.del === 0) i--;
    let node = index.nodes[i] as CharacterData;
    let off = op.at - (index.starts[i] as number);
    let remaining = op.del;
    const take = Math.min(remaining, node.length - off);
    node.replaceData(off, take, op.ins);
    remaining -= take;
    while (remaining > 0 && i + 1 < index.nodes.length) {
      i++;
      node = index.nodes[i] as CharacterData;
      off = 0;
      const t = Math.min(remaining, node.length);
      node.deleteData(0, t);
      remaining -= t;
    }
  }
  // The same changes on the text, remembering each character's origin.
  const parts: string[] = [];
  const origins: number[] = [];
  let cursor = 0;
  const text = index.text;
  for (const op of [...ops].sort((a, b) => a.at - b.at)) {
    for (let k = cursor; k < op.at; k++) origins.push(k);
    parts.push(text.slice(cursor, op.at), op.ins);
    for (let k = 0; k < op.ins.length; k++) origins.push(-1);
    cursor = op.at + op.del;
  }
  parts.push(text.slice(cursor));
  for (let k = cursor; k < text.length; k++) origins.push(k);
  return { text: parts.join(''), origin: Int32Array.from(origins) };
}

function overlaps(a: Op, b: Op): boolean {
  const ae = a.at + Math.max(1, a.del);
  const be = b.at + Math.max(1, b.del);
  return a.at < be && b.at < ae;
}

type Verdict = 'right' | 'orphan' | 'wrong';

function judgeSpan(h: Highlight, origin: Int32Array): number[] {
  const js: number[] = [];
  origin.forEach((o, j) => {
    if (o >= h.start && o < h.end) js.push(j);
  });
  return js;
}

/** Right = the range covers the quote's surviving characters and nothing beyond what replaced its ends. */
function judge(
  h: Highlight,
  origin: Int32Array,
  got: { start: number; end: number } | null,
): {
  verdict: Verdict;
  survives: boolean;
} {
  let lo = -1;
  let hi = -1;
  let count = 0;
  for (let j = 0; j < origin.length; j++) {
    const o = origin[j] as number;
    if (o >= h.start && o < h.end) {
      if (lo < 0) lo = j;
      hi = j;
      count++;
    }
  }
  const survives = count === h.end - h.start;
  if (!got) return { verdict: 'orphan', survives };
  if (lo < 0) return { verdict: 'wrong', survives };
  let loExt = lo;
  if (origin[lo] !== h.start) while (loExt > 0 && origin[loExt - 1] === -1) loExt--;
  let hiExt = hi;
  if (origin[hi] !== h.end - 1) while (hiExt + 1 < origin.length && origin[hiExt + 1] === -1) hiExt++;
  const ok = got.start >= loExt && got.start <= lo && got.end >= hi + 1 && got.end <= hiExt + 1;
  return { verdict: ok ? 'right' : 'wrong', survives };
}

// ---------- running ----------

interface Tally {
  right: number;
  orphan: number;
  wrong: number;
  survived: number;
  survivedRight: number;
  ms: number;
  proseSurvived: number;
  proseSurvivedRight: number;
  proseWrong: number;
}
const emptyTally = (): Tally => ({
  right: 0,
  orphan: 0,
  wrong: 0,
  survived: 0,
  survivedRight: 0,
  ms: 0,
  proseSurvived: 0,
  proseSurvivedRight: 0,
  proseWrong: 0,
});

function rangeOffsets(index: TextIndex, r: Range | null): { start: number; end: number } | null {
  if (!r) return null;
  return {
    start: pointToOffset(index, r.startContainer, r.startOffset),
    end: pointToOffset(index, r.endContainer, r.endOffset),
  };
}

function datqToRange(root: Element, sel: Selector[]): Range | null {
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

function count(t: Tally, h: Highlight, verdict: Verdict, survives: boolean): void {
  t[verdict]++;
  if (h.prose && verdict === 'wrong') t.proseWrong++;
  if (!survives) return;
  t.survived++;
  if (verdict === 'right') t.survivedRight++;
  if (h.prose) {
    t.proseSurvived++;
    if (verdict === 'right') t.proseSurvivedRight++;
  }
}

function pct(n: number, d: number, digits = 1): string {
  return d === 0 ? '   -  ' : `${((100 * n) / d).toFixed(digits).padStart(4 + digits)}%`;
}

/** One jsdom window parses every page: a window per page was most of a run's time (the 42 corpus
 * pages parsed in 37 s that way, in 10 s with one window's DOMParser, on a loaded machine), and
 * DOMParser builds the same tree (the same outerHTML on every corpus page). */
let parser: DOMParser | null = null;
function loadBody(file: string): Document {
  const html = decodeHtml(readFileSync(path.join(PAGES, file))).text;
  parser ??= new new JSDOM('').window.DOMParser();
  return parser.parseFromString(html, 'text/html');
}

export interface RestoreResults {
  seed: number;
  files: number;
  /** Pages whose highlights were restored (pages with too little Chinese text have none). */
  pages: number;
  casePages: string[];
  /** By kind of change, highlights whose quote and context repeat verbatim left out. */
  ours: Map<Kind, Tally>;
  theirs: Map<Kind, Tally>;
  ambiguousCount: number;
  ambiguousOurs: { right: number; orphan: number; wrong: number };
  ambiguousTheirs: { right: number; orphan: number; wrong: number };
  wrongSamples: string[];
  longest: { file: string; length: number };
  mostChinese: { file: string; length: number };
}

/** Every corpus page, in name order (the order the cases are drawn in). */
function corpusFiles(): string[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort();
}

/**
 * The restore cases for one seed: highlights drawn on every corpus page, the
 * page changed by each kind of change, restored by ours and (with `compare`)
 * by dom-anchor-text-quote. `cases: false` only measures the pages.
 */
export function restoreCases(
  seed: number,
  options: { compare: boolean; cases: boolean; diag?: string },
): RestoreResults {
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

function runCases(
  runs: readonly SeedRun[],
  options: { compare: boolean; cases: boolean; diag?: string },
): RestoreResults[] {
  // A diagnosis is of one run: start its files afresh.
  if (options.diag) for (const f of [options.diag, `${options.diag}.texts`]) writeFileSync(f, '');
  const files = corpusFiles();
  const states = runs.map((run) => ({
    run,
    stream: rng(run.seed),
    results: emptyResults(run.seed, files.length),
  }));
  for (const file of files) {
    const doc = loadBody(file);
    const body = doc.body;
    if (!body) continue;
    const base = buildTextIndex(body);
    const spans = visibleSpans(base);
    const hanPositions: number[] = [];
    for (const s of spans)
      for (let i = s.start; i < s.end; i++) if (isHan(base.text, i)) hanPositions.push(i);
    for (const { run, stream, results } of states) {
      rand = stream;
      const only = run.only;
      const restore = (kind: Kind): boolean => only === null || only.has(`${file}\t${kind}`);
      pageCases(file, body, base, spans, hanPositions, results, { ...options, restore });
    }
  }
  return states.map((s) => s.results);
}

function emptyResults(seed: number, files: number): RestoreResults {
  return {
    seed,
    files,
    pages: 0,
    casePages: [],
    ours: new Map<Kind, Tally>(KINDS.map((k) => [k, emptyTally()])),
    theirs: new Map<Kind, Tally>(KINDS.map((k) => [k, emptyTally()])),
    ambiguousCount: 0,
    // Quotes whose folded 32-character context repeats verbatim elsewhere on the page
    // (menus, share buttons, a hidden mobile copy): no selector can tell the copies
    // apart, so "wrong" there means "on the twin". Counted apart.
    ambiguousOurs: { right: 0, orphan: 0, wrong: 0 },
    ambiguousTheirs: { right: 0, orphan: 0, wrong: 0 },
    wrongSamples: [],
    longest: { file: '', length: 0 },
    mostChinese: { file: '', length: 0 },
  };
}

/**
 * One page of one seed's run, drawing from `rand`. For a kind without `restore` the changes are
 * drawn (so that what comes after gets the draws it gets in the full run) but the page is neither
 * changed nor restored.
 */
function pageCases(
  file: string,
  body: HTMLElement,
  base: TextIndex,
  spans: Span[],
  hanPositions: number[],
  r: RestoreResults,
  options: { compare: boolean; cases: boolean; diag?: string; restore: (kind: Kind) => boolean },
): void {
  const { ours, theirs, ambiguousOurs, ambiguousTheirs, wrongSamples } = r;
  if (base.text.length > r.longest.length) r.longest = { file, length: base.text.length };
  if (hanPositions.length > r.mostChinese.length) r.mostChinese = { file, length: hanPositions.length };
  if (hanPositions.length < 300 || !options.cases) return;
  const all = makeHighlights(base.text, spans, PER_PAGE, 80);
  const quotes = all.map((h) => h.text);
  const highlights = all;
  let ambiguous = new Set<Highlight>();
  if (KINDS.some(options.restore)) {
    r.pages++;
    r.casePages.push(file);
    // A quote whose 32-character context also repeats on the page (menus, share buttons, a
    // hidden mobile copy) cannot be told from its twin by any selector: counted apart.
    const folded = foldText(base.text).text;
    const isAmbiguous = (h: Highlight): boolean => {
      const q = h.selectors[0] as TextQuoteSelector;
      const full = foldText(q.prefix + q.exact + q.suffix).text;
      return folded.indexOf(full) !== folded.lastIndexOf(full);
    };
    ambiguous = new Set(all.filter(isAmbiguous));
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

    const t0 = performance.now();
    const { ranges } = anchorAll(
      root,
      changed.map((h) => h.selectors),
    );
    const ms = performance.now() - t0;
    const tally = ours.get(kind) as Tally;
    tally.ms += ms;
    const diag = options.diag;
    if (diag) appendFileSync(`${diag}.texts`, JSON.stringify({ file, kind, text }) + '\n');
    changed.forEach((h, i) => {
      const got = rangeOffsets(after, ranges[i] ?? null);
      const { verdict, survives } = judge(h, origin, got);
      if (diag) {
        appendFileSync(
          diag,
          JSON.stringify({
            file,
            kind,
            verdict,
            survives,
            twin: ambiguous.has(h),
            prose: h.prose,
            got,
            selectors: h.selectors,
            truth: judgeSpan(h, origin),
          }) + '\n',
        );
      }
      if (ambiguous.has(h)) ambiguousOurs[verdict]++;
      else count(tally, h, verdict, survives);
      if (verdict === 'wrong' && wrongSamples.length < 20) {
        const q = h.selectors[0] as TextQuoteSelector;
        const dupExact = base.text.split(q.exact).length - 1;
        wrongSamples.push(
          `${file} [${kind}] «${q.exact}» (${dupExact}× on the original page) → offset ${got?.start}, was ${h.start}`,
        );
      }
    });

    if (!options.compare) continue;
    const t1 = performance.now();
    const theirRanges = changed.map((h) => {
      try {
        return datqToRange(root, h.selectors);
      } catch {
        return null;
      }
    });
    const theirTally = theirs.get(kind) as Tally;
    theirTally.ms += performance.now() - t1;
    changed.forEach((h, i) => {
      const { verdict, survives } = judge(h, origin, rangeOffsets(after, theirRanges[i] ?? null));
      if (ambiguous.has(h)) ambiguousTheirs[verdict]++;
      else count(theirTally, h, verdict, survives);
    });
  }
}

export default async function run(): Promise<void> {
  const r = restoreCases(SEED, { compare: true, cases: !TIMING_ONLY, diag: process.env.ANCHOR_DIAG });
  if (TIMING_ONLY) {
    await timeLongest(r.longest.file, 'longest page');
    await timeLongest(r.mostChinese.file, 'page with the most Chinese text');
    timeHuge();
    return;
  }
  console.log(
    `pages: ${r.pages} (of ${r.files}), up to ${PER_PAGE} highlights per page and kind, seed ${SEED}; ` +
      `${r.ambiguousCount} highlights (of ${r.pages * PER_PAGE} at most) counted apart: their quote and context repeat verbatim on the page`,
  );
  console.log(
    'kind                     |  n   | ours: right  orphan  wrong | right where quote survives | dom-anchor-text-quote: right  orphan  wrong | survives-right',
  );
  for (const kind of KINDS) {
    const a = r.ours.get(kind) as Tally;
    const b = r.theirs.get(kind) as Tally;
    const n = a.right + a.orphan + a.wrong;
    console.log(
      `${kind.padEnd(25)}| ${String(n).padStart(4)} | ${pct(a.right, n)} ${pct(a.orphan, n)} ${String(a.wrong).padStart(5)} | ${pct(a.survivedRight, a.survived)} of ${String(a.survived).padStart(4)}            | ${pct(b.right, n)} ${pct(b.orphan, n)} ${String(b.wrong).padStart(5)}      | ${pct(b.survivedRight, b.survived)}`,
    );
  }
  const sum = (m: Map<Kind, Tally>, k: keyof Tally): number => [...m.values()].reduce((s, t) => s + t[k], 0);
  console.log(
    `total: ours wrong ${sum(r.ours, 'wrong')}, right where the quote survives ${pct(sum(r.ours, 'survivedRight'), sum(r.ours, 'survived'), 2)} of ${sum(r.ours, 'survived')}; ` +
      `dom-anchor-text-quote wrong ${sum(r.theirs, 'wrong')}, right where it survives ${pct(sum(r.theirs, 'survivedRight'), sum(r.theirs, 'survived'))}`,
  );
  console.log(
    `article text only (text nodes with ${PROSE_HAN}+ Han characters): ours wrong ${sum(r.ours, 'proseWrong')}, right where the quote survives ${pct(sum(r.ours, 'proseSurvivedRight'), sum(r.ours, 'proseSurvived'))} of ${sum(r.ours, 'proseSurvived')}; ` +
      `dom-anchor-text-quote wrong ${sum(r.theirs, 'proseWrong')}, right where it survives ${pct(sum(r.theirs, 'proseSurvivedRight'), sum(r.theirs, 'proseSurvived'))}`,
  );
  const ab = (t: { right: number; orphan: number; wrong: number }): string =>
    `right ${t.right}, orphan ${t.orphan}, on a twin or wrong ${t.wrong}`;
  console.log(
    `repeated quote+context (all kinds): ours ${ab(r.ambiguousOurs)}; dom-anchor-text-quote ${ab(r.ambiguousTheirs)}`,
  );
  console.log(
    `time for all cases: ours ${sum(r.ours, 'ms').toFixed(0)} ms, dom-anchor-text-quote ${sum(r.theirs, 'ms').toFixed(0)} ms`,
  );
  for (const s of r.wrongSamples) console.log(`  wrong: ${s}`);

  await timeLongest(r.longest.file, 'longest page');
  await timeLongest(r.mostChinese.file, 'page with the most Chinese text');
  timeHuge();
}

interface Timing {
  median: number;
  placed: number;
  index: number;
  match: number;
  ranges: number;
  verbatimOnly: boolean;
}

/**
 * Medians of anchorAll = index the page text + match every quote + make DOM Ranges;
 * the three are timed apart too, as jsdom's Range is far slower than a browser's.
 */
function measure(root: Element, selectors: Selector[][], runs = TIMING_RUNS): Timing {
  const times: number[] = [];
  const parts = { index: [] as number[], match: [] as number[], ranges: [] as number[] };
  let placed = 0;
  let verbatimOnly = false;
  for (let r = 0; r < runs; r++) {
    const t0 = performance.now();
    const anchored = anchorAll(root, selectors);
    times.push(performance.now() - t0);
    placed = anchored.ranges.filter(Boolean).length;
    verbatimOnly = anchored.verbatimOnly;
    const t1 = performance.now();
    const index = buildTextIndex(root);
    const t2 = performance.now();
    const found = anchorOffsetsAll(new TextMatcher(index.text), selectors);
    const t3 = performance.now();
    for (const f of found) if (f) offsetsToRange(index, f.start, f.end);
    const t4 = performance.now();
    parts.index.push(t2 - t1);
    parts.match.push(t3 - t2);
    parts.ranges.push(t4 - t3);
  }
  return {
    median: median(times),
    placed,
    index: median(parts.index),
    match: median(parts.match),
    ranges: median(parts.ranges),
    verbatimOnly,
  };
}

const describeTiming = (m: Timing): string =>
  `anchorAll ${m.median.toFixed(1)} ms (${m.placed} placed) = text index ${m.index.toFixed(1)} + matching ${m.match.toFixed(1)} + jsdom Ranges ${m.ranges.toFixed(1)}`;

/** Median time to restore TIMING_COUNT highlights on the r.longest page, unchanged and after a paragraph at the top. */
async function timeLongest(file: string, label: string): Promise<void> {
  rand = rng(SEED + 1);
  const doc = loadBody(file);
  const body = doc.body as HTMLElement;
  const base = buildTextIndex(body);
  let spans = visibleSpans(base);
  if (spans.length === 0) spans = [{ start: 0, end: base.text.length, prose: false }];
  // Overlaps allowed: 500 highlights do not fit apart on every page.
  const hs = makeHighlights(base.text, spans, TIMING_COUNT, -Infinity);
  const selectors = hs.map((h) => h.selectors);
  const unchanged = measure(body, selectors);
  const shifted = body.cloneNode(true) as HTMLElement;
  const p = doc.createElement('p');
  p.textContent = '新增的一段文字，让后面所有的位置都移动了。';
  shifted.prepend(p);
  const moved = measure(shifted, selectors);
  // Worst case: no quote is where it was, every one goes through the approximate search.
  const gutted = body.cloneNode(true) as HTMLElement;
  const gIndex = buildTextIndex(gutted);
  const seen = new Set<number>();
  const deletions: Op[] = [];
  for (const h of [...hs].sort((a, b) => a.start - b.start)) {
    if (deletions.some((d) => h.start < d.at + d.del + 1 && h.end > d.at - 1) || seen.has(h.start)) continue;
    seen.add(h.start);
    deletions.push({ at: h.start, del: h.end - h.start, ins: '' });
  }
  applyOps(gIndex, deletions);
  const deleted = measure(gutted, selectors);
  console.log(
    `${label} ${file} (${base.text.length} characters of body text), ${hs.length} highlights, median of ${TIMING_RUNS}:`,
  );
  for (const [name, m] of [
    ['page unchanged', unchanged],
    ['paragraph inserted at the top', moved],
    ['every quote deleted', deleted],
  ] as const) {
    console.log(`  ours, ${name}: ${describeTiming(m)}`);
  }
  const t0 = performance.now();
  const sample = selectors.slice(0, 50);
  let theirPlaced = 0;
  for (const s of sample) if (datqToRange(shifted, s)) theirPlaced++;
  const per = (performance.now() - t0) / sample.length;
  console.log(
    `  dom-anchor-text-quote, paragraph inserted: ${per.toFixed(1)} ms per highlight (${theirPlaced}/${sample.length} placed) ≈ ${(per * hs.length).toFixed(0)} ms for ${hs.length}`,
  );
}

const HUGE_CHARS = 12_000_000;
const HUGE_RUNS = 3;

/**
 * A page past FULL_SEARCH_CHARS: every corpus page's text, copied until
 * HUGE_CHARS, one Han character in 16 swapped in each copy so that copies
 * differ; TIMING_COUNT highlights, then a paragraph inserted at the top.
 * Restored as the extension does (verbatim only), and, on the text alone, by
 * the full search it would otherwise run.
 */
function timeHuge(): void {
  rand = rng(SEED + 2);
  const corpus = readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((f) => buildTextIndex(loadBody(f).body as HTMLElement).text.replace(/\s+/g, ' '))
    .join('\n');
  const hanPool = [...'人大会议代表政府经济民生法治改革发展'];
  const parts: string[] = [];
  for (let copy = 0, length = 0; length < HUGE_CHARS; copy++) {
    const chars = [...corpus];
    for (let i = copy % 16; i < chars.length; i += 16)
      if (HAN.test(chars[i] as string)) chars[i] = pick(hanPool);
    const part = chars.join('');
    parts.push(part);
    length += part.length;
  }
  const doc = new JSDOM('<!doctype html><body></body>').window.document;
  const body = doc.body as HTMLElement;
  for (const part of parts)
    for (let i = 0; i < part.length; i += 2000) {
      const p = doc.createElement('p');
      p.textContent = part.slice(i, i + 2000);
      body.append(p);
    }
  const base = buildTextIndex(body);
  const hs = makeHighlights(base.text, [{ start: 0, end: base.text.length, prose: true }], TIMING_COUNT, 0);
  const selectors = hs.map((h) => h.selectors);
  const p = doc.createElement('p');
  p.textContent = '新增的一段文字，让后面所有的位置都移动了。';
  body.prepend(p);

  const m = measure(body, selectors, HUGE_RUNS);
  const text = buildTextIndex(body).text;
  const t0 = performance.now();
  const full = anchorOffsetsAll(new TextMatcher(text), selectors, Infinity);
  const fullMs = performance.now() - t0;
  console.log(
    `huge page (${text.length} characters of text; corpus text repeated, copies differing), ${hs.length} highlights, paragraph inserted at the top:`,
  );
  console.log(`  ours (verbatim only: ${m.verbatimOnly}), median of ${HUGE_RUNS}: ${describeTiming(m)}`);
  console.log(
    `  the full search on the same text (matching only, once): ${fullMs.toFixed(0)} ms, ${full.filter(Boolean).length} placed`,
  );
}
