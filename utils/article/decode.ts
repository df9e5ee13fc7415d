// Turns the bytes of an HTML file into text the way a browser would for a page
// saved without its HTTP headers, with one deliberate difference: a legacy
// label (gb2312, gbk…) on bytes that are valid UTF-8 is treated as a mislabel.
// Many archived Chinese pages were re-encoded to UTF-8 while keeping their old
// <meta charset="gb2312">; following the label would turn them into mojibake,
// and GBK text is practically never valid UTF-8 by accident.

export interface Decoded {
  text: string;
  /** The WHATWG encoding name actually used (utf-8, gb18030, windows-1252…). */
  encoding: string;
  /** Why that encoding was chosen. */
  reason: 'bom' | 'meta' | 'utf-8-valid' | 'fallback';
}

/** How far into the file to look for <meta charset>: browsers look at 1024 bytes,
 * archived pages often carry injected markup first, so we look further. */
const PRESCAN_BYTES = 8192;

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
];

function bomEncoding(bytes: Uint8Array): { encoding: string; length: number } | null {
  for (const [bom, encoding] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return { encoding, length: bom.length };
  }
  return null;
}

/** The encoding's canonical WHATWG name, or null when the label is unknown. */
export function canonicalEncoding(label: string): string | null {
  try {
    const name = new TextDecoder(label.trim().toLowerCase()).encoding;
    // WHATWG decodes gbk/gb2312 with the gb18030 decoder; say so.
    return name === 'gbk' ? 'gb18030' : name;
  } catch {
    return null;
  }
}

/** Charsets declared in <meta charset> or <meta http-equiv="Content-Type">, in document order. */
export function declaredCharsets(bytes: Uint8Array): string[] {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES));
  const found: string[] = [];
  for (const meta of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const m =
      /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta) ??
      /\bcontent\s*=\s*["'][^"']*charset=([\w.:-]+)/i.exec(meta);
    if (m?.[1]) {
      const name = canonicalEncoding(m[1]);
      if (name) found.push(name);
    }
  }
  return found;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 4096) {
    s += String.fromCharCode(...bytes.subarray(i, i + 4096));
  }
  return s;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasNonAscii(bytes: Uint8Array): boolean {
  for (const b of bytes) if (b >= 0x80) return true;
  return false;
}

export function decodeHtml(input: Uint8Array): Decoded {
  const bytes = input;
  const bom = bomEncoding(bytes);
  if (bom) {
    return {
      text: new TextDecoder(bom.encoding).decode(bytes.subarray(bom.length)),
      encoding: bom.encoding,
      reason: 'bom',
    };
  }
  const declared = declaredCharsets(bytes);
  // UTF-16 labels in a byte-oriented meta are impossible; browsers treat them as UTF-8.
  const legacy = declared.find((e) => e !== 'utf-8' && !e.startsWith('utf-16'));
  const valid = isValidUtf8(bytes);
  if (valid && (!legacy || hasNonAscii(bytes))) {
    return {
      text: new TextDecoder('utf-8').decode(bytes),
      encoding: 'utf-8',
      reason: legacy ? 'utf-8-valid' : declared.length ? 'meta' : 'utf-8-valid',
    };
  }
  if (legacy) return { text: new TextDecoder(legacy).decode(bytes), encoding: legacy, reason: 'meta' };
  return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030', reason: 'fallback' };
}
