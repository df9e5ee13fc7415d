// Search matches come back as offsets; the library shows them as <mark> elements
// built from text pieces, so page text is never parsed as HTML.

import { findAll, fold } from '../core/fold';

export interface Segment {
  text: string;
  mark: boolean;
}

/**
 * Cuts text into plain and marked pieces. Ranges may overlap, touch, come in any order or
 * reach past the text: they are clamped and merged. Empty pieces are left out.
 */
export function markSegments(text: string, ranges: readonly { start: number; end: number }[]): Segment[] {
  const clean = ranges
    .map((r) => ({ start: Math.max(0, Math.min(r.start, text.length)), end: Math.min(r.end, text.length) }))
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end) && r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number }[] = [];
  for (const r of clean) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at) out.push({ text: text.slice(at, r.start), mark: false });
    out.push({ text: text.slice(r.start, r.end), mark: true });
    at = r.end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

/**
 * Where any of the texts occurs in text (case- and width-insensitive, as search matches): the
 * official or formulation the list is filtered by, marked in the passages shown.
 */
export function occurrences(text: string, needles: readonly string[]): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const n of needles) {
    const q = fold(n.trim());
    if (q === '') continue;
    for (const start of findAll(text, q)) out.push({ start, end: start + q.length });
  }
  return out;
}
