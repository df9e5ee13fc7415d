// Plain text of a DOM subtree with one line per block (paragraph, heading, list
// item, table row, <br>), the way a reader sees it. textContent would glue
// paragraphs together; innerText needs layout, which linkedom does not have.

const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CAPTION',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
]);
const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'IFRAME',
  'OBJECT',
  'CANVAS',
  'SELECT',
]);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

export interface Block {
  text: string;
  /** Share of the line's characters that sit inside links (0..1): menus and related-news lists are all links. */
  linkShare: number;
}

/** Lines of text under root, one per block, trimmed, empty lines dropped. */
export function blocks(root: Node): Block[] {
  const out: Block[] = [];
  let current = '';
  let linked = 0;
  const flush = (): void => {
    const text = normaliseSpaces(current);
    if (text) out.push({ text, linkShare: Math.min(1, linked / text.replace(/\s+/g, '').length) });
    current = '';
    linked = 0;
  };
  const walk = (node: Node, inLink: boolean): void => {
    if (node.nodeType === TEXT_NODE) {
      const v = node.nodeValue ?? '';
      current += v;
      if (inLink) linked += v.replace(/\s+/g, '').length;
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (SKIP.has(tag)) return;
    if (tag === 'BR') {
      flush();
      return;
    }
    const block = BLOCK.has(tag);
    if (block) flush();
    const link = inLink || tag === 'A';
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c, link);
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') current += ' ';
  };
  walk(root, false);
  flush();
  return out;
}

/** Collapses runs of whitespace (including the ideographic and no-break spaces Chinese pages indent with). */
export function normaliseSpaces(s: string): string {
  return (
    s
      // Zero-width characters are invisible: 人\u200b大 reads as 人大, not 人 大.
      .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
      .replace(/[\u00a0\u3000\u2002-\u200a\t\r\n ]+/g, ' ')
      .trim()
  );
}
