// The content script's first question on every page: is this Chinese news about
// government, Party or congress work? It must answer in well under 2 ms on any
// page, so it reads only the <title>, a few <meta> tags and a bounded sample of
// paragraphs, never the whole DOM and never innerText (which forces layout).
import politicalTermsText from './data/political-terms';

// Not listEntries from ./lists: that module builds other lists when loaded, and this one is
// loaded on every page. The data test checks the file has no blank lines inside.
const TERMS: readonly string[] = politicalTermsText.split('\n').filter((l) => l !== '');

/** At most this many characters of body text are sampled. */
const SAMPLE_CHARS = 4000;
/** Weighted term hits needed: a term in the headline counts double. */
const THRESHOLD = 3;

/** Ideographs in the title and sample below which a page is not taken for Chinese text. */
const MIN_CJK = 40;

/** Whether s holds at least `needed` CJK ideographs. It stops as soon as it knows: this loop runs
 * cold in the interpreter on every Chinese page, and counting all of a 4,000-character sample cost
 * a quarter of a millisecond in Chromium. */
function hasCjk(s: string, needed: number): boolean {
  for (let i = 0; i < s.length && needed > 0; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) needed--;
  }
  return needed <= 0;
}

/** description and keywords from the first <meta> tags of <head>, and whether the page
 * declares a government-site code (政府网站标识码, <meta name="SiteIDCode">), which every
 * Chinese government website template carries. */
function headText(doc: Document): { text: string; government: boolean } {
  const metas = doc.head?.getElementsByTagName('meta');
  let text = '';
  let government = false;
  for (let i = 0; metas && i < metas.length && i < 60; i++) {
    const m = metas[i];
    const name = (m?.getAttribute('name') ?? '').toLowerCase();
    if (name === 'description' || name === 'keywords') text += ' ' + (m?.getAttribute('content') ?? '');
    else if (name === 'siteidcode') government = true;
  }
  return { text, government };
}

function isGovernmentHost(doc: Document): boolean {
  try {
    // URL hostnames come lowercased; a regular expression would be compiled on every page.
    return new URL(doc.URL).hostname.endsWith('.gov.cn');
  } catch {
    return false;
  }
}

const SKIP_TEXT_OF = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA']);
/** At most this many characters of text outside paragraphs are kept. Such text is what a listing
 * page (a shop, a forum) is made of, and every character sampled is searched for every term: half
 * the paragraph budget decides as well there and halves both the walk and the search. */
const OTHER_CHARS = 2000;
/** At most this many text nodes are read from <body>. */
const SAMPLE_NODES = 6000;
/** Once the other text is full, at most this many more nodes are read looking for paragraphs: a
 * listing page (a shop, a forum) has thousands of short text runs and no <p>, and walking all of
 * them cost 2 ms on every such page in Chromium (with 800 more nodes the whole content script took 2.9 ms there, with 300 2.3 ms). */
const PARAGRAPH_SEARCH_NODES = 300;

/** Text from the start of <body>, bounded in nodes and characters: paragraph text
 * (inside <p>) when there is enough of it, else any longer text runs. A TreeWalker
 * over text nodes stops where we stop; collections such as getElementsByTagName('p')
 * may have to search the whole page to know they have no more items. */
function sampleText(doc: Document): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* NodeFilter.SHOW_TEXT */);
  let paragraphs = '';
  let other = '';
  let stopAt = SAMPLE_NODES;
  for (let i = 0; i < stopAt && paragraphs.length < SAMPLE_CHARS; i++) {
    const node = walker.nextNode();
    if (!node) break;
    const v = node.nodeValue ?? '';
    if (v.length < 8) continue;
    const parent = node.parentNode?.nodeName ?? '';
    if (SKIP_TEXT_OF.has(parent)) continue;
    if (parent === 'P' || node.parentNode?.parentNode?.nodeName === 'P') paragraphs += v.slice(0, 600) + '\n';
    else if (other.length < OTHER_CHARS) {
      other += v.trim().slice(0, 600) + '\n';
      if (other.length >= OTHER_CHARS) stopAt = Math.min(SAMPLE_NODES, i + PARAGRAPH_SEARCH_NODES);
    }
  }
  return (paragraphs.length >= SAMPLE_CHARS / 4 ? paragraphs : paragraphs + other).slice(0, SAMPLE_CHARS);
}

function distinctHits(text: string): number {
  let n = 0;
  for (const t of TERMS) if (text.includes(t)) n++;
  return n;
}

export interface GateScore {
  chinese: boolean;
  score: number;
}

/** The evidence behind isLikelyPoliticalNews, for tests and tuning. */
export function politicalNewsScore(doc: Document): GateScore {
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();
  const docTitle = doc.title || (doc.head?.getElementsByTagName('title')[0]?.textContent ?? '');
  const { text: head, government } = headText(doc);
  // A page with no Chinese in its title or head, and not declared Chinese, is left at once.
  // (A page without a <title> is sampled: some article pages set it from a script.)
  if (docTitle.trim() && !hasCjk(docTitle, 1) && !lang.startsWith('zh') && !hasCjk(head, 1))
    return { chinese: false, score: 0 };
  const title = docTitle;
  const sample = sampleText(doc);
  if (!hasCjk(title + sample, MIN_CJK)) return { chinese: false, score: 0 };
  const score =
    2 * distinctHits(title) +
    distinctHits(head) +
    distinctHits(sample) +
    (government || isGovernmentHost(doc) ? 3 : 0);
  return { chinese: true, score };
}

/** True for Chinese-language news about government, Party or congress work. */
export function isLikelyPoliticalNews(doc: Document): boolean {
  const { chinese, score } = politicalNewsScore(doc);
  return chinese && score >= THRESHOLD;
}
