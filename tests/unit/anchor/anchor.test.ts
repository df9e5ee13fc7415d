import { describe as group, expect, it } from 'vitest';
import {
  anchor,
  anchorAll,
  anchorOffsets,
  anchorOffsetsAll,
  CONTEXT_LENGTH,
  describe,
  describeOffsets,
  FULL_SEARCH_CHARS,
  type Selector,
  TextMatcher,
  type TextQuoteSelector,
} from '../../../utils/anchor/index';
import { locate, makeRoot, offsetsOf, rangeFor } from './helpers';

const P1 = '十四届全国人大常委会第十次会议在北京人民大会堂闭幕，赵乐际委员长主持会议。';
const P2 = '会议强调，要增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚持党的全面领导。';
const P3 = '常委会组成人员认真审议了各项议案，会议表决通过了修订后的法律，国家主席签署主席令予以公布。';
const para = (...ps: string[]): string => ps.map((p) => `<p>${p}</p>`).join('\n');

group('describe', () => {
  it('records exact text, 32 characters of context and positions in textContent', () => {
    const root = makeRoot(para(P1, P2));
    const range = rangeFor(root, '增强“[四个意识]”');
    const [quote, position] = describe(root, range) as [TextQuoteSelector, Selector];
    const text = root.textContent ?? '';
    const at = text.indexOf('四个意识');
    expect(quote).toEqual({
      type: 'TextQuoteSelector',
      exact: '四个意识',
      prefix: text.slice(at - CONTEXT_LENGTH, at),
      suffix: text.slice(at + 4, at + 4 + CONTEXT_LENGTH),
    });
    expect(position).toEqual({ type: 'TextPositionSelector', start: at, end: at + 4 });
  });

  it('works for ranges across nested inline elements', () => {
    const root = makeRoot('<p>坚持<b>四个<i>意识</i></b>，增强<a href="#">四个</a>自信</p>');
    const doc = root.ownerDocument;
    const range = doc.createRange();
    range.setStart(root.querySelector('b') as Element, 0);
    range.setEnd(root.querySelector('a')?.firstChild as Node, 2);
    const [quote] = describe(root, range) as [TextQuoteSelector];
    expect(quote.exact).toBe('四个意识，增强四个');
  });

  it('never cuts a surrogate pair at the context edge', () => {
    const text = `${'𠮷'.repeat(20)}中间${'𠮷'.repeat(20)}`;
    const start = text.indexOf('中');
    const [quote] = describeOffsets(text, start, start + 2) as [TextQuoteSelector];
    expect(quote.prefix.length % 2).toBe(0);
    expect(quote.suffix.length % 2).toBe(0);
    expect(quote.prefix.length).toBeLessThanOrEqual(CONTEXT_LENGTH);
  });

  it('rejects empty or out-of-range spans with a clear error', () => {
    const root = makeRoot(para(P1));
    const range = root.ownerDocument.createRange();
    range.setStart(root, 0);
    expect(() => describe(root, range)).toThrow(/no text/);
    expect(() => describeOffsets('abc', 2, 9)).toThrow(/invalid or empty/);
  });
});

group('anchor: round trip', () => {
  const cases: [string, string, string][] = [
    ['plain paragraph', para(P1, P2, P3), '增强“[四个意识]”'],
    [
      'text split across inline elements',
      '<p>坚持<b>四个<i>意识</i></b>，增强<a href="#">四个自信</a>。</p>',
      '坚持[四个意识，增强四个]自信',
    ],
    [
      'mixed Chinese and English',
      '<p>The <em>NPC Standing Committee</em>（全国人大常委会）met.</p>',
      '[Standing Committee（全国]人大',
    ],
    ['quote at the very start', para(P1, P2), '[十四届全国]人大'],
    ['quote at the very end', para(P1, P3), '予以[公布。]'],
    ['astral characters', '<p>𠮷野家的𠮷字与吉字不同，𠮷野家</p>', '与吉字不同，[𠮷野家]'],
  ];
  it.each(cases)('%s', (_name, html, spec) => {
    const root = makeRoot(html);
    const selectors = describe(root, rangeFor(root, spec));
    const range = anchor(root, selectors);
    expect(range).not.toBeNull();
    expect(offsetsOf(root, range as Range)).toEqual(locate(root.textContent ?? '', spec));
  });
});

