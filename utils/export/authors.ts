// The authors a byline names, as CSL names. A byline on a Chinese news page is whatever the page
// put after 作者 or 记者: people (张三、李四), a unit (区人大办, 医技药剂党支部), a site (网易), a
// description and a name (观察者网专栏作者 王文), or a pen name. Only people are authors: a unit
// or a site there is not who wrote the article, and GB/T 7714 and Chicago would print it as one.
import { toSimplified } from '../core/script';
import { compoundSurnames, surnames } from '../detect/data/lists';

export type CslName = { family: string; given: string } | { literal: string };

const SURNAMES = new Set(surnames);
const COMPOUND_SURNAMES = new Set(compoundSurnames);

/** Between the names of a byline. Not the middle dots of names such as 买买提·艾力. */
const SEPARATOR = /[\s、，,；;／/|｜]+/;
/**
 * A role written against a name (记者张三, 通讯员：李四), dropped to leave the name. 文 and 图 only
 * with their colon: 文天祥 is a name.
 */
const ROLE =
  /^(?:(?:本报|本台|本网|新华社|人民网)?(?:特约|实习|见习|融媒)?(?:记者|通讯员|评论员|作者|撰文|摄影|摄像|编辑|责任编辑|责编)[:：]?|[文图][:：/])/;
/** Words that make a short run of characters a unit, a title or a medium, not a person. */
const NOT_PERSON = /人大|政府|政协|中心|支部|新闻|日报|晚报|记者|通讯员|编辑|融媒|频道|客户端|发布|宣传|网站/;
/** The last character of a unit's name (区人大办, 宣传部, 黄山网, 新京报, 研究室). */
const UNIT_END = /[办委局部室处厅署社报网台站刊所院馆]$/;
const HAN_NAME = /^[\u3400-\u9fff]{2,4}$/;
/** A name of a Uyghur, Tibetan or other minority person written with a middle dot. */
const DOTTED_NAME = /^[\u3400-\u9fff]{1,8}(?:[·•・．][\u3400-\u9fff]{1,8})+$/;

/** The CSL name of one token of a byline, or null when the token is not a person's name. */
export function personName(token: string): CslName | null {
  const name = token.replace(ROLE, '');
  if (DOTTED_NAME.test(name)) return { literal: name };
  if (!HAN_NAME.test(name) || NOT_PERSON.test(name) || UNIT_END.test(name)) return null;
  const simplified = toSimplified(name);
  // A compound surname only when a given name follows it: 欧阳修, but 欧阳 alone is 欧 阳.
  const family = name.length >= 3 && COMPOUND_SURNAMES.has(simplified.slice(0, 2)) ? 2 : 1;
  if (family === 1 && !SURNAMES.has(simplified.charAt(0))) return null;
  return { family: name.slice(0, family), given: name.slice(family) };
}

/**
 * The people a byline names, in its order and each once. Family and given names are split (张 三)
 * rather than kept whole: GB/T 7714 and Chicago print 张三 either way, and Zotero then files the
 * name in its two fields as Chinese names are filed there, sorted by family name.
 */
export function bylineAuthors(byline: string | null | undefined): CslName[] {
  const out: CslName[] = [];
  const seen = new Set<string>();
  for (const token of (byline ?? '').split(SEPARATOR)) {
    const name = personName(token.trim());
    if (!name) continue;
    const key = 'literal' in name ? name.literal : name.family + name.given;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(name);
  }
  return out;
}
