// Detection reads a page in simplified characters (utils/core/script.ts, one unit for
// one, so offsets hold); what it found is given back as the page writes it.
import type { Detection } from '../types';

/**
 * A function from a string found in `simplified` to the page's own writing of it: the same stretch
 * of `original` where the string stands in the text, else character by character, each simplified
 * character written as the page first writes it (names joined from two places, 区委召开…会议).
 */
export function pageForm(original: string, simplified: string): (s: string) => string {
  let chars: Map<string, string> | null = null;
  const byChar = (): Map<string, string> => {
    if (!chars) {
      chars = new Map();
      for (let i = 0; i < simplified.length; i++) {
        const s = simplified[i] as string;
        const o = original[i] as string;
        if (s !== o && !chars.has(s)) chars.set(s, o);
      }
    }
    return chars;
  };
  return (s) => {
    const at = simplified.indexOf(s);
    if (at >= 0) return original.slice(at, at + s.length);
    const map = byChar();
    return [...s].map((c) => map.get(c) ?? c).join('');
  };
}

/** The detection's names, posts, meetings and formulations in the page's own characters. */
export function inPageForm(d: Detection, form: (s: string) => string): Detection {
  return {
    ...d,
    officials: d.officials.map((o) => ({ ...o, name: form(o.name), titles: o.titles.map(form) })),
    meetings: d.meetings.map((m) => ({ ...m, name: form(m.name) })),
    slogans: d.slogans.map((x) => ({ ...x, text: form(x.text) })),
  };
}
