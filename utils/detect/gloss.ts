// English glosses of Chinese posts, composed from parts: rank + level + body
// (区委书记 → "Secretary, District Party Committee"). Parts the tables do not know stay in Chinese.

const RANK: Record<string, string> = {
  书记: 'Secretary',
  副书记: 'Deputy Secretary',
  总书记: 'General Secretary',
  第一书记: 'First Secretary',
  常委: 'Standing Committee Member',
  党组成员: 'Member of the Party Leadership Group',
  委员: 'Member',
  主任: 'Director',
  副主任: 'Deputy Director',
  常务副主任: 'Executive Deputy Director',
  秘书长: 'Secretary-General',
  副秘书长: 'Deputy Secretary-General',
  委员长: 'Chairman',
  副委员长: 'Vice-Chairman',
  主任委员: 'Chair',
  副主任委员: 'Vice-Chair',
  人大代表: "People's Congress Deputy",
  党代表: 'Party Congress Delegate',
  政协委员: 'CPPCC Member',
  省长: 'Governor',
  副省长: 'Vice-Governor',
  常务副省长: 'Executive Vice-Governor',
  代省长: 'Acting Governor',
  市长: 'Mayor',
  副市长: 'Vice-Mayor',
  常务副市长: 'Executive Vice-Mayor',
  代市长: 'Acting Mayor',
  区长: 'District Head',
  副区长: 'Deputy District Head',
  常务副区长: 'Executive Deputy District Head',
  代区长: 'Acting District Head',
  县长: 'County Head',
  副县长: 'Deputy County Head',
  常务副县长: 'Executive Deputy County Head',
  代县长: 'Acting County Head',
  镇长: 'Town Head',
  副镇长: 'Deputy Town Head',
  乡长: 'Township Head',
  副乡长: 'Deputy Township Head',
  州长: 'Prefecture Governor',
  副州长: 'Deputy Prefecture Governor',
  旗长: 'Banner Head',
  副旗长: 'Deputy Banner Head',
  盟长: 'League Head',
  局长: 'Director',
  副局长: 'Deputy Director',
  厅长: 'Director',
  副厅长: 'Deputy Director',
  部长: 'Minister',
  副部长: 'Vice-Minister',
  常务副部长: 'Executive Vice-Minister',
  总理: 'Premier',
  副总理: 'Vice-Premier',
  国务委员: 'State Councilor',
  署长: 'Administrator',
  副署长: 'Deputy Administrator',
  司长: 'Director-General',
  副司长: 'Deputy Director-General',
  主席: 'Chair',
  副主席: 'Vice-Chair',
  执行主席: 'Executive Chair',
  院长: 'President',
  副院长: 'Vice-President',
  常务副院长: 'Executive Vice-President',
  检察长: 'Chief Procurator',
  副检察长: 'Deputy Chief Procurator',
  总检察长: 'Procurator-General',
  庭长: 'Chief Judge',
  副庭长: 'Deputy Chief Judge',
  政委: 'Political Commissar',
  副政委: 'Deputy Political Commissar',
  司令员: 'Commander',
  副司令员: 'Deputy Commander',
  行政长官: 'Chief Executive',
  特首: 'Chief Executive',
  立法会议员: 'Legislative Council Member',
  议员: 'Legislator',
  董事长: 'Chairman of the Board',
  发言人: 'Spokesperson',
  新闻发言人: 'Spokesperson',
  总统: 'President',
  副总统: 'Vice-President',
  首相: 'Prime Minister',
  国务卿: 'Secretary of State',
  外长: 'Foreign Minister',
  外交部长: 'Foreign Minister',
  国家主席: "President of the People's Republic of China",
  国家副主席: "Vice-President of the People's Republic of China",
  行长: 'Governor',
  副行长: 'Deputy Governor',
  组长: 'Head',
  副组长: 'Deputy Head',
  外相: 'Foreign Minister',
  大使: 'Ambassador',
  议长: 'Speaker',
  副议长: 'Deputy Speaker',
  校长: 'President',
  副校长: 'Vice-President',
  村主任: "Director, Villagers' Committee",
  处长: 'Division Director',
  副处长: 'Deputy Division Director',
};

/** In a people's congress or CPPCC the heads are chairs, not directors. */
const CHAIR_BODIES = new Set([
  "People's Congress Standing Committee",
  "People's Congress",
  'CPPCC Committee',
]);
const CHAIR_RANKS: Record<string, string> = {
  主任: 'Chair',
  副主任: 'Vice-Chair',
  常务副主任: 'Executive Vice-Chair',
};

