// Whether an article is people's-congress news (GUIDELINES.md, "The article's own fields").
import * as L from './data/lists';
import { occurrences } from './text';

/** Cue words in the headline count as much as this many in the body. */
const TITLE_WEIGHT = 6;
/** Weighted cue count at which the score reaches one half. */
const HALF = 6;

export function congressScore(title: string, text: string): { isCongressNews: boolean; score: number } {
  let hits = 0;
  for (const cue of L.congressCues) {
    hits += TITLE_WEIGHT * occurrences(title, cue).length + occurrences(text, cue).length;
  }
  // Per thousand characters, so that a long report with a passing mention is not congress news.
  const density = hits / Math.max(1, text.length / 1000);
  const weighted = Math.min(hits, density * 2);
  const score = Math.round((weighted / (weighted + HALF)) * 1000) / 1000;
  return { isCongressNews: score >= 0.5, score };
}
