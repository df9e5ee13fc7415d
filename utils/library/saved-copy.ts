// The reader's highlights on a saved copy of the article: placed by the same anchoring as on the
// live page (quote, context, position), on the version's text instead of the page. A highlight
// whose words are no longer on the page as last seen is an orphan there, but stands where it was
// made on the version it was made on.
import { anchorOffsetsAll, TextMatcher } from '../anchor';
import type { AnnotationRecord, HighlightColor } from '../core/records';

export interface PaintedHighlight {
  id: string;
  color: HighlightColor;
  start: number;
  end: number;
  /** Not found on the article as last seen: what the saved copy is for. */
  orphan: boolean;
}

export interface Placement {
  painted: PaintedHighlight[];
  /** The highlights this version does not hold (made on another version, say). */
  elsewhere: AnnotationRecord[];
}

/** Which highlights cannot be placed on a text (ids). */
function unplaced(text: string, annotations: readonly AnnotationRecord[]): Set<string> {
  const found = anchorOffsetsAll(
    new TextMatcher(text),
    annotations.map((a) => a.selectors),
  );
  return new Set(annotations.filter((_, i) => !found[i]).map((a) => a.id));
}

/**
 * The highlights placed on `text` (a saved version), orphans marked against `latest` (the version
 * last seen; the same text when this is it).
 */
export function placeOnVersion(
  text: string,
  annotations: readonly AnnotationRecord[],
  latest: string,
): Placement {
  const found = anchorOffsetsAll(
    new TextMatcher(text),
    annotations.map((a) => a.selectors),
  );
  const orphans = latest === text ? null : unplaced(latest, annotations);
  const painted: PaintedHighlight[] = [];
  const elsewhere: AnnotationRecord[] = [];
  annotations.forEach((a, i) => {
    const m = found[i];
    if (!m) elsewhere.push(a);
    else
      painted.push({
        id: a.id,
        color: a.color,
        start: m.start,
        end: m.end,
        orphan: orphans?.has(a.id) ?? false,
      });
  });
  return { painted: painted.sort((x, y) => x.start - y.start), elsewhere };
}
