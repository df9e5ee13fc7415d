// Finds a string in the live page's text, across element boundaries, without
// changing the page: the fallback when a mention cannot be found by its context.
import { buildTextIndex, offsetsToRange } from '../anchor/text-index';

const INVISIBLE = 'script, style, noscript, template, textarea';

/** The first visible Range in root whose text is needle, or null. */
export function findTextRange(root: Element, needle: string): Range | null {
  if (!needle) return null;
  const index = buildTextIndex(root);
  for (let at = index.text.indexOf(needle); at >= 0; at = index.text.indexOf(needle, at + 1)) {
    const range = offsetsToRange(index, at, at + needle.length);
    if (range && !range.startContainer.parentElement?.closest(INVISIBLE)) return range;
  }
  return null;
}
