// A saved article's lines cut where highlights start and end, each piece with the highlight
// drawn over it: what the reader view renders as text and <mark>, never as HTML.
export interface Span {
  id: string;
  start: number;
  end: number;
}

export interface Piece<S extends Span> {
  text: string;
  /** The highlight drawn over this piece (the one starting last, where several overlap). */
  span: S | null;
}

export interface Line<S extends Span> {
  /** Offset of the line in the whole text. */
  start: number;
  pieces: Piece<S>[];
}

/**
 * The non-empty lines of `text` (its passages) cut into pieces by the spans, which are offsets
 * into the whole text. Spans out of range are clamped; empty ones are dropped.
 */
export function paintLines<S extends Span>(text: string, spans: readonly S[]): Line<S>[] {
  const valid = spans
    .map((s) => ({
      ...s,
      start: Math.max(0, Math.min(s.start, text.length)),
      end: Math.max(0, Math.min(s.end, text.length)),
    }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const lines: Line<S>[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const start = at;
    const end = at + raw.length;
    at = end + 1;
    if (raw.trim() === '') continue;
    const cuts = new Set([start, end]);
    for (const s of valid) {
      if (s.start > start && s.start < end) cuts.add(s.start);
      if (s.end > start && s.end < end) cuts.add(s.end);
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece<S>[] = [];
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i] as number;
      const to = points[i + 1] as number;
      let over: S | null = null;
      for (const s of valid) if (s.start <= from && s.end >= to) over = s as S;
      pieces.push({ text: text.slice(from, to), span: over });
    }
    lines.push({ start, pieces });
  }
  return lines;
}