/**
 * Changes: build the page, highlight `select`, rebuild it as `after`, and expect
 * the range at `expect` ("before[quote]after" in the new text) or null (orphan).
 */
interface ChangeCase {
  name: string;
  before: string;
  select: string;
  after: string;
  expect: string | null;
}

const LONG_QUOTE = '要增强“四个意识”、坚定“四个自信”、做到“两个维护”';

const changes: ChangeCase[] = [
  {
    name: 'paragraph inserted before',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para('新华社北京电 记者报道：', P1, '会议指出，今年以来各项工作取得积极进展。', P2, P3),
    expect: '增强“[四个意识]”',
  },
  {
    name: 'paragraph removed before',
    before: para(P1, P3, P2),
    select: '增强“[四个意识]”',
    after: para(P1, P2),
    expect: '增强“[四个意识]”',
  },
  {
    name: 'whitespace changed inside and around the quote',
    before: para(P1, P2),
    select: '[要增强“四个意识”]',
    after: para(P1, P2.replace('要增强“四个意识”', '要 增强\n“四个 意识”')),
    expect: '[要 增强\n“四个 意识”]',
  },
  {
    name: 'full-width punctuation changed to half-width',
    before: para(P1, P2),
    select: `[${LONG_QUOTE}]`,
    after: para(P1, P2.replace(/“/g, '"').replace(/”/g, '"').replace(/、/g, ',')),
    expect: '[要增强"四个意识",坚定"四个自信",做到"两个维护"]',
  },
  {
    name: 'characters edited near the quote',
    before: para(P1, P2),
    select: '增强“[四个意识]”',
    after: para(P1, P2.replace('会议强调', '会议指出').replace('坚定', '坚决')),
    expect: '增强“[四个意识]”',
  },
  {
    name: 'one character edited inside a long quote: placed on the edited text',
    before: para(P1, P2),
    select: `[${LONG_QUOTE}]`,
    after: para(P1, P2.replace('坚定', '坚持')),
    expect: '[要增强“四个意识”、坚持“四个自信”、做到“两个维护”]',
  },
  {
    name: 'quote duplicated elsewhere: the occurrence with the right context wins',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para('学习体会：牢固树立四个意识，是政治要求。', P1, P2, P3, '评论：四个意识是根本。'),
    expect: '增强“[四个意识]”',
  },
  {
    name: 'identical paragraph repeated: the one nearest the old position wins',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para(P1, P2, P3, P2),
    expect: '主持会议。\n会议强调，要增强“[四个意识]',
  },
  {
    name: 'quote deleted',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para(P1, '会议强调，要坚定“四个自信”、做到“两个维护”，坚持党的全面领导。', P3),
    expect: null,
  },
  {
    name: '四个意识 → 四个自信 with the context unchanged',
    before: para(P1, '会议强调，要增强“四个意识”，坚持党的全面领导。', P3),
    select: '增强“[四个意识]”',
    after: para(P1, '会议强调，要增强“四个自信”，坚持党的全面领导。', P3),
    expect: null,
  },
  {
    name: 'one of four characters changed (四个意识 → 四个意思)',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para(P1, P2.replace('四个意识', '四个意思'), P3),
    expect: null,
  },
  {
    name: 'short quote edited in place while it stands verbatim elsewhere: orphan, not the other place',
    before: para(P1, P2, P3, '评论员文章：四个意识是政治要求。'),
    select: '增强“[四个意识]”',
    after: para(P1, P2.replace('四个意识', '四种意识'), P3, '评论员文章：四个意识是政治要求。'),
    expect: null,
  },
  {
    name: 'long quote edited in place while it stands verbatim elsewhere: stays in place',
    before: para(P1, P2, P3, `转载：${LONG_QUOTE}。`),
    select: `会议强调，[${LONG_QUOTE}]`,
    after: para(P1, P2.replace('坚定', '坚持'), P3, `转载：${LONG_QUOTE}。`),
    expect: '会议强调，[要增强“四个意识”、坚持“四个自信”、做到“两个维护”]',
  },
  // Decision: a quote that survives once but with other words on both sides is
  // placed only when it is long enough to be distinctive by itself.
  {
    name: 'short quote found once, context different on both sides: orphan',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para(P3, '另一篇报道提到四个意识等内容。'),
    expect: null,
  },
  {
    name: 'long quote found once, context different on both sides: placed',
    before: para(P1, P3),
    select: '[常委会组成人员认真审议了各项议案]',
    after: para('今天上午，常委会组成人员认真审议了各项议案，并提出意见建议。'),
    expect: '[常委会组成人员认真审议了各项议案]',
  },
  {
    name: 'short quote found once, one side of context kept: placed',
    before: para(P1, P2, P3),
    select: '增强“[四个意识]”',
    after: para(P1, '会议要求，增强“四个意识”、坚定“四个自信”、做到“两个维护”，坚持党的全面领导。', P3),
    expect: '增强“[四个意识]”',
  },
];

