// What the citation formatter is asked and answers, wherever it runs: in the worker
// (cite-worker.ts) or, where there is none, in the page (utils/library/citing.ts). This imports
// citation-js: only those two load it, on demand.
import { formatCitation, toBibtex, toRis, type CitationOptions, type CitationStyle } from '../export/cite';
import type { CslItem } from '../export/citation';

export type CiteRequest =
  | { id: number; op: 'cite'; items: CslItem[]; style: CitationStyle; options: CitationOptions }
  | { id: number; op: 'ris' | 'bib'; items: CslItem[] };

export type CiteReply = { id: number; ok: true; text: string } | { id: number; ok: false; error: string };

/** What a request asks for, as text. */
export function answer(request: CiteRequest): string {
  switch (request.op) {
    case 'cite':
      return formatCitation(request.items, request.style, request.options);
    case 'ris':
      return toRis(request.items);
    case 'bib':
      return toBibtex(request.items);
  }
}
