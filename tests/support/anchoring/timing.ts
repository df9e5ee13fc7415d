// Timings of the anchoring bench: 500 highlights restored on the longest
// corpus page (unchanged, after a paragraph inserted at the top, with every
// quote deleted), and on a page past FULL_SEARCH_CHARS.
import { readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { JSDOM } from 'jsdom';
import { anchorAll, anchorOffsetsAll, TextMatcher, type Selector } from '../../../utils/anchor/index';
import { buildTextIndex, offsetsToRange } from '../../../utils/anchor/text-index';
import { median, rng } from '../../../scripts/bench-lib';
import {
  applyOps,
  HAN,
  loadBody,
  makeHighlights,
  PAGES,
  pick,
  useStream,
  visibleSpans,
  type Op,
} from './generator';
import { datqToRange } from './run';

export const TIMING_COUNT = 500;
const TIMING_RUNS = 7;

export interface Timing {
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

/** Median times to restore TIMING_COUNT highlights on a page, unchanged and after a paragraph at the top; returns the larger. */
export function timeLongest(file: string, label: string, seed: number): number {
  useStream(rng(seed + 1));
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
  return Math.max(unchanged.median, moved.median);
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
export function timeHuge(seed: number): void {
  useStream(rng(seed + 2));
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
