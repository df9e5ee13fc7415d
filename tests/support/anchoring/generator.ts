// The page-change generator of the anchoring bench: highlights drawn at random
// on a corpus page (fixed seed), then the page changed the way sites change
// it, with the ground truth kept: every character of the changed text
// remembers which original character it was, or that it was inserted.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describeOffsets, type Selector } from '../../../utils/anchor/index';
import { decodeHtml } from '../../../utils/article/decode';
import { pointToOffset, type TextIndex } from '../../../utils/anchor/text-index';
import { rng } from '../../../scripts/bench-lib';

const here = path.dirname(fileURLToPath(import.meta.url));
export const PAGES = path.resolve(here, '../../../../shared/corpus/pages');

/** Highlights drawn per page and kind of change. */
export const PER_PAGE = 30;

// ---------- seeded randomness ----------

let rand = rng(0);
/** Draws from `stream` from now on (each seed's run has its own). */
export function useStream(stream: () => number): void {
  rand = stream;
}
export const randInt = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
export const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;

export const HAN = /\p{Script=Han}/u;
export const isHan = (s: string, i: number): boolean => HAN.test(s.charAt(i));
export const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TITLE', 'TEXTAREA']);

// ---------- highlights ----------

export interface Highlight {
  start: number;
  end: number;
  text: string;
  prose: boolean;
  selectors: Selector[];
}

export interface Span {
  start: number;
  end: number;
  /** A text node with PROSE_HAN or more Han characters: article text rather than menus and lists. */
  prose: boolean;
}
export const PROSE_HAN = 40;

export function visibleSpans(index: TextIndex): Span[] {
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
export function makeHighlights(text: string, spans: Span[], count: number, gap: number): Highlight[] {
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
export interface Op {
  at: number;
  del: number;
  ins: string;
  /** Insert the text as a new paragraph before this block, or remove this block. */
  block?: { el: Element; mode: 'before' | 'remove' };
}

export const KINDS = [
  'unchanged',
  'paragraph inserted',
  'paragraph removed',
  'whitespace/punctuation',
  'edit near quote',
  'edit inside quote',
  'quote duplicated',
  'quote deleted',
] as const;
export type Kind = (typeof KINDS)[number];

export const PUNCT_SWAP: Record<string, string> = {
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
export const BLOCKS = new Set([
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

export function blockOf(node: Node, root: Element): Element | null {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement)
    if (BLOCKS.has(el.tagName)) return el;
  return null;
}

export function nodeAt(index: TextIndex, offset: number): number {
  let lo = 0;
  let hi = index.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((index.starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export function blockSpan(index: TextIndex, el: Element): { start: number; end: number } {
  const parent = el.parentNode as Node;
  const i = Array.prototype.indexOf.call(parent.childNodes, el) as number;
  return { start: pointToOffset(index, parent, i), end: pointToOffset(index, parent, i + 1) };
}

/** Text from elsewhere on the page, as a site's new paragraph would read; never a copy of a quote. */
export function randomPassage(text: string, hanPositions: number[], quotes: readonly string[]): string {
  for (;;) {
    const s = pick(hanPositions);
    const passage = text.slice(s, s + randInt(10, 120));
    if (!quotes.some((q) => passage.includes(q))) return passage;
  }
}

export function randomHan(text: string, hanPositions: number[], not: string): string {
  for (;;) {
    const c = text.charAt(pick(hanPositions));
    if (c !== not) return c;
  }
}

/** The changes a site might make around highlight h, for one kind. */
export function planOps(
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
export function applyOps(index: TextIndex, ops: Op[]): { text: string; origin: Int32Array } {
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

export function overlaps(a: Op, b: Op): boolean {
  const ae = a.at + Math.max(1, a.del);
  const be = b.at + Math.max(1, b.del);
  return a.at < be && b.at < ae;
}

/** One jsdom window parses every page: a window per page was most of a run's time (the 42 corpus
 * pages parsed in 37 s that way, in 10 s with one window's DOMParser, on a loaded machine), and
 * DOMParser builds the same tree (the same outerHTML on every corpus page). */
let parser: DOMParser | null = null;
export function loadBody(file: string): Document {
  const html = decodeHtml(readFileSync(path.join(PAGES, file))).text;
  parser ??= new new JSDOM('').window.DOMParser();
  return parser.parseFromString(html, 'text/html');
}
/** Every corpus page, in name order (the order the cases are drawn in). */
export function corpusFiles(): string[] {
  return readdirSync(PAGES)
    .filter((f) => f.endsWith('.html'))
    .sort();
}
