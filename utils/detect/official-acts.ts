// Posts given by an act in the text (GUIDELINES.md, "Posts given by an act"): a person elected,
// appointed or relieved holds that post for the labels. 选举陈杰为宝山区区长, 任命纪道清同志为副县长、
// 代理县长, 王岚当选为长宁区区长, 李文中被任命为联络站站长, 接受蔡贤忠同志辞去县长职务, 免去张三的局长职务;
// 并决定其为代理市长 gives the post to the person of the act before it in the sentence.
import type { OfficialHit } from './officials';
import { chineseNameAt, delimitedName, nameEndingAt } from './official-names';
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
const COUNTED = /等[\d一二三四五六七八九十两]{1,3}(?:人|名|位)(?:同志)?$/;
/** At most this many names are read back from a count (a roll is longer only in a table). */
const MAX_COUNTED = 40;

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
  const out: Person[] = [];
  let start = from;
  for (const piece of words.split('、')) {
    const bare = piece.endsWith('同志') ? piece.slice(0, -2) : piece;
    const name = delimitedName(bare);
    if (name) out.push({ name, start });
    else if (words.includes('、')) return [];
    start += piece.length + 1;
  }
  if (out.length) return out;
  const end = words.endsWith('同志') ? at - 2 : at;
  const name = nameEndingAt(text, end);
  return name && postEndingAt(text, end - name.length) ? [{ name, start: end - name.length }] : [];
}

/** The names joined by 、 that end at `end` (周晴华、唐凌峰、曹卫东), first one first; none unless all read as names. */
function listedBefore(text: string, end: number): Person[] {
  const out: Person[] = [];
  let at = end;
  while (out.length < MAX_COUNTED) {
    let b = at;
    while (b > at - 4 && /[\u3400-\u9fff]/.test(text[b - 1] ?? '')) b--;
    // The first name may run on from the words before it (产生了李四、): then its usual lengths.
    const whole = b < at - 1 && !/[\u3400-\u9fff]/.test(text[b - 1] ?? '') ? [at - b] : [];
    const len = [...whole, 3, 2].find((n) => n <= at - b && delimitedName(text.slice(at - n, at)));
    if (len === undefined) return text[at] === '、' ? [] : out.reverse();
    out.push({ name: text.slice(at - len, at), start: at - len });
    if (text[at - len - 1] !== '、') break;
    at = at - len - 1;
  }
  return out.reverse();
}

/** People at `p` followed by 为 and their post (、李忠兴为闵行区监察委员会主任), or undefined. */
function nextPair(text: string, p: number): { people: Person[]; post: number } | undefined {
  const wei = text.indexOf('为', p);
  if (wei < 0 || wei - p > 16) return undefined;
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
    if (text.slice(end - 2, end) === '同志') end -= 2;
    const titles = actPosts(text, m.index + m[0].length, context).titles;
    // 周晴华、唐凌峰、曹卫东等3人当选: the people counted before the act.
    const counted = COUNTED.exec(text.slice(Math.max(0, end - 8), end));
    if (counted) {
      add(listedBefore(text, end - counted[0].length), titles);
      continue;
    }
    const name = nameEndingAt(text, end);
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
