// The library's filters applied to search hits (the index knows text, not filters),
// and the match offsets of one field, for <mark>.
import { type AnnotationRecord, type PageRecord, localDay, pageDate } from '../core/records';
import type { SearchField, SearchHit, SearchMatch } from '../core/views';
import type { Filters } from './state';

function pagePasses(p: PageRecord | null, f: Filters): boolean {
  const pageFilter = f.site ?? f.official ?? f.slogan ?? f.from ?? f.to;
  if (p === null) return pageFilter === undefined;
  const day = f.sort === 'published' ? pageDate(p) : localDay(p.updated);
  return (
    (f.site === undefined || p.site === f.site) &&
    (f.official === undefined || p.officials.some((o) => o.name === f.official)) &&
    (f.slogan === undefined || p.slogans.some((s) => s.text === f.slogan)) &&
    (f.from === undefined || day >= f.from) &&
    (f.to === undefined || day <= f.to)
  );
}

/** The hits the current filters let through; title hits go when a highlight filter (tag, colour) is set. */
export function filterHits(hits: readonly SearchHit[], f: Filters): SearchHit[] {
  return hits.filter((h) => {
    if (h.kind !== 'annotation') return f.tag === undefined && f.color === undefined && pagePasses(h.page, f);
    const a = h.annotation;
    return (
      (f.tag === undefined || a.tags.includes(f.tag)) &&
      (f.color === undefined || a.color === f.color) &&
      pagePasses(h.page, f)
    );
  });
}

/** The matches inside one field (for tags: inside the tag at that index). */
export function matchesIn(matches: readonly SearchMatch[], field: SearchField, tag?: number): SearchMatch[] {
  return matches.filter((m) => m.field === field && (tag === undefined || m.tag === tag));
}

export interface HitGroup {
  /** The page, when it still exists. */
  page: PageRecord | null;
  pageUrl: string;
  /** Matches in the page title (when the title itself matched). */
  titleMatches: SearchMatch[];
  annotations: { annotation: AnnotationRecord; matches: SearchMatch[] }[];
  /** Where the saved article text holds the query, when it does. */
  text: Extract<SearchHit, { kind: 'text' }> | null;
}

/** Hits gathered by page, pages in order of their first hit (the newest first, as search gives them). */
export function groupHits(hits: readonly SearchHit[]): HitGroup[] {
  const groups = new Map<string, HitGroup>();
  for (const h of hits) {
    const url = h.kind === 'annotation' ? h.annotation.pageUrl : h.page.url;
    let g = groups.get(url);
    if (!g)
      groups.set(url, (g = { page: h.page, pageUrl: url, titleMatches: [], annotations: [], text: null }));
    if (h.kind === 'page') g.titleMatches.push(...h.matches);
    else if (h.kind === 'text') g.text = h;
    else g.annotations.push({ annotation: h.annotation, matches: h.matches });
  }
  return [...groups.values()];
}
