// Posts given by an act in the text (GUIDELINES.md, "Posts given by an act"): a person elected,
// appointed or relieved holds that post for the labels. 选举陈杰为宝山区区长, 任命纪道清同志为副县长、
// 代理县长, 王岚当选为长宁区区长, 李文中被任命为联络站站长, 接受蔡贤忠同志辞去县长职务, 免去张三的局长职务;
// 并决定其为代理市长 gives the post to the person of the act before it in the sentence.
import type { OfficialHit } from './officials';
import { chineseNameAt, delimitedName, listedNames, nameEndingAt } from './official-names';
import { isPublicBody, isPublicPost, postEndingAt } from './official-posts';

/** Acts whose object is the person, then 为 and the post (选举X为Y). */
const APPOINT = /(?:选举|补选|任命|推选|提名|决定)/g;
/** Acts written after the person, then the post (X当选为Y, X被任命为Y). */
const ELECTED = /(?:当选为|当选|被(?:选举|补选|任命|推选|选|提名|决定任命)为)/g;
/** The person gives up or is relieved of the post (X辞去Y职务, 免去X的Y职务). */
const RESIGN = /辞去/g;
const REMOVE = /免去/g;
/** What ends the words naming a post in an act. */
const POST_END = /^(?:[，,。；;！!？?\s：:（(）)的并和及]|职务|职位)/;
const MAX_POST = 30;
/** 等3人, 等三名同志: a count closing a list of the people it counts. */
const COUNTED = /等[\d一二三四五六七八九十两]{1,3}(?:人|名|位)(?:同志|代表|委员)?$/;
/** The vote by which a person was elected, written between the name and 当选. */
const VOTE_BEFORE = /以(?:全票|高票|满票|[\d一二三四五六七八九十百]{1,4}票(?:的(?:高|全|满)票)?)$/;
/** At most this many names are read back from a count (a roll is longer only in a table). */
const MAX_COUNTED = 40;
/** The longest list of names an act is read across (some forty names). */
const MAX_LIST = 200;

/** The title of a post written from `start` to `end` (市人大常委会副主任; 联络站站长), or undefined. */
function actPost(text: string, start: number, end: number, context: boolean): string | undefined {
  if (end - start < 2) return undefined;
  const post = postEndingAt(text, end);
  if (post) {
    const p = post.start >= start ? post : { ...post, start, title: text.slice(start, end) };
    return isPublicPost(p, context) ? p.title : undefined;
  }
  // The act makes it a post: a head (站长, 所长) of a public body.
  const words = text.slice(start, end);
  return words.endsWith('长') && words.length > 2 && isPublicBody(words.slice(0, -1)) ? words : undefined;
}

/** The posts written from `q` (县人民政府副县长、代理县长), and where they end. */
function actPosts(text: string, q: number, context: boolean): { titles: string[]; end: number } {
  const titles: string[] = [];
  let i = q;
  let pieceStart = q;
  while (i <= text.length && i - q <= MAX_POST) {
    const rest = text.slice(i, i + 2);
    if (i === text.length || text[i] === '、' || POST_END.test(rest)) {
      const title = actPost(text, pieceStart, i, context);
      if (title) titles.push(title);
      if (i === text.length || text[i] !== '、' || nextPair(text, i + 1)) break;
      pieceStart = i + 1;
    }
    i++;
  }
  return { titles, end: i };
}

interface Person {
  name: string;
  start: number;
}

/**
 * The people of an act, written from `from` to 为 at `at`: names joined by 、 (李四、赵六为副主任), or
 * one name with its own post before it (县委副书记纪道清同志为).
 */
function persons(text: string, from: number, at: number): Person[] {
  const words = text.slice(from, at);
  if (!/^[\u3400-\u9fff、]+$/.test(words)) return [];
  const pieces = words.split('、').map((piece) => (piece.endsWith('同志') ? piece.slice(0, -2) : piece));
  if (pieces.length > 1) {
    const names = listedNames(pieces);
    if (!names) return [];
    let start = from;
    return words.split('、').map((piece, i) => {
      const person = { name: names[i] ?? '', start };
      start += piece.length + 1;
      return person;
    });
  }
  const name = delimitedName(pieces[0] ?? '');
  if (name) return [{ name, start: from }];
  const end = words.endsWith('同志') ? at - 2 : at;
  const before = nameEndingAt(text, end);
  return before && postEndingAt(text, end - before.length)
    ? [{ name: before, start: end - before.length }]
    : [];
}

