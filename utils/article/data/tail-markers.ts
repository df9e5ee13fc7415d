// Headings that start a "related reading" block after the article. A line that
// begins with one of these, at the end of the text, is not part of the article.
// One entry per line, sorted, unique, no blanks (checked by a test).
export default `
上一篇
下一篇
关注公众号
延伸阅读
往期回顾
往期推荐
推荐阅读
热点推荐
热门推荐
猜你喜欢
相关报道
相关文章
相关新闻
相关链接
相关阅读
精彩推荐
阅读下一篇
`;
