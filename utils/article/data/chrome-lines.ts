// Lines that are page furniture wherever they appear in the article text (share
// buttons, print links, player labels). Compared without spaces, case-insensitive.
// One entry per line, sorted, unique, no blanks (checked by a test).
export default `
+1
play video
【关闭】
【字体：大中小】
【字号：大中小】
【打印】
【纠错】
上一篇
下一篇
关闭
关闭窗口
分享
分享到
分享到：
分享：
图集
字体：大中小
字号：大中小
打印
打印本页
扫一扫
收藏
点击查看大图
点赞
精彩视频推荐
纠错
转播到腾讯微博
返回顶部
返回首页
阅读下一篇
阅读下一篇：
`;
