// The standard English of a slogan (提法): the national formulations and numbered formulas of
// formulations.tsv, as official English translations render them. A slogan is looked up whole,
// never by a part of it: a quoted local phrase that merely contains a national formulation
// (“推动高质量发展”) has no standard English, and a gloss of its part would mislead.
import { fold } from '../core/fold';
import { formulations, type FormulationRow } from './formulations.data';

// Punctuation and spaces do not tell two written forms apart (不忘初心、牢记使命, 不忘初心 牢记使命,
// 不忘初心牢记使命). Symbols do: 互联网+ (Internet Plus) is not 互联网.
const DROP = /[\p{P}\p{Z}\s]/gu;

/** The form a slogan is looked up by: folded (so traditional finds simplified), punctuation and spaces dropped. */
export function formulationKey(text: string): string {
  return fold(text).replace(DROP, '');
}

let byKey: Map<string, FormulationRow> | null = null;

// Built on first use: a page without slogans never pays for folding the table.
function table(): Map<string, FormulationRow> {
  if (!byKey) {
    byKey = new Map();
    for (const row of formulations)
      for (const form of [row.zh, ...row.aliases]) byKey.set(formulationKey(form), row);
  }
  return byKey;
}

/** The table's entry for a slogan's text, in any written form, or null when it has none. */
export function formulationEntry(text: string): FormulationRow | null {
  return table().get(formulationKey(text)) ?? null;
}

/** The standard English of a slogan's text, or null where none exists (local phrases, unlisted ones). */
export function formulationEnglish(text: string): string | null {
  return formulationEntry(text)?.en ?? null;
}
