// One way of cutting an article into passages (its paragraphs: the lines of the extracted text)
// and passages into sentences, used by the hash, the diff and the gone-page test alike.
// Chinese has no spaces between words; sentences end at 。！？；… (and ! ? ; in Latin text),
// with any closing quote or bracket that follows kept on the sentence it closes.

/** The article's paragraphs: its lines, whitespace collapsed and trimmed, empty ones dropped. */
export function splitPassages(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(/[ \t\u00a0\u3000]+/g, ' ').trim())
    .filter((line) => line !== '');
}

// A run of sentence-ending marks, then any closing quotes or brackets.
const SENTENCE_END = /[。！？；!?;…]+[”’"'」』）)》〉】]*/g;

/** The sentences of one passage, each with its closing punctuation; text after the last mark is one more. */
export function splitSentences(passage: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of passage.matchAll(SENTENCE_END)) {
    const end = (m.index ?? 0) + m[0].length;
    const s = passage.slice(from, end);
    if (s.trim() !== '') out.push(s);
    from = end;
  }
  const rest = passage.slice(from);
  if (rest.trim() !== '') out.push(rest);
  return out;
}