/** The names joined by 、 that end at `end` (周晴华、唐凌峰、曹卫东), first one first; none unless all read as names. */
function listedBefore(text: string, end: number): Person[] {
  const items: { start: number; end: number }[] = [];
  let at = end;
  while (items.length < MAX_COUNTED) {
    let b = at;
    while (b > at - 4 && isHanAt(text, b - 1) && !(items.length === 0 && LAST_JOIN.has(text[b - 1] ?? '')))
      b--;
    // The first name may run on from the words before it (产生了李四、): then its usual lengths.
    const closed =
      !isHanAt(text, b - 1) ||
      text[b - 1] === '、' ||
      (items.length === 0 && LAST_JOIN.has(text[b - 1] ?? ''));
    const len =
      closed && at - b >= 2
        ? at - b
        : [3, 2].find((n) => n <= at - b && delimitedName(text.slice(at - n, at)));
    if (!len) break;
    items.push({ start: at - len, end: at });
    const sep = text[at - len - 1] ?? '';
    // 张志伟和刘丹: the last two names joined by a word.
    if (sep !== '、' && !(items.length === 1 && LAST_JOIN.has(sep) && isHanAt(text, at - len - 2))) break;
    at = at - len - 1;
  }
  items.reverse();
  const names = listedNames(items.map((i) => text.slice(i.start, i.end)));
  if (!names) return [];
  return items.map((i, k) => ({ name: names[k] ?? '', start: i.start }));
}

/** Where the words ending at `end` start after a mark, or -1 when they run on from other words. */
function lastMark(text: string, end: number): number {
  let b = end;
  while (b > end - 5 && isHanAt(text, b - 1)) b--;
  return b < end - 4 || (b > 0 && isHanAt(text, b - 1)) ? -1 : b;
}

const isHanAt = (text: string, i: number): boolean => /[\u3400-\u9fff]/.test(text[i] ?? '');
/** Words that join the last name of a list to the one before it. */
const LAST_JOIN = new Set(['和', '及', '与']);

/** People at `p` followed by 为 and their post (、李忠兴为闵行区监察委员会主任), or undefined. */
function nextPair(text: string, p: number): { people: Person[]; post: number } | undefined {
  const wei = text.indexOf('为', p);
  // One person with a post of their own before the name, or a list of names (a roll elected at once).
  if (wei < 0 || wei - p > (text.slice(p, wei).includes('、') ? MAX_LIST : 16)) return undefined;
  const people = persons(text, p, wei);
  return people.length ? { people, post: wei + 1 } : undefined;
}

export function findActHits(text: string, context: boolean): OfficialHit[] {
  const hits: OfficialHit[] = [];
  const add = (people: readonly Person[], titles: string[]): void => {
    if (titles.length)
      for (const { name, start } of people) hits.push({ name, titles, start, end: start + name.length });
  };
  for (const m of text.matchAll(APPOINT)) {
    let pair = nextPair(text, m.index + m[0].length);
    if (!pair) continue;
    let posts = actPosts(text, pair.post, context);
    add(pair.people, posts.titles);
    let last = posts.titles.length ? pair.people : [];
    // 选举陈宇剑为闵行区区长、李忠兴为闵行区监察委员会主任: more pairs after the first.
    while ('、，,'.includes(text[posts.end] ?? 'x')) {
      pair = nextPair(text, posts.end + 1);
      if (!pair) break;
      posts = actPosts(text, pair.post, context);
      add(pair.people, posts.titles);
      if (posts.titles.length) last = pair.people;
    }
    // 并决定其为代理市长: 其 is the person of the act before, in the same sentence.
    const clause = /^[，,]并?(?:决定|任命)?其为/.exec(text.slice(posts.end, posts.end + 8));
    if (clause) add(last, actPosts(text, posts.end + clause[0].length, context).titles);
  }
  for (const m of text.matchAll(ELECTED)) {
    let end = m.index;
    // 邓泽佳以190票的高票当选为, 张三以全票当选: the vote between the person and the act.
    const vote = VOTE_BEFORE.exec(text.slice(Math.max(0, end - 16), end));
    if (vote) end -= vote[0].length;
    if (text.slice(end - 2, end) === '同志') end -= 2;
    const titles = actPosts(text, m.index + m[0].length, context).titles;
    // 周晴华、唐凌峰、曹卫东等3人当选: the people counted before the act.
    const counted = COUNTED.exec(text.slice(Math.max(0, end - 10), end));
    const listed = listedBefore(text, counted ? end - counted[0].length : end);
    if (counted || listed.length > 1) {
      add(listed, titles);
      continue;
    }
    // ；黎纲要当选为: a name the marks delimit needs less from its characters (纲要 is also a word).
    const name = listed[0]?.start === lastMark(text, end) ? listed[0]?.name : nameEndingAt(text, end);
    if (name) add([{ name, start: end - name.length }], titles);
  }
  for (const m of text.matchAll(RESIGN)) {
    let end = m.index;
    if (text.slice(end - 2, end) === '同志') end -= 2;
    const name = nameEndingAt(text, end);
    const posts = actPosts(text, m.index + m[0].length, context);
    if (name && text.startsWith('职务', posts.end)) add([{ name, start: end - name.length }], posts.titles);
  }
  for (const m of text.matchAll(REMOVE)) {
    const p = m.index + m[0].length;
    const name = chineseNameAt(text, p);
    if (!name) continue;
    const q = p + name.length + (/^(?:同志)?的?/.exec(text.slice(p + name.length))?.[0].length ?? 0);
    const posts = actPosts(text, q, context);
    if (text.startsWith('职务', posts.end)) add([{ name, start: p }], posts.titles);
  }
  return hits;
}