group('anchor: after the page changed', () => {
  it.each(changes.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const root = makeRoot(c.before);
    const selectors = describe(root, rangeFor(root, c.select));
    const changed = makeRoot(c.after);
    const range = anchor(changed, selectors);
    if (c.expect === null) {
      expect(range?.toString() ?? null).toBeNull();
    } else {
      expect(range).not.toBeNull();
      expect(offsetsOf(changed, range as Range)).toEqual(locate(changed.textContent ?? '', c.expect));
    }
  });
});

group('anchor: selectors', () => {
  it('places a bare position selector only while it fits', () => {
    const root = makeRoot(para(P1));
    const fits: Selector[] = [{ type: 'TextPositionSelector', start: 2, end: 6 }];
    expect(anchor(root, fits)?.toString()).toBe(P1.slice(2, 6));
    expect(anchor(root, [{ type: 'TextPositionSelector', start: 2, end: 999 }])).toBeNull();
  });

  it('returns null for no selectors or an empty quote', () => {
    const root = makeRoot(para(P1));
    expect(anchor(root, [])).toBeNull();
    expect(anchor(root, [{ type: 'TextQuoteSelector', exact: '', prefix: '', suffix: '' }])).toBeNull();
  });

  it('throws a clear error when selectors is not an array', () => {
    const root = makeRoot(para(P1));
    expect(() => anchor(root, null as unknown as Selector[])).toThrow(/must be an array/);
  });

  it('anchorAll restores many highlights in one pass, in order', () => {
    const root = makeRoot(para(P1, P2, P3));
    const specs = ['增强“[四个意识]”', '[赵乐际]委员长', '[国家主席签署主席令]'];
    const all = specs.map((s) => describe(root, rangeFor(root, s)));
    const changed = makeRoot(para('新增一段。', P1, P2, P3));
    const { ranges, verbatimOnly } = anchorAll(changed, [
      ...all,
      [{ type: 'TextQuoteSelector', exact: '不存在的话', prefix: '', suffix: '' }],
    ]);
    expect(ranges.map((r) => r?.toString() ?? null)).toEqual([
      '四个意识',
      '赵乐际',
      '国家主席签署主席令',
      null,
    ]);
    expect(verbatimOnly).toBe(false);
  });
});

group('anchorOffsetsAll', () => {
  const ARTICLE =
    '会议听取了区人民政府关于今年以来经济运行情况的报告。' +
    '会议审议通过了区人大常委会关于加强生态环境保护的决定。' +
    '会议强调，要坚持以人民为中心的发展思想，切实保障和改善民生。';
  // A menu entry with nothing but layout around it: only its nearness to the old place speaks for it.
  const BLANK = ' '.repeat(40);
  const page = `${ARTICLE}${BLANK}网易理财${BLANK}`;
  const quotes = ['经济运行情况', '加强生态环境保护', '改善民生', '网易理财'];
  const selectors = quotes.map((q) => {
    const at = page.indexOf(q);
    return describeOffsets(page, at, at + q.length);
  });
  // More than the nearness allowed is inserted above everything.
  const changed = `${'新增的一段文字，让后面所有的位置都移动了。'.repeat(80)}${page}`;

  it('looks for a quote again where the sure placements before it say its position went', () => {
    const found = anchorOffsetsAll(new TextMatcher(changed), selectors);
    expect(found.map((m) => m && changed.slice(m.start, m.end))).toEqual(quotes);
  });

  it('without them, the entry is too far from its recorded position to be placed', () => {
    expect(anchorOffsets(new TextMatcher(changed), selectors[3] ?? [])).toBeNull();
  });

  it('takes no shift from a lone sure placement (a passage moved far away, or a twin)', () => {
    // The article moved below a long script; other text took its place above
    // the menu, whose layout changed a little (so it is not placed for sure).
    const moved = `${'另一段完全不同的文字内容。'.repeat(6)}${BLANK}\n网易理财\n${BLANK}${'脚本'.repeat(800)}${ARTICLE}`;
    const found = anchorOffsetsAll(new TextMatcher(moved), [selectors[0] ?? [], selectors[3] ?? []]);
    expect(found.map((m) => m && moved.slice(m.start, m.end))).toEqual(['经济运行情况', '网易理财']);
  });
});

