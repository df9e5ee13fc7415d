// 来源 (source) and byline lines: "来源：新华社", "稿件来源： 河北日报", "作者：X",
// "记者 X", "责任编辑：X". A value ends at the next label or at a space. Labels are read in
// simplified characters (來源 is 来源), values taken as the page writes them.
import { toSimplified } from '../core/script';
import { isPhotoCredit } from './tidy';

/** Labels that end a value on the same line (来源：A 作者：B 责任编辑：C 浏览次数：9). */
const NEXT_LABEL =
  /\s|(?:19|20)\d{2}[-/.年]|[|｜【[]|(?:本文|稿件|文章|信息|新闻)?来源|作者|记者|通讯员|责任编辑|责编|编辑|摄影|发布|时间|日期|浏览|点击|阅读|字号|分享|打印|关闭/;

/** The value after a label at `at`: `simplified` is `line` in simplified characters, of the same length. */
function valueAfter(line: string, simplified: string, at: number): string {
  const lead = /^[\s:：]*/.exec(simplified.slice(at))?.[0].length ?? 0;
  const from = at + lead;
  const end = simplified.slice(from).search(NEXT_LABEL);
  return cleanValue(end < 0 ? line.slice(from) : line.slice(from, from + end));
}

function cleanValue(v: string): string {
  return (
    v
      .trim()
      // A place or channel in brackets after the name: 财经网(北京).
      .replace(/\s*[（(][^（）()]{1,12}[)）]$/, '')
      .replace(/^[“"「『《·•\-—|｜:：,，、]+|[”"」』》]+$/g, '')
      .replace(/[\s,，;；。.、:：|｜)）\]】]+$/, '')
      .trim()
  );
}

/** Source lines: 来源：X, 来源于：X, 稿件来源：X, 本文来源：X. Not 图片来源 (image credits). */
const SOURCE = /(?<![图片视频数据])(?:(?:本文|稿件|文章|信息|新闻)?来源(?:于|自)?|稿源)\s*[:：]/;

/** The 来源 a line names, or null. */
export function sourceFromLine(line: string): string | null {
  if (line.length > 160) return null;
  const simplified = toSimplified(line);
  const m = SOURCE.exec(simplified);
  if (!m) return null;
  const v = valueAfter(line, simplified, m.index + m[0].length);
  return v.length >= 2 && v.length <= 40 ? v : null;
}

const AUTHOR = /(?:作者|撰文|(?:^|[【（([\s])文)\s*[:：/︱|丨]\s*/;
const REPORTER = /(?:^|[\s（(【[|｜])(?:[\u4e00-\u9fff·]{0,8}记者|通讯员)\s*[:：]?\s*/;
const EDITOR = /(?:责任编辑|责编|编辑)\s*[:：/︱|丨]\s*/;

/** A byline (author, reporter, else editor) named by a line, or null. */
export function bylineFromLine(
  line: string,
): { kind: 'author' | 'reporter' | 'editor'; name: string } | null {
  // A photo credit names the photographer, not the article's author.
  if (line.length > 100) return null;
  const simplified = toSimplified(line);
  if (isPhotoCredit(simplified)) return null;
  for (const [kind, re] of [
    ['author', AUTHOR],
    ['reporter', REPORTER],
    ['editor', EDITOR],
  ] as const) {
    const m = re.exec(simplified);
    if (!m) continue;
    const from = m.index + m[0].length;
    const rest = line.slice(from);
    // A byline lists names: stop at the next label, keep 、-separated co-authors.
    const end = simplified
      .slice(from)
      .search(/[|｜【[（(]|(?:本文|稿件)?来源|责任编辑|责编|编辑|摄影|发布|时间|日期|浏览|\s{2,}/);
    const name = cleanValue(end < 0 ? rest : rest.slice(0, end));
    // Reporters and editors are listed by name; an author may carry a description.
    const names =
      /^(?:[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z ._-]{1,30})(?:[、，,\s]+(?:[\u4e00-\u9fff·]{2,5}|[A-Za-z][A-Za-z ._-]{1,30}))*$/;
    if (kind !== 'author' && !names.test(name)) continue;
    if (name.length >= 2 && name.length <= 40 && !/[。！？:：]/.test(name)) return { kind, name };
  }
  return null;
}
