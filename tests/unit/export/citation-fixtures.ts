// Three pages for the citation tests: one with a byline naming two people (one with a compound
// surname) and the site's own name; one whose byline is a unit, cited under the host name; one
// with no date, byline or source.
import { citationItem, type CitationSource, type CslItem } from '../../../utils/export/citation';

export const WITH_BYLINE: CitationSource = {
  url: 'https://rd.example.gov.cn/a/1.html',
  title: '区委召开人大工作会议:书写新时代高质量发展“人大答卷”',
  published: '2022-07-01',
  source: '天宁人大',
  site: 'rd.example.gov.cn',
  byline: '记者 张三 欧阳修',
  siteName: '天宁区人大',
  accessed: '2026-12-01',
};

export const UNIT_BYLINE: CitationSource = {
  url: 'https://rd.example.gov.cn/a/2.html',
  title: '市人大常委会召开主任会议',
  published: '2022-07-02',
  source: '区人大办',
  site: 'rd.example.gov.cn',
  byline: '区人大办',
  accessed: '2026-12-01',
};

export const NO_DATE: CitationSource = {
  url: 'https://rd.example.gov.cn/a/3.html',
  title: '代表名单',
  published: null,
  source: null,
  site: 'rd.example.gov.cn',
  accessed: '2026-12-01',
};

export const ITEMS: CslItem[] = [WITH_BYLINE, UNIT_BYLINE, NO_DATE].map(citationItem);
