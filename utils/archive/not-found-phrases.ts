// What a page says when the article it had is gone but the site still answers 200 (a "soft
// 404"): the wording of Chinese government and news CMS error pages, and the English of generic
// server pages. Each entry: the phrase (matched folded, so traditional forms need no entry of
// their own) and where such pages say it. tests/unit/archive/not-found-phrases.test.ts checks
// the format. Written from the error pages of common site templates, not from a labelled set.
export interface NotFoundPhrase {
  phrase: string;
  /** Where pages say it. */
  seen: string;
}

export const NOT_FOUND_PHRASES: readonly NotFoundPhrase[] = [
  { phrase: '页面不存在', seen: 'the error page of most government site templates ("您访问的页面不存在")' },
  { phrase: '页面未找到', seen: 'error pages of CMS templates ("抱歉，页面未找到")' },
  { phrase: '找不到页面', seen: 'error pages ("抱歉，找不到页面")' },
  { phrase: '找不到该页面', seen: 'error pages ("对不起，找不到该页面")' },
  { phrase: '无法找到该页', seen: 'error pages of IIS-hosted sites ("无法找到该页")' },
  { phrase: '信息已删除', seen: 'news CMS notices for withdrawn items ("该信息已删除")' },
  { phrase: '信息不存在', seen: 'news CMS notices ("您查看的信息不存在或已删除")' },
  { phrase: '文章不存在', seen: 'article pages of news CMS ("文章不存在或已被删除")' },
  { phrase: '内容不存在', seen: 'news CMS notices ("该内容不存在或已下线")' },
  { phrase: '已被删除', seen: 'news CMS notices ("该文章已被删除")' },
  { phrase: '已撤稿', seen: 'news sites\' notices for retracted reports ("该稿件已撤稿")' },
  { phrase: '已下线', seen: 'news CMS notices ("该内容已下线")' },
  { phrase: '访问的网页不存在', seen: 'error pages ("您所访问的网页不存在")' },
  { phrase: '404 not found', seen: 'the default error page of nginx and Apache' },
  { phrase: 'page not found', seen: 'English error pages of CMS templates' },
  { phrase: '错误404', seen: 'error pages titled "错误404"' },
];
