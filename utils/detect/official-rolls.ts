// Rolls: names printed under a heading that gives their shared post, the way decisions and session
// bulletins publish them (主席团常务主席名单（按姓氏笔画排列）：王小明 李建军 张红梅). Each listed name
// holds the heading's post.
import type { OfficialHit } from './officials';
import { delimitedName } from './official-names';
import { isPublicBody, isPublicPost, postEndingAt } from './official-posts';
import { isHan } from './text';

/** 名单 and the words that may follow it before the names: a note in brackets, a colon. */
const HEADING = /名单(?:[（(][^）)\n]{0,20}[）)])?[：:]?[ \u3000\u00a0]*\n?[ \u3000\u00a0]*/g;
/** Lists of people not (yet) in the post: candidates, drafts, proposals. */
const NOT_YET = /候选人|草案|建议|推荐|拟/;
/** Between two names of a roll. */
const GAP = /^(?:[、，,]|[ \u3000\u00a0]+|\n)/;
/** Fewer names than this read as a sentence, not a roll. */
const MIN_NAMES = 2;
const MAX_HEAD = 30;

/** The post a roll's heading names (主席团常务主席; 主席团成员), from the words ending at `end`. */
function headingPost(text: string, end: number, context: boolean): string | undefined {
  const before = text.slice(Math.max(0, end - MAX_HEAD), end);
  if (NOT_YET.test(before.slice(-12))) return undefined;
  const post = postEndingAt(text, end);
  if (post && post.title.length > post.rank.length && isPublicPost(post, context)) return post.title;
  // 主席团成员, 常委会组成人员: members of a public body.
  const member = /(?:成员|组成人员)$/.exec(before);
  if (!member) return undefined;
  let b = end - member[0].length;
  while (b > end - MAX_HEAD && isHan(text[b - 1])) b--;
  const body = text.slice(b, end - member[0].length);
  return body && isPublicBody(body) ? text.slice(b, end) : undefined;
}

/** The whole name item at `p`, closed by a gap or a mark, or undefined. */
function itemAt(text: string, p: number): string | undefined {
  let e = p;
  while (e < text.length && e - p <= 4 && isHan(text[e])) e++;
  const next = text[e];
  if (next !== undefined && isHan(next)) return undefined;
  return delimitedName(text.slice(p, e));
}

export function findRollHits(text: string, context: boolean): OfficialHit[] {
  const hits: OfficialHit[] = [];
  for (const m of text.matchAll(HEADING)) {
    const title = NOT_YET.test(m[0]) ? undefined : headingPost(text, m.index, context);
    if (!title) continue;
    const names: OfficialHit[] = [];
    let at = m.index + m[0].length;
    for (;;) {
      const name = itemAt(text, at);
      if (!name) break;
      names.push({ name, titles: [title], start: at, end: at + name.length });
      at += name.length;
      const gap = GAP.exec(text.slice(at, at + 4))?.[0];
      if (!gap) break;
      at += gap.length;
    }
    if (names.length >= MIN_NAMES) hits.push(...names);
  }
  return hits;
}
