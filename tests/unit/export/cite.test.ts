// Citations in each style, exactly as the official CSL styles print them through citeproc-js, on
// three pages: a byline naming two people, a byline that is a unit (no author), no date at all.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordCitation } from '../../../utils/export/citation';
import { type CitationStyle, formatCitation } from '../../../utils/export/cite';
import { buildMarkdown } from '../../../utils/export/markdown';
import { ITEMS } from './citation-fixtures';
import { group, L1 } from './fixtures';

const [A, B, C] = ITEMS as [(typeof ITEMS)[0], (typeof ITEMS)[0], (typeof ITEMS)[0]];

describe('formatCitation', () => {
  let fetchSpy: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    fetchSpy = vi.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in citations'));
  });
  afterEach(() => {
    // Nothing leaves the machine: no style, locale or item is looked up.
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });

  it.each<[CitationStyle, string]>([
    [
      'gb7714',
      '[1] 张三, 欧阳修. 区委召开人大工作会议:书写新时代高质量发展“人大答卷”[N/OL]. 天宁区人大, 2022-07-01[2026-12-01]. https://rd.example.gov.cn/a/1.html.\n' +
        '[2] 市人大常委会召开主任会议[N/OL]. rd.example.gov.cn, 2022-07-02[2026-12-01]. https://rd.example.gov.cn/a/2.html.\n' +
        '[3] 代表名单[EB/OL]. [2026-12-01]. https://rd.example.gov.cn/a/3.html.',
    ],
    [
      'chicago-note',
      '张三 and 欧阳修, “区委召开人大工作会议:书写新时代高质量发展‘人大答卷,’” 天宁区人大, July 1, 2022, https://rd.example.gov.cn/a/1.html.\n' +
        '“市人大常委会召开主任会议,” rd.example.gov.cn, July 2, 2022, https://rd.example.gov.cn/a/2.html.\n' +
        '“代表名单,” rd.example.gov.cn, accessed December 1, 2026, https://rd.example.gov.cn/a/3.html.',
    ],
    [
      // Sorted as Chicago sorts: by author, the site standing in for a missing one.
      'chicago-bibliography',
      'rd.example.gov.cn. “代表名单.” Accessed December 1, 2026. https://rd.example.gov.cn/a/3.html.\n' +
        'rd.example.gov.cn. “市人大常委会召开主任会议.” July 2, 2022. https://rd.example.gov.cn/a/2.html.\n' +
        '张三, and 欧阳修. “区委召开人大工作会议:书写新时代高质量发展‘人大答卷.’” 天宁区人大, July 1, 2022. https://rd.example.gov.cn/a/1.html.',
    ],
  ])('%s, three pages', (style, expected) => {
    expect(formatCitation(ITEMS, style)).toBe(expected);
  });

  it.each<[CitationStyle, (typeof ITEMS)[0], string]>([
    [
      'gb7714',
      B,
      '[1] 市人大常委会召开主任会议[N/OL]. rd.example.gov.cn, 2022-07-02[2026-12-01]. https://rd.example.gov.cn/a/2.html.',
    ],
    [
      'chicago-note',
      C,
      '“代表名单,” rd.example.gov.cn, accessed December 1, 2026, https://rd.example.gov.cn/a/3.html.',
    ],
    [
      'chicago-bibliography',
      A,
      '张三, and 欧阳修. “区委召开人大工作会议:书写新时代高质量发展‘人大答卷.’” 天宁区人大, July 1, 2022. https://rd.example.gov.cn/a/1.html.',
    ],
  ])('%s, one page alone', (style, item, expected) => {
    expect(formatCitation([item], style)).toBe(expected);
  });

  it('GB/T 7714 without its numbers, for one citation pasted into a numbered list', () => {
    expect(formatCitation([A, C], 'gb7714', { numbers: false })).toBe(
      '张三, 欧阳修. 区委召开人大工作会议:书写新时代高质量发展“人大答卷”[N/OL]. 天宁区人大, 2022-07-01[2026-12-01]. https://rd.example.gov.cn/a/1.html.\n' +
        '代表名单[EB/OL]. [2026-12-01]. https://rd.example.gov.cn/a/3.html.',
    );
  });

  it('HTML: italics where the style sets them (not on Chinese, which citeproc leaves upright)', () => {
    expect(formatCitation([B], 'chicago-note', { format: 'html' })).toBe(
      '“市人大常委会召开主任会议,” <i>rd.example.gov.cn</i>, July 2, 2022, https://rd.example.gov.cn/a/2.html.',
    );
    expect(formatCitation([A], 'gb7714', { format: 'html' })).toBe(
      '<div class="csl-bib-body">\n' +
        '  <div data-csl-entry-id="renda202207010e90820" class="csl-entry">\n' +
        '    <div class="csl-left-margin">[1]</div><div class="csl-right-inline">张三, 欧阳修. 区委召开人大工作会议:书写新时代高质量发展“人大答卷”[N/OL]. 天宁区人大, 2022-07-01[2026-12-01]. https://rd.example.gov.cn/a/1.html.</div>\n' +
        '  </div>\n' +
        '</div>',
    );
  });

  it('Chicago in the Chinese locale takes its words and quotation marks', () => {
    expect(formatCitation([C], 'chicago-note', { locale: 'zh-CN' })).toBe(
      '《代表名单》, rd.example.gov.cn, 见于 2026年12月1日, https://rd.example.gov.cn/a/3.html.',
    );
  });

  it('nothing for no items', () => {
    expect(formatCitation([], 'gb7714')).toBe('');
  });
});

describe('the citation line of the Markdown export, with the real formatter', () => {
  it('GB/T 7714 without its number, the address kept whole as an autolink', () => {
    const g = {
      ...group([], { created: L1, url: 'http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm' }),
      extras: { byline: '记者 张三' },
    };
    const md = buildMarkdown([g], {
      citation: (x) => formatCitation([recordCitation(x.page, x.extras)], 'gb7714', { numbers: false }),
    });
    expect(md).toContain(
      '\n引用：张三. 区委召开人大工作会议\\[N/OL\\]. rd.example.gov.cn, 2022-07-01\\[2026-11-23\\]. <http://www.gov.cn/xinwen/2022-07/01/content_5698_1.htm>.\n',
    );
  });

  it('Chicago’s bibliography entry, the form that stands alone, in English', () => {
    const g = { ...group([], { created: L1 }), extras: { byline: '张三' } };
    expect(formatCitation([recordCitation(g.page, g.extras)], 'chicago-bibliography')).toBe(
      '张三. “区委召开人大工作会议.” rd.example.gov.cn, July 1, 2022. https://rd.example.gov.cn/a/1.html.',
    );
  });
});
