// Word lists kept as data (utils/article/data/*.ts, one entry per line).
import chromeLinesText from './data/chrome-lines';
import tailMarkersText from './data/tail-markers';

/** The entries of a one-per-line list (blank lines at the edges ignored). */
export function listEntries(text: string): string[] {
  return text.split('\n').filter((l, i, all) => !((i === 0 || i === all.length - 1) && l === ''));
}

/** Compared without spaces and case-insensitively. */
export const CHROME_LINES: ReadonlySet<string> = new Set(
  listEntries(chromeLinesText).map((l) => l.replace(/\s+/g, '').toLowerCase()),
);
export const TAIL_MARKERS: readonly string[] = listEntries(tailMarkersText);