group('anchorOffsetsAll on a page too large for the approximate search', () => {
  const P = [
    '会议听取了区人民政府关于今年以来经济运行情况的报告。',
    '会议审议通过了区人大常委会关于加强生态环境保护的决定。',
    '会议强调，要坚持以人民为中心的发展思想，切实保障和改善民生。',
    '会议要求，各级人大代表要密切联系群众，认真履行代表职责。',
  ];
  const page = P.join('');
  const selectorsOf = (q: string): Selector[] => {
    const at = page.indexOf(q);
    return describeOffsets(page, at, at + q.length);
  };
  // Any limit below the text's length switches to verbatim placement.
  const LIMIT = 10;
  const placedText = (text: string, sels: Selector[][], limit = LIMIT) =>
    anchorOffsetsAll(new TextMatcher(text), sels, limit).map(
      (m) => m && [m.method, text.slice(m.start, m.end)],
    );

  it.each([
    ['unchanged: at its recorded position', page, ['position', '经济运行情况']],
    [
      'a paragraph inserted above: quote and context verbatim, once',
      `新增的一段。${page}`,
      ['exact', '经济运行情况'],
    ],
    ['the context edited: not looked for', page.replace('今年以来', '今年前三季度'), null],
    ['the quote deleted', page.replace('经济运行情况', ''), null],
    ['quote and context twice on the page', `${page}${page}`, ['position', '经济运行情况']],
    ['quote and context twice, neither at the old place', `新增。${page}${page}`, null],
  ])('%s', (_, text, want) => {
    expect(placedText(text, [selectorsOf('经济运行情况')])).toEqual([want]);
  });

  it('places what the full search places when only the context far from the quote changed, not the rest', () => {
    const text = `新增的一段。${page.replace('以人民为中心', '以人民为本')}`;
    const sels = [selectorsOf('经济运行情况'), selectorsOf('加强生态环境保护')];
    expect(placedText(text, sels, text.length)).toEqual([
      ['exact', '经济运行情况'],
      ['exact', '加强生态环境保护'],
    ]);
    expect(placedText(text, sels)).toEqual([['exact', '经济运行情况'], null]);
  });

  it('keeps the rules for a bare position and malformed selectors', () => {
    const bare: Selector[] = [{ type: 'TextPositionSelector', start: 3, end: 7 }];
    const noContext = [{ type: 'TextQuoteSelector', exact: '密切联系群众' }] as unknown as Selector[];
    expect(placedText(page, [bare, noContext, []])).toEqual([
      ['position', page.slice(3, 7)],
      ['exact', '密切联系群众'],
      null,
    ]);
  });

  it('anchorAll says when a page is past the limit', () => {
    const long = '会议强调，要坚持以人民为中心的发展思想。'.repeat(Math.ceil(FULL_SEARCH_CHARS / 20) + 1);
    const root = makeRoot(`<p>${P[0]}</p><p>${long}</p>`);
    const { ranges, verbatimOnly } = anchorAll(root, [describeOffsets(root.textContent ?? '', 5, 11)]);
    expect(verbatimOnly).toBe(true);
    expect(ranges.map((r) => r?.toString())).toEqual([P[0]?.slice(5, 11)]);
  });
});
