// National formulations before local words. A page's quoted phrases are mostly its own
// (大事, 要事, 天宁实践) and outnumber the national formulations a reader looks for
// (高质量发展, 四个意识); the stored record keeps a slogan's text, not its kind, so the kind is
// read again from the text with the detector's own lists.
import { formulaHeads, knownSlogans } from '../detect/data/lists';

/** The detector writes 不忘初心、牢记使命 also with a space, a comma or nothing at the 、 (utils/detect/slogans.ts). */
const squeeze = (s: string) => s.replace(/[、，,\s\u3000]/g, '');
const KNOWN = new Set(knownSlogans.map(squeeze));
const HEADS = new Set(formulaHeads);
/** As utils/detect/slogans.ts reads numbered formulas: 四个意识, 两个维护, 三张清单; 位 only in 五位一体. */
const NUMBERED = /^[二两三四五六七八九十百千](个|项|大|张|条|种|位)(.+)$/;

/** Whether a formulation is national: on the closed list of known ones, or a numbered formula. */
export function isNational(text: string): boolean {
  if (KNOWN.has(squeeze(text))) return true;
  const m = NUMBERED.exec(text);
  return m !== null && HEADS.has(m[2] ?? '') && (m[1] !== '位' || m[2] === '一体');
}

/** The same items, national formulations first, each group in its given order. */
export function nationalFirst<T>(items: readonly T[], text: (item: T) => string): T[] {
  const national: T[] = [];
  const local: T[] = [];
  for (const item of items) (isNational(text(item)) ? national : local).push(item);
  return [...national, ...local];
}
