// Meetings in English, built from their parts: the convening body (place, level, term), the parts of
// it that met (standing committee, presidium), the session's ordinal and the kind of meeting
// (区十六届人大常委会第44次会议 → "44th Session of the Standing Committee of the 16th District
// People's Congress"). A name with a part no table knows gets null, never half Chinese.
import { toSimplified } from '../core/script';
import { BODIES, MEETING_WORDS, fillIn, type Body, type Level, type MeetingWord } from './lexicon';
import { placeAdjective, placeNoun } from './places';
import { memo } from './memo';
import { ordinal } from './posts';
import { baseDictionary, segment, type Token } from './segment';

const NUMERAL = '[〇零一二三四五六七八九十两\\d]';
// Written forms brought to one (as utils/detect/meeting-alias.ts does), so that one reading serves both.
const LONG_FORMS: readonly (readonly [RegExp, string])[] = [
  [/\s+/g, ''],
  [/\([a-zA-Z\u00c0-\u024f]+\)/g, ''], // 會(huì)議: a page's pinyin annotations
  [/（/g, '('],
  [/）/g, ')'],
  [/中国人民政治协商会议/g, '政协'],
  [/人民代表大会常务委员会|人大常务委员会/g, '人大常委会'],
  [/人民代表大会/g, '人大'],
  [/常务委员会/g, '常委会'],
  [/中国共产党/g, '中共'],
  [/中共中央委员会/g, '中共中央'],
  // 政协第十四届全国委员会 → 全国十四届政协; 中共阜城县第十四届委员会 → 阜城县十四届委.
  [new RegExp(`政协(第?${NUMERAL}+届)(.*?)委员会`), '$2$1政协'],
  [new RegExp(`中共(.*?)(第?${NUMERAL}+届)委员会`), '$1$2委'],
  // 政协昆明市十四届: the place after 政协 is the committee's.
  [new RegExp(`^政协(.{1,6}?[省市区县州])(?=第?${NUMERAL})`), '$1政协'],
  // 市委常委会召开会议: the verb between the body and the meeting.
  [/召开|召集/g, ''],
];
/** Kinds written two ways, at the end of each part of a name. */
const KIND_FORMS: readonly (readonly [RegExp, string])[] = [
  [/常委\(扩大\)会(?:议)?$/, '常委会(扩大)会议'],
  [/常委扩大会议$/, '常委会扩大会议'],
  [/常委会议$/, '常委会会议'],
  [/(工作|预备|扩大|办公|\(扩大\))会$/, '$1会议'],
];

const PARTY = { type: 'word', key: 'party' } as const;
const DICTIONARY = baseDictionary([
  ...[...MEETING_WORDS.keys()]
    .filter((zh) => !zh.includes('@'))
    .map((zh): [string, Token] => [zh, { type: 'word', zh, key: 'meeting' }]),
  ['中共', { ...PARTY, zh: '中共' }],
  ['党的', { ...PARTY, zh: '党的' }],
  ['首次', { type: 'num', zh: '首次', n: 1, unit: '次' }],
]);

interface Place {
  zh: string;
  level: Level | null;
}

/** A body that met, or a meeting: what "of the …" names. */
type Phrase =
  | {
      type: 'body';
      body: Body;
      places: Place[];
      term: number | null;
      parent: Phrase | null;
      /** A part of the body the first half of a name joined by 暨 named: "its". */
      its?: boolean;
    }
  | { type: 'meeting'; text: string; of: Phrase | null };

const isBase = (p: Phrase | null): p is Extract<Phrase, { type: 'body' }> =>
  p?.type === 'body' && p.parent === null;

/** The kind of body under a phrase: congress, cppcc, party … of its base body. */
function baseKind(p: Phrase | null): { kind: string; zh: string; sub: string | null } | null {
  if (!p) return null;
  if (p.type === 'meeting') return { kind: 'meeting', zh: '', sub: null };
  if (!p.parent) return { kind: p.body.kind, zh: p.body.zh, sub: null };
  const below = baseKind(p.parent);
  return below && { ...below, sub: p.body.zh };
}

