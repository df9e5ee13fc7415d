import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { countWalkerSteps } from '../../support/dom-counters';
import { isLikelyPoliticalNews } from '../../../utils/article/gate';
import { documentFromBytes, documentFromHtml } from '../../../utils/article/load';

const page = (title: string, body: string, head = '', lang = 'zh-CN'): Document =>
  documentFromHtml(
    `<html lang="${lang}"><head><title>${title}</title>${head}</head><body>${body}</body></html>`,
  );
const p = (s: string): string => `<p>${s}</p>`;

describe('isLikelyPoliticalNews on synthetic pages', () => {
  it.each([
    [
      'a district congress meeting',
      page(
        '区委召开人大工作会议_天宁区人大',
        p('7月1日上午，区委召开人大工作会议。区委书记许小波出席会议并讲话，区人大常委会主任沈月芬出席。'),
      ),
      true,
    ],
    [
      'a State Council item',
      page(
        '国务院常务会议部署稳经济',
        p('国务院总理主持召开国务院常务会议，部署稳经济一揽子政策措施落地生效，要求各地区各部门抓好落实。'),
      ),
      true,
    ],
    [
      'a government site by its site code',
      page(
        '全县固定资产投资结构趋稳',
        p(
          '1-10月，全县固定资产投资完成246.79亿元，同比增长15.3%，位列三县两区第一。其中第三产业投资完成119.90亿元。',
        ),
        '<meta name="SiteIDCode" content="3300000020">',
      ),
      true,
    ],
    [
      'a tech story',
      page(
        'DeepMind新电脑已可利用记忆自学_科技_腾讯网',
        p(
          '谷歌在2014年收购的人工智能公司DeepMind开发出一款能够用自己的记忆学习新知识并利用这些知识来回答问题的计算机。',
        ),
      ),
      false,
    ],
    [
      'a culture story',
      page(
        '女儿出嫁，郑板桥画了几笔兰花当嫁妆',
        p('父亲的教诲像一盏灯，为我们照亮前行的路；父亲的关爱像一把伞，为我们遮蔽人世间的风风雨雨。'),
      ),
      false,
    ],
    [
      'an English page',
      page(
        'Parliament passes budget',
        p('The parliament passed the budget on Tuesday after a long debate among members of the government.'),
        '',
        'en',
      ),
      false,
    ],
    ['a Chinese headline with almost no text', page('人大', ''), false],
    ['an empty document', documentFromHtml('<html><head></head><body></body></html>'), false],
  ])('%s → %s', (_name, doc, expected) => expect(isLikelyPoliticalNews(doc)).toBe(expected));

  /** Counts the text nodes TreeWalkers hand out and the reads of the whole page's text. */
  function watched(doc: Document): { doc: Document; steps: () => number; wholeReads: () => number } {
    const { steps } = countWalkerSteps(doc);
    let wholeReads = 0;
    for (const el of [doc.documentElement, doc.body]) {
      for (const prop of ['textContent', 'innerText', 'innerHTML', 'outerHTML']) {
        let proto: object | null = el;
        let desc: PropertyDescriptor | undefined;
        while (proto && !(desc = Object.getOwnPropertyDescriptor(proto, prop)))
          proto = Object.getPrototypeOf(proto);
        const get = desc?.get;
        if (!get) continue;
        Object.defineProperty(el, prop, {
          configurable: true,
          get() {
            wholeReads++;
            return get.call(this);
          },
        });
      }
    }
    return { doc, steps, wholeReads: () => wholeReads };
  }

  // Counted, not timed: what guards against walking the whole page is how much of it is read.
  it('stays within its sample on a huge page: no text of an English one, a few paragraphs of a Chinese one', () => {
    const body = '<div>' + p('lorem ipsum dolor sit amet '.repeat(20)).repeat(5000) + '</div>';
    const english = watched(page('Big page', body, '', 'en'));
    expect(isLikelyPoliticalNews(english.doc)).toBe(false);
    expect([english.steps(), english.wholeReads()]).toEqual([0, 0]);
    const chinese = watched(page('一个很大的页面', body));
    expect(isLikelyPoliticalNews(chinese.doc)).toBe(false);
    // 4,000 characters of paragraph text fill the sample after a few of the 5,000 paragraphs.
    expect(chinese.steps()).toBeGreaterThan(0);
    expect(chinese.steps()).toBeLessThanOrEqual(20);
    expect(chinese.wholeReads()).toBe(0);
  });
});

// Corpus: PROVENANCE.md tags each page political (Y) or not (n).
const corpus = path.resolve(__dirname, '../../../../shared/corpus');
const provenance = readFileSync(path.join(corpus, 'PROVENANCE.md'), 'utf8');
const tagged = new Map(
  [...provenance.matchAll(/^\| pages\/(\S+\.html) \|(?:[^|]*\|){4} (Y|n) \|/gm)].map((m) => [
    m[1] ?? '',
    m[2] === 'Y',
  ]),
);
const load = (f: string): Document => documentFromBytes(readFileSync(path.join(corpus, 'pages', f)));

/** Not political by content: technology, science, a poem column, a traffic notice. */
const OBVIOUSLY_NOT = [
  'rdb_qq_deepmind.html',
  'rdb_gmw_space.html',
  'gne_people_culture.html',
  'gne_163_traffic_gb.html',
];

describe('isLikelyPoliticalNews on the corpus', () => {
  const pages = readdirSync(path.join(corpus, 'pages')).filter((f) => f.endsWith('.html'));
  // Untagged pages are the two seed pages, both district/city congress news.
  const political = pages.filter((f) => tagged.get(f) ?? f.startsWith('seed_'));
  it('knows the tags', () => expect(political.length).toBeGreaterThan(25));
  it.each(political)('%s → true', (f) => expect(isLikelyPoliticalNews(load(f))).toBe(true));
  it.each(OBVIOUSLY_NOT)('%s → false', (f) => expect(isLikelyPoliticalNews(load(f))).toBe(false));
});
