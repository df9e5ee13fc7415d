// The Hypothesis-style scorer the anchoring bench compares with: the order and
// weights of hypothesis/client src/annotator/anchoring/match-quote.ts (exact
// occurrences if any, else approx-string-match with up to half the quote's
// length in errors; each match scored 50 × quote + 20 × prefix + 20 × suffix
// + 2 × position, normalised; the best one taken, whatever its score).
import search from 'approx-string-match';

interface Hit {
  start: number;
  end: number;
  errors: number;
}

function find(text: string, str: string, maxErrors: number): Hit[] {
  const exact: Hit[] = [];
  for (let i = text.indexOf(str); i >= 0; i = text.indexOf(str, i + 1))
    exact.push({ start: i, end: i + str.length, errors: 0 });
  return exact.length > 0 ? exact : search(text, str, Math.floor(maxErrors));
}

function textMatchScore(text: string, str: string): number {
  if (str.length === 0 || text.length === 0) return 0;
  const best = find(text, str, str.length)[0];
  return best ? 1 - best.errors / str.length : 0;
}

export const HYPOTHESIS_WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;

export function hypothesisMatch(
  text: string,
  quote: string,
  context: { prefix?: string; suffix?: string; hint?: number },
): { start: number; end: number; score: number } | null {
  if (quote.length === 0) return null;
  const matches = find(text, quote, Math.min(256, quote.length / 2));
  if (matches.length === 0) return null;
  const w = HYPOTHESIS_WEIGHTS;
  const max = w.quote + w.prefix + w.suffix + w.position;
  let best: { start: number; end: number; score: number } | null = null;
  for (const m of matches) {
    const q = 1 - m.errors / quote.length;
    const p = context.prefix
      ? textMatchScore(text.slice(Math.max(0, m.start - context.prefix.length), m.start), context.prefix)
      : 1;
    const s = context.suffix
      ? textMatchScore(text.slice(m.end, m.end + context.suffix.length), context.suffix)
      : 1;
    const pos = context.hint === undefined ? 1 : 1 - Math.abs(m.start - context.hint) / text.length;
    const score = (w.quote * q + w.prefix * p + w.suffix * s + w.position * pos) / max;
    if (!best || score > best.score) best = { start: m.start, end: m.end, score };
  }
  return best;
}