function renderBody(p: Extract<Phrase, { type: 'body' }>): string {
  const last = p.places[p.places.length - 1];
  const outer = p.places
    .slice(0, -1)
    .reverse()
    .map((q) => placeNoun(q.zh, q.level));
  let body = p.body;
  if (body.zh === '政协' && last?.level?.zh === '全国') body = BODIES.get('政协@national') ?? body;
  const national = body !== p.body;
  const adj = last && !national ? placeAdjective(last.zh, last.level) : '';
  const term = p.term !== null ? ordinal(p.term) : '';
  const own = [term, adj, fillIn(body.en, '')].filter(Boolean).join(' ');
  return [own, ...outer].join(', ');
}

function render(p: Phrase): string {
  if (p.type === 'meeting') return p.text;
  if (p.its) return fillIn(p.body.en, '');
  if (!p.parent) return renderBody(p);
  return fillIn(p.body.en.includes('{}') ? p.body.en : `${p.body.en} of the {}`, render(p.parent));
}

const the = (p: Phrase | null): string =>
  p ? ` of ${p.type === 'body' && p.its ? 'its' : 'the'} ${render(p)}` : '';

interface Pending {
  places: Place[];
  term: number | null;
  ord: number | null;
  plenum: boolean;
  year: number | null;
  modifiers: string[];
  enlarged: boolean;
  subjects: string[];
  party: boolean;
}

const nothing = (): Pending => ({
  places: [],
  term: null,
  ord: null,
  plenum: false,
  year: null,
  modifiers: [],
  enlarged: false,
  subjects: [],
  party: false,
});

/** The head's English before the body it belongs to: a session of a congress, a plenary session of a Party committee. */
function headEnglish(word: MeetingWord, of: Phrase | null): string {
  const base = baseKind(of);
  if (word.zh === '会议') {
    if (base && (base.kind === 'congress' || base.kind === 'cppcc') && !base.sub) return 'Session';
    if (base?.kind === 'congress' && base.sub === '常委会') return 'Session';
  }
  if (word.zh === '全体会议' && base?.kind === 'party' && !base.sub) return 'Plenary Session';
  return word.en;
}

/** The meeting a head word makes of what came before it, or null when the parts do not fit. */
function meeting(word: MeetingWord, of: Phrase | null, p: Pending): string | null {
  const ord = p.ord !== null ? `${ordinal(p.ord)} ` : '';
  const mods = p.modifiers.length ? `${p.modifiers.join(' ')} ` : '';
  const subjects = p.subjects.join(' and ');
  if (subjects && word.subject === '-') return null;
  const place = p.places[p.places.length - 1];
  const adj = place ? placeAdjective(place.zh, place.level) : '';
  let text: string;
  if (word.zh === '全国代表大会') {
    // 中共第二十次全国代表大会: the Party's national congress (a local one is named 代表大会).
    text = `${ord}National Congress of the CPC`;
  } else if (['代表大会', '党代会', '两会', '人代会'].includes(word.zh) || (word.subject === 'adj' && !of)) {
    // 区第十一次党代会, 市两会, 中央经济工作会议: the place and the subject go before the head.
    const head = word.zh === '代表大会' && p.party ? 'Party Congress' : word.en;
    text = `${ord}${mods}${[adj, subjects, head].filter(Boolean).join(' ')}`;
    const outer = p.places.slice(0, -1).reverse();
    if (outer.length) text += `, ${outer.map((q) => placeNoun(q.zh, q.level)).join(', ')}`;
  } else {
    if (p.places.length) return null;
    const head = headEnglish(word, of);
    const before = word.subject === 'adj' && subjects ? `${subjects} ` : '';
    const after = word.subject === 'of' && subjects ? ` of ${subjects}` : '';
    const on = word.subject === 'on' && subjects ? ` on ${subjects}` : '';
    let body = the(of);
    // 十一届三中全会: a plenary session with no body named is the Central Committee's.
    if (!of && p.plenum && p.term !== null) body = ` of the ${ordinal(p.term)} CPC Central Committee`;
    else if (p.term !== null) return null;
    text = `${ord}${mods}${before}${head}${after}${body}${on}`;
  }
  if (p.enlarged) text += ' (enlarged)';
  if (p.year !== null) text += ` (${p.year})`;
  return text;
}

