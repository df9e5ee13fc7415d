// The identity of a saved version. Re-reading the same article must give the same hash, so
// what extraction varies without the article changing (line endings, trailing spaces, runs of
// blank lines, composed or decomposed characters) is normalised away first.
import { splitPassages } from './passages';

/** The text a hash is taken of: NFC, passages trimmed and joined by single line breaks. */
export function canonicalArticle(article: { title: string; text: string }): string {
  const title = article.title.normalize('NFC').replace(/\s+/g, ' ').trim();
  return `${title}\n\n${splitPassages(article.text.normalize('NFC')).join('\n')}`;
}

/** SHA-256 (hex) of the canonical title and text. */
export async function articleHash(article: { title: string; text: string }): Promise<string> {
  const bytes = new TextEncoder().encode(canonicalArticle(article));
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
