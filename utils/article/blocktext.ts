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

/** Lines of text under root, trimmed, empty lines dropped. */
export function blockLines(root: Node): string[] {
  const lines: string[] = [];
  let current = '';
  const flush = (): void => {
    const line = normaliseSpaces(current);
    if (line) lines.push(line);
    current = '';
  };
  const walk = (node: Node): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.nodeValue ?? '';
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
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (block) flush();
    else if (tag === 'TD' || tag === 'TH') current += ' ';
  };
  walk(root);
  flush();
  return lines;
}

/** Collapses runs of whitespace (including the ideographic and no-break spaces Chinese pages indent with). */
export function normaliseSpaces(s: string): string {
  return s.replace(/[\u00a0\u3000\u2002-\u200b\ufeff\t\r\n ]+/g, ' ').trim();
}
