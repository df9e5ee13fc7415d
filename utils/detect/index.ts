// Detection: officials, meetings, slogans and the congress-news score of one article.
// A pure function of strings (no DOM, no browser API): it runs in the content script, in Node and in tests.
// Pages in traditional characters are read in simplified ones, one character for one, and what was
// found is reported as the page writes it.
import { toSimplified } from '../core/script';
import { formulationEnglish } from '../english/formulations';
import type { Detection, Slogan } from '../types';
import { congressScore } from './congress';
import { detectMeetings } from './meeting-list';
import { detectOfficials } from './official-list';
import { inPageForm, pageForm } from './page-form';
import { findSlogans } from './slogans';
import { clearOccurrences, occurrences, spans } from './text';

export { sameMeeting } from './meeting-list';

export interface DetectInput {
  title: string;
  text: string;
  published: string | null;
}

function checkInput(input: DetectInput): void {
  if (typeof input !== 'object' || input === null) throw new TypeError('detect: input must be an object');
  if (typeof input.title !== 'string') throw new TypeError('detect: input.title must be a string');
  if (typeof input.text !== 'string') throw new TypeError('detect: input.text must be a string');
  if (input.published !== null && typeof input.published !== 'string') {
    throw new TypeError('detect: input.published must be a YYYY-MM-DD string or null');
  }
}

function detectSlogans(title: string, text: string, names: ReadonlySet<string>): Slogan[] {
  return findSlogans(title, text, names).map(({ text: s, kind }) => ({
    text: s,
    kind,
    count: occurrences(title, s).length + occurrences(text, s).length,
    mentions: spans(text, s),
    en: formulationEnglish(s),
  }));
}

export function detect(input: DetectInput): Detection {
  checkInput(input);
  const title = toSimplified(input.title);
  const text = toSimplified(input.text);
  const result = detectSimplified(title, text, input.published);
  if (title === input.title && text === input.text) return result;
  return inPageForm(result, pageForm(`${input.title}\n${input.text}`, `${title}\n${text}`));
}

/** Detection proper: the rules are written for simplified characters. */
function detectSimplified(title: string, text: string, published: string | null): Detection {
  clearOccurrences();
  // The headline is scanned with the body (officials and meetings are often named there), but
  // every offset reported is into the body.
  const full = `${title}\n${text}`;
  const officials = detectOfficials(text, full);
  const result: Detection = {
    congress: congressScore(title, text),
    officials,
    meetings: detectMeetings(title, text, full, published),
    slogans: detectSlogans(title, text, new Set(officials.map((o) => o.name))),
  };
  clearOccurrences();
  return result;
}
