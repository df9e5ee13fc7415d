// Is the article gone? From what a content script can know of a page reopened: the HTTP status
// of its navigation (when the browser gives it), its title and text, whether an article was
// extracted from it, and the copy saved last time.
import { fold } from '../core/fold';
import type { GoneReason } from '../core/records';
import { NOT_FOUND_PHRASES } from './not-found-phrases';
import { splitPassages } from './passages';

export type { GoneReason };

/**
 * Statuses that say the page is gone for good: not found, gone, unavailable for legal reasons.
 * A 5xx, a 403 or a 429 may pass (an overloaded or guarded server) and says nothing here.
 */
const GONE_STATUSES = new Set([404, 410, 451]);
/** A page longer than this is not an error page, whatever phrase it holds. */
const SOFT_404_CHARS = 3000;
/** Below this share of the saved passages found on the page, it no longer holds the article. */
export const PRESENT_SHARE = 0.3;
/** Saved passages compared at most (evenly spaced): enough to tell, cheap on a long article. */
const SAMPLE = 40;
/** Passages shorter than this (a date line, a caption) say nothing about the article being there. */
const MIN_PASSAGE = 8;

const squeeze = (s: string) => fold(s).replace(/\s+/g, '');
const PHRASES = NOT_FOUND_PHRASES.map((p) => squeeze(p.phrase));

/** Share of the saved article's passages (a sample) that the page's text holds. */
export function presentShare(savedText: string, pageText: string): number {
  const passages = splitPassages(savedText).filter((p) => p.length >= MIN_PASSAGE);
  if (passages.length === 0) return 1;
  const step = Math.max(1, passages.length / SAMPLE);
  const page = squeeze(pageText);
  let total = 0;
  let found = 0;
  for (let i = 0; i < passages.length; i += step) {
    total++;
    if (page.includes(squeeze(passages[Math.floor(i)] as string))) found++;
  }
  return found / total;
}

export interface GoneInput {
  status?: number;
  /** The document's title. */
  title: string;
  /** The article's text when one was extracted, else the page's visible text. */
  text: string;
  /** Whether an article was extracted (its title is then `articleTitle`). */
  articleTitle: string | null;
  /** The copy saved last time, if any. */
  saved: { title: string; text: string } | null;
}

/** Why the article is gone, or null when it is there (or nothing says otherwise). */
export function articleGone(input: GoneInput): GoneReason | null {
  if (input.status !== undefined && GONE_STATUSES.has(input.status)) return 'http';
  // Any other error status may pass: what such a page holds says nothing about the article.
  if (input.status !== undefined && input.status >= 400) return null;
  const share = input.saved ? presentShare(input.saved.text, input.text) : null;
  if (share !== null && share >= PRESENT_SHARE) return null;
  const short = input.text.length <= SOFT_404_CHARS;
  const said = squeeze(input.title + (short ? `\n${input.text}` : ''));
  if (PHRASES.some((p) => said.includes(p)) && (short || input.articleTitle === null))
    return 'not-found-page';
  if (share === null || input.saved === null) return null;
  // Rewritten under the same headline: a new version, not a different page.
  if (input.articleTitle !== null && squeeze(input.articleTitle) === squeeze(input.saved.title)) return null;
  return 'missing';
}
