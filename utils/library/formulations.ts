// National formulations before local words. A page's quoted phrases are mostly its own
// (大事, 要事, 天宁实践) and outnumber the national formulations a reader looks for
// (高质量发展, 四个意识); the stored record keeps a slogan's text, not its kind, so the kind is
// read again from the text.
import { formulationEnglish } from '../english/formulations';
import { isNational as isNationalSlogan } from '../present/slogans';

/**
 * Whether a formulation is national, by the popup's one test (utils/present/slogans.ts): on the
 * closed list, a numbered formula, or one with a standard English. A stored slogan has no kind, so
 * it is put to the test as quoted text.
 */
export const isNational = (text: string): boolean =>
  isNationalSlogan({ text, kind: 'quoted', en: formulationEnglish(text) });

/** The same items, national formulations first, each group in its given order. */
export function nationalFirst<T>(items: readonly T[], text: (item: T) => string): T[] {
  const national: T[] = [];
  const local: T[] = [];
  for (const item of items) (isNational(text(item)) ? national : local).push(item);
  return [...national, ...local];
}