const BODY: Record<string, string> = {
  人大常委会: "People's Congress Standing Committee",
  人大: "People's Congress",
  政协: 'CPPCC Committee',
  党工委: 'Party Working Committee',
  党委: 'Party Committee',
  党组: 'Party Leadership Group',
  党支部: 'Party Branch',
  纪委: 'Discipline Inspection Commission',
  政法委: 'Political and Legal Affairs Commission',
  发展改革委: 'Development and Reform Commission',
  发改委: 'Development and Reform Commission',
  人武部: "People's Armed Forces Department",
  公安局: 'Public Security Bureau',
  应急管理局: 'Emergency Management Bureau',
  退役军人事务局: 'Veterans Affairs Bureau',
  金融局: 'Financial Affairs Bureau',
  商务局: 'Commerce Bureau',
  财政局: 'Finance Bureau',
  财政厅: 'Finance Department',
  财政部: 'Ministry of Finance',
  外交部: 'Ministry of Foreign Affairs',
  商务部: 'Ministry of Commerce',
  宣传部: 'Publicity Department',
  组织部: 'Organization Department',
  统战部: 'United Front Work Department',
  人民政府: "People's Government",
  政府: 'Government',
  人民法院: "People's Court",
  法院: 'Court',
  人民检察院: "People's Procuratorate",
  检察院: 'Procuratorate',
  国务院: 'State Council',
  中央办公厅: 'General Office of the CPC Central Committee',
  中央军委: 'Central Military Commission',
  中共中央政治局: 'Political Bureau of the CPC Central Committee',
  中央政治局: 'Political Bureau of the CPC Central Committee',
  政治局: 'Political Bureau',
  中共中央: 'CPC Central Committee',
  党中央: 'CPC Central Committee',
  办公室: 'Office',
  村委会: "Villagers' Committee",
  居委会: "Residents' Committee",
  委员会: 'Committee',
  纪检监察组: 'Discipline Inspection and Supervision Group',
  人民银行: "People's Bank",
  中国人民银行: "People's Bank of China",
  证监会: 'Securities Regulatory Commission',
  委: 'Party Committee',
  局: 'Bureau',
  厅: 'Department',
  部: 'Department',
  办: 'Office',
  街道: 'Subdistrict',
  医院: 'Hospital',
  大学: 'University',
};
const BODY_KEYS = Object.keys(BODY).sort((a, b) => b.length - a.length);

const LEVEL: Record<string, string> = {
  省: 'Provincial',
  市: 'Municipal',
  区: 'District',
  县: 'County',
  镇: 'Town',
  乡: 'Township',
  村: 'Village',
  州: 'Prefectural',
  街道: 'Subdistrict',
  全国: 'National',
  国家: 'National',
  中央: 'Central',
};
const LEVEL_KEYS = Object.keys(LEVEL).sort((a, b) => b.length - a.length);
const RANK_KEYS = Object.keys(RANK).sort((a, b) => b.length - a.length);
const SELF_BODIED = new Set(['人大代表', '政协委员', '党代表']);

interface Part {
  level: string | null;
  body: string;
}

/** Splits a body (县应急管理局党组) into known parts from the end, each with the level written before it. */
function parts(body: string): { parts: Part[]; rest: string } {
  const out: Part[] = [];
  let rest = body;
  while (rest) {
    const key = BODY_KEYS.find((k) => rest.endsWith(k));
    if (!key) break;
    rest = rest.slice(0, -key.length);
    // A single-character body (委, 局) needs a level or a name before it to mean anything.
    let level: string | null = null;
    const lk = LEVEL_KEYS.find(
      (l) => rest.endsWith(l) || (out.length === 0 && rest.startsWith(l) && rest.length === l.length),
    );
    if (lk && rest.endsWith(lk)) {
      level = LEVEL[lk] ?? null;
      rest = rest.slice(0, -lk.length);
    }
    let name = BODY[key] ?? key;
    if (key.length === 1 && !level && rest) {
      // 应急管理局: the unknown words before 局 name the bureau.
      const words = (rest.replace(/^.*(?:街道|[省市区县镇乡村州])/, '').match(/[\u4e00-\u9fff]{1,8}$/) ?? [
        '',
      ])[0];
      rest = rest.slice(0, rest.length - words.length);
      name = `${words} ${name}`;
      const lk2 = LEVEL_KEYS.find((l) => rest.endsWith(l));
      if (lk2) {
        level = LEVEL[lk2] ?? null;
        rest = rest.slice(0, -lk2.length);
      }
    }
    out.unshift({ level, body: name });
  }
  if (out.length && !out[0]?.level) {
    const lk = LEVEL_KEYS.find((l) => rest === l || rest.endsWith(l));
    if (lk && out[0]) {
      out[0].level = LEVEL[lk] ?? null;
      rest = rest.slice(0, -lk.length);
    }
  }
  return { parts: out, rest };
}

const phrase = (p: Part): string => (p.level ? `${p.level} ${p.body}` : p.body);

/** English gloss of a post as written (区委书记 → "Secretary, District Party Committee"). */
export function gloss(title: string): string {
  const rankKey = RANK_KEYS.find((r) => title.endsWith(r));
  if (!rankKey) return title;
  const body = title.slice(0, -rankKey.length);
  // 全国人大代表, 省政协委员: the post names its own body; the level goes in front.
  const ownLevel = LEVEL_KEYS.find((l) => body.endsWith(l));
  if (SELF_BODIED.has(rankKey) && ownLevel && body.length === ownLevel.length)
    return `${LEVEL[ownLevel]} ${RANK[rankKey]}`;
  const { parts: ps } = parts(body);
  const holder = ps[ps.length - 1];
  let rank = RANK[rankKey] ?? rankKey;
  if (holder && CHAIR_BODIES.has(holder.body)) rank = CHAIR_RANKS[rankKey] ?? rank;
  // 教育部部长: a ministry when no level is written; 宣传部部长: the head of a Party department.
  const knownBody = BODY_KEYS.some((k) => k.length > 1 && body.endsWith(k));
  if (holder && !knownBody && !holder.level && /部长$/.test(rankKey) && /部$/.test(body)) {
    holder.body = holder.body.replace(/ Department$/, ' Ministry');
  }
  if (/部长$/.test(rankKey) && holder && !/Ministry/.test(holder.body))
    rank = rankKey === '部长' ? 'Head' : 'Deputy Head';
  if (ps.length === 0) return body ? `${rank}, ${body}` : rank;
  const [first, ...more] = [...ps].reverse();
  const chain = [first, ...more].filter((p): p is Part => p !== undefined).map(phrase);
  return `${rank}, ${chain.join(', ')}`;
}
