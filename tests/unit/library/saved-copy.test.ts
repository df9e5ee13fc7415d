// Highlights on a saved copy: placed on the version's text by quote and context, orphans (not on
// the page as last seen) still in place on the version they were made on, and nothing put on
// words that are not the quote.
import { describe, expect, it } from 'vitest';
import { describeOffsets } from '../../../utils/anchor';
import type { AnnotationRecord } from '../../../utils/core/records';
import { placeOnVersion } from '../../../utils/library/saved-copy';

const V1 = [
  '会议听取和审议了区人民政府关于审计工作情况的报告。',
  '会议审议通过了关于批准区级决算的决议，为新任命人员颁发了任命书。',
  '会议要求，全体组成人员要增强四个意识、坚定四个自信。',
].join('\n');
// The second passage deleted; the third edited around, not inside, the quote.
const V2 = [
  '会议听取和审议了区人民政府关于审计工作情况的报告。',
  '会议强调，全体组成人员要增强四个意识、坚定四个自信。',
].join('\n');

function annotation(id: string, text: string, quote: string): AnnotationRecord {
  const start = text.indexOf(quote);
  return {
    id,
    pageUrl: 'https://a.gov.cn/1.html',
    selectors: describeOffsets(text, start, start + quote.length),
    color: 'yellow',
    tags: [],
    note: '',
    created: 1,
    updated: 1,
  };
}

const deleted = annotation('deleted', V1, '颁发了任命书');
const kept = annotation('kept', V1, '增强四个意识');

describe('placeOnVersion', () => {
  it.each([
    ['the first copy', V1, ['deleted', 'kept'], ['deleted'], []],
    ['the copy last seen', V2, ['kept'], [], ['deleted']],
  ])('on %s', (_name, text, paintedIds, orphanIds, elsewhereIds) => {
    const { painted, elsewhere } = placeOnVersion(text, [kept, deleted], V2);
    expect(painted.map((p) => p.id)).toEqual(paintedIds);
    expect(painted.filter((p) => p.orphan).map((p) => p.id)).toEqual(orphanIds);
    expect(elsewhere.map((a) => a.id)).toEqual(elsewhereIds);
    for (const p of painted) {
      const quote = p.id === 'kept' ? '增强四个意识' : '颁发了任命书';
      expect(text.slice(p.start, p.end)).toBe(quote);
    }
  });
});