/** One part of a name (a name joined by 暨 has two) in English, or null. */
function partEnglish(
  tokens: readonly Token[],
  inherited: Phrase | null,
): { en: string; of: Phrase | null } | null {
  let np: Phrase | null = null;
  let p = nothing();
  let lastBody: Phrase | null = null;
  for (const [i, t] of tokens.entries()) {
    if (t.type === 'place') p.places.push({ zh: t.name, level: t.level });
    else if (t.type === 'level') p.places.push({ zh: '', level: t.level });
    else if (t.type === 'topic') p.subjects.push(t.en);
    else if (t.type === 'num') {
      if (t.unit === '届') {
        // 县政协九届常委会: the term written after its body.
        if (isBase(np) && np.term === null && !p.places.length) np.term = t.n;
        else p.term = t.n;
      } else if (t.unit === '年') p.year = t.n;
      else if (t.unit === '大') {
        // 中共十九大, 党的二十大: the Party's national congress.
        if (np || p.places.length) return null;
        np = { type: 'meeting', text: `${ordinal(t.n)} National Congress of the CPC`, of: null };
        p = nothing();
      } else {
        p.ord = t.n;
        p.plenum = t.unit === '中';
      }
    } else if (t.type === 'body') {
      if (
        np &&
        np.type === 'body' &&
        p.places.length === 0 &&
        (np.parent || t.body.kind !== 'party' || t.zh !== '委')
      ) {
        // 人大常委会, 区人大常委会党组: a part of the body before it.
        np = { type: 'body', body: t.body, places: [], term: null, parent: np };
      } else if (np && np.type === 'meeting' && !p.places.length) {
        // …一次会议主席团: the presidium of a session.
        np = { type: 'body', body: t.body, places: [], term: null, parent: np };
      } else {
        // 中央和省市委: a bare level before another place is a list of bodies, not one place.
        if (np || p.places.slice(0, -1).some((q) => !q.zh)) return null;
        // …暨理论学习中心组专题学习会: a part of the body the first half named.
        const its = t.body.kind === 'sub' && !p.places.length && inherited !== null;
        np = {
          type: 'body',
          body: t.body,
          places: p.places,
          term: p.term,
          parent: its ? inherited : null,
          its,
        };
        p.places = [];
        p.term = null;
      }
      lastBody = np;
    } else if (t.type === 'word' && t.key === 'party') p.party = true;
    else if (t.type === 'word' && t.key === 'meeting') {
      const word = MEETING_WORDS.get(t.zh);
      if (!word) return null;
      const next = tokens[i + 1];
      const asModifier = MEETING_WORDS.get(`${t.zh}@modifier`);
      if (word.role === 'modifier' || (asModifier && next?.type === 'word' && next.key === 'meeting')) {
        if (t.zh === '(扩大)') p.enlarged = true;
        else p.modifiers.push((asModifier ?? word).en);
        continue;
      }
      // After 暨 a meeting with no body of its own is the first half's body's, which is not said again.
      const of: Phrase | null = np;
      const text = meeting(word, of, p);
      if (text === null) return null;
      np = { type: 'meeting', text, of };
      p = nothing();
    } else return null;
  }
  if (np?.type !== 'meeting') return null;
  // 调研人大工作: a visit and what it looked into, written after it.
  if (p.subjects.length || p.places.length) {
    if (p.term !== null || p.ord !== null || p.modifiers.length || p.enlarged) return null;
    const on = p.subjects.length ? ` on ${p.subjects.join(' and ')}` : '';
    const places = [...p.places].reverse().map((q) => placeNoun(q.zh, q.level));
    np = {
      type: 'meeting',
      text: `${np.text}${on}${places.length ? ` in ${places.join(', ')}` : ''}`,
      of: np.of,
    };
  } else if (p.term !== null || p.ord !== null || p.modifiers.length || p.party) return null;
  return { en: np.text, of: lastBody };
}

/** The English of a meeting's name (县政协十届一次会议 → "1st Session of the 10th County CPPCC Committee"), or null. */
export const meetingEnglish = memo(readMeeting);

function readMeeting(name: string): string | null {
  let s = toSimplified(name);
  for (const [re, to] of LONG_FORMS) s = s.replace(re, to);
  const parts = s.split('暨').map((part) => KIND_FORMS.reduce((x, [re, to]) => x.replace(re, to), part));
  const out: string[] = [];
  let of: Phrase | null = null;
  for (const part of parts) {
    // 区人大常委会党组(扩大)会议暨理论学习中心组专题学习会: the second part is the same body's.
    const read: { en: string; of: Phrase | null } | null = part
      ? partEnglish(segment(part, DICTIONARY), of)
      : null;
    if (!read) return null;
    out.push(read.en);
    of = read.of;
  }
  return out.join(' and ');
}
