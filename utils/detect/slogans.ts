// Slogans: quoted formulations, numbered formulas and the known national formulations
// (GUIDELINES.md, "Slogans"). Counts cover the headline and the body; mentions the body only.
import * as L from './data/lists';
import { chineseNameAt } from './officials';
import { longestFirst, wordStartingAt } from './text';

const FORMULA_HEADS = longestFirst(L.formulaHeads);
const EXCLUDE_SUFFIXES = longestFirst(L.quoteExcludeSuffixes);
const SPEECH_VERBS = longestFirst(L.speechVerbs);
const NUMBERED_RE = /([二两三四五六七八九十百千])(个|项|大|张|条|种|位)/g;
/** Written forms of the known formulations: 不忘初心、牢记使命 also appears with a space or nothing between. */
// One pass for the whole closed list (no entry contains or overlaps another, so alternatives cannot hide one another).
const KNOWN_RE = new RegExp(L.knownSlogans.map((k) => k.replace(/、/g, '[、，,\\s　]?')).join('|'), 'g');
const QUOTE_PAIRS: [string, string][] = [
  ['“', '”'],
  ['「', '」'],
  ['‘', '’'],
];
const SENTENCE_END = /[。！？!?…；;]$/;

export interface SloganHit {
  text: string;
  kind: 'quoted' | 'numbered' | 'known';
}

/** Whether a quoted phrase is someone's direct speech rather than a formulation. */
export function isDirectSpeech(
  text: string,
  qs: number,
  qe: number,
  names: ReadonlySet<string> = new Set(),
): boolean {
  const q = text.slice(qs, qe);
  if (SENTENCE_END.test(q)) return true;
  const before = text.slice(Math.max(0, qs - 2), qs - 1).trim();
  if (before.endsWith('：') || before.endsWith(':')) return true;
  // 他表示，“…”: a quotation introduced by a speech verb and a comma.
  const lead = text.slice(Math.max(0, qs - 8), qs - 1);
  if (/[，,]$/.test(lead) && SPEECH_VERBS.some((v) => lead.endsWith(`${v}，`) || lead.endsWith(`${v},`)))
    return true;
  // 新增…退税，要在7月份基本退到位: a requirement written as a whole clause.
  if (/[，,](?:要|应|必须|将|就|才|而|但|却)/.test(q)) return true;
  // Two clauses or more (东莞人的…决定了，未来虽难，但…) are a sentence, not a formulation.
  if (/[；;]/.test(q) || (q.match(/[，,]/g) ?? []).length >= 2) return true;
  const after = text.slice(qe + 1, qe + 8);
  // “…，…”王凯说: a quoted clause followed by its speaker.
  const speaker =
    ['他', '她', '其', ...names].find((n) => after.startsWith(n)) ?? chineseNameAt(after, 0) ?? '';
  if ((/[，,]/.test(q) || q.length >= 8) && SPEECH_VERBS.some((v) => after.startsWith(speaker + v)))
    return true;
  // “目前还没有确定…的时间”，当地官员表示: the speaker follows after a comma.
  const tail = text.slice(qe + 1, qe + 16);
  if (q.length >= 8 && /^[，,][\u4e00-\u9fff]{0,10}?(?:说|表示|称|指出|介绍|透露|坦言|告诉)/.test(tail))
    return true;
  // “我们一定完成任务”: someone speaking in the first or second person.
  if (/^(?:我|我们|咱们|你|你们|大家)/.test(q) && q.length >= 6) return true;
  return false;
}

/** Quoted phrases that count as slogans, in order (outer quote first, then those inside it). */
export function quotedSlogans(text: string, names: ReadonlySet<string>): string[] {
  const out: string[] = [];
  for (const [open, close] of QUOTE_PAIRS) {
    for (let i = text.indexOf(open); i >= 0; i = text.indexOf(open, i + 1)) {
      // A slogan is at most 30 characters: look for its closing mark nearby only (unclosed marks stay cheap).
      const near = text.slice(i + 1, i + 64).indexOf(close);
      if (near < 0) continue;
      const j = i + 1 + near;
      const q = text.slice(i + 1, j);
      if (q.length < 2 || q.length > 30 || q.includes(open)) continue;
      if (isDirectSpeech(text, i + 1, j, names)) continue;
      if (/^《.*》$/.test(q) || names.has(q) || /^[^\u4e00-\u9fff]*[·•][^\u4e00-\u9fff]*$/.test(q)) continue;
      if (EXCLUDE_SUFFIXES.some((s) => q.endsWith(s))) continue;
      out.push(q);
    }
  }
  return out;
}

/** Numbered formulas written without quotes (四个意识, 三张清单); counting phrases (三个月) are left out. */
export function numberedSlogans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUMBERED_RE)) {
    const prev = text[m.index - 1] ?? '';
    if (/[\d第这那每前后几近约逾一二两三四五六七八九十百千万]/.test(prev)) continue;
    const head = wordStartingAt(text, m.index + 2, FORMULA_HEADS);
    // 位 counts people (五位代表); its one formula is 五位一体.
    if (head && (m[2] !== '位' || head === '一体')) out.push(m[0] + head);
  }
  return out;
}

/** The known national formulations, as written. */
export function knownSlogans(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(KNOWN_RE)) out.push(m[0]);
  return out;
}

/** Every slogan of the headline and body, once each, quoted before numbered before known. */
export function findSlogans(title: string, body: string, names: ReadonlySet<string>): SloganHit[] {
  const seen = new Map<string, SloganHit>();
  const add = (text: string, kind: SloganHit['kind']): void => {
    if (!seen.has(text)) seen.set(text, { text, kind });
  };
  for (const src of [title, body]) for (const q of quotedSlogans(src, names)) add(q, 'quoted');
  for (const src of [title, body]) for (const n of numberedSlogans(src)) add(n, 'numbered');
  for (const src of [title, body]) for (const k of knownSlogans(src)) add(k, 'known');
  return [...seen.values()];
}
