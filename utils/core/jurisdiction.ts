// A post written without its place (区委书记, 副市长, 县人武部部长) is a different office on
// each district's pages. The officials index keys such a post with the page's place, so
// that 天宁区's 区委书记 and 武进区's stay two posts; when the page does not name one place of
// that level it keeps them apart by what it does know (the place its source names, else
// the site), never merging two places into one. Pure and dependency-free: the store
// builds the index with it, anything else may show the same post names.

/** What a page record says about where it is from (a subset of PageRecord). */
export interface PlaceEvidence {
  title: string;
  source: string | null;
  site: string;
  officials: readonly { titles: readonly string[] }[];
  meetings: readonly { name: string }[];
}

/** A post as the index keys it. */
export interface PlacedPost {
  /** With its place: as written when it names one (天宁区委书记), else composed (区委书记 → 天宁区委书记). */
  title: string;
  /** Set when the place could not be written into the post: the source's place (天宁) or the site. */
  where?: string;
}

const LEVELS = '街道|[省市区县旗盟镇乡]';
/**
 * 区委书记, 副区长, 常务副市长: a title that starts at its level. Not 市场监管局 (market) nor
 * 区域 (region), 县级 or 省部级, which start with the same characters but name no level.
 */
const BARE = new RegExp(`^((?:常务)?副)?(${LEVELS})(?!场|域|级|部级|直|民)`);
/**
 * One link of a chain of places (常州市|天宁区): a short name, then its level. The name holds
 * no level character and none of the function words and verbs that open a headline
 * (召开区委会议, 调研区人大工作 name no place); 和 only as its first character (和平区, not 中央和省).
 */
const NAME_CHAR = '[^省市区县旗盟镇乡和与及的在对是为之等了到赴向召见调视察持举访彻落席参入推习展副]';
const PLACE = new RegExp(`^((?:和${NAME_CHAR}{1,3}?|${NAME_CHAR}{1,4}?))(${LEVELS})`);
/** Words before a place that are not part of it (中共常州市委, 政协昆明市…). */
const LEAD = /^(?:中国共产党|中共|政协)/;
/** 我区, 全省, 该县: a one-character "name" that only points at the place. */
const DEICTIC = /^[我全本该各两此每这那其外城社园景小新山郊地]$/;
/** A source that names a place by an organ or a local brand (天宁人大, 掌上绥德, 山西日报). */
const SOURCE_PLACE =
  /^(掌上|今日|魅力|微|中共)?([\u4e00-\u9fff]{2,3}?)(人大|政协|政府|发布|融媒|新闻|日报|晚报|纪委|组工|党建|宣传|在线|广电|电视台)?$/;
/** Source names that are papers or brands, not places (人民日报, 经济日报). */
const NOT_PLACES = new Set(
  '人民 中国 光明 经济 法制 法治 工人 农民 青年 解放 科技 新华 南方 中央 全国 环球 国际 财经 证券 金融 体育 健康 文化 教育 每日 今日'.split(
    ' ',
  ),
);

/** The places named in a text, with their levels: 中共常州市天宁区委 → 常州市 (市), 天宁区 (区). */
export function placesIn(text: string): { place: string; level: string }[] {
  const out: { place: string; level: string }[] = [];
  // A place starts a run of Chinese text (after punctuation, a digit or the start), follows
  // another (常州市天宁区), or follows 和 and the like after one (天宁区与武进区).
  for (const run of text.split(/[^\u4e00-\u9fff]+|(?<=街道|[省市区县旗盟镇乡])[和与及同]/)) {
    let rest = run.replace(LEAD, '');
    for (let m = PLACE.exec(rest); m; m = PLACE.exec(rest)) {
      const [whole, name = '', level = ''] = m;
      if (DEICTIC.test(name)) break;
      out.push({ place: whole, level });
      rest = rest.slice(whole.length);
    }
  }
  return out;
}

/** The place a page's source names without its level (天宁人大 → 天宁), or null. */
export function sourcePlace(source: string | null): string | null {
  const m = SOURCE_PLACE.exec(source?.trim() ?? '');
  if (!m || (!m[1] && !m[3])) return null;
  const name = m[2] ?? '';
  return NOT_PLACES.has(name) || new RegExp(LEVELS).test(name) ? null : name;
}

/** Everything a page's record says about its places, read once per page. */
export interface PagePlaces {
  /** Level → the distinct places of that level named on the page. */
  byLevel: Map<string, Set<string>>;
  source: string | null;
  site: string;
}

export function pagePlaces(page: PlaceEvidence): PagePlaces {
  // Not the other officials' titles: a page reporting on several provinces may write the
  // place of one of them only (四川省长 beside another province's bare 省委书记).
  const texts = [page.source ?? '', page.title, ...page.meetings.map((m) => m.name)];
  return { byLevel: byLevel(texts), source: sourcePlace(page.source), site: page.site };
}

function byLevel(texts: readonly string[]): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const { place, level } of placesIn(text)) {
      let set = out.get(level);
      if (!set) out.set(level, (set = new Set()));
      set.add(place);
    }
  }
  return out;
}

/**
 * The post a title names on a page. A title that names its place, or no level at all
 * (总书记, 副院长), is kept as written. A title that starts at its level (区委书记) takes the
 * one place of that level that the official's other titles name (王凯: 河南省委副书记, 省长),
 * else the one that the page's source, headline and meetings name (天宁区委书记); when they
 * name none, or several, it is told apart by the source's place or else the site.
 */
export function placePost(
  title: string,
  places: PagePlaces,
  sameOfficial: readonly string[] = [],
): PlacedPost {
  const bare = BARE.exec(title);
  if (!bare) return { title };
  const [, deputy, level = ''] = bare;
  const own = byLevel(sameOfficial).get(level);
  const candidates = own?.size === 1 ? own : places.byLevel.get(level);
  if (candidates?.size === 1) {
    const [place = ''] = candidates;
    // 区委书记 → 天宁区 + 委书记; 副区长 keeps its level after the place (天宁区副区长).
    return { title: deputy ? place + title : place + title.slice(level.length) };
  }
  const where = places.source ?? places.site;
  return where ? { title, where } : { title };
}

/** A post's key in the index: two posts are one when both name and what tells them apart agree. */
export function postKey(post: PlacedPost): string {
  return post.where === undefined ? post.title : `${post.title}\u0000${post.where}`;
}
