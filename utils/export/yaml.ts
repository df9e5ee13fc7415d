// YAML front matter (Obsidian's properties, Jekyll's and Hugo's front matter) for a page's note.
// Every string is written double-quoted, so that a title with a colon, a quote, a # or a leading
// - or @ stays one string; dates are written bare, so that they are read as dates.

/** A YAML double-quoted scalar: JSON's escapes are YAML's, plus what YAML may not hold unescaped. */
export function yamlString(s: string): string {
  // A lone surrogate is no character YAML can hold, escaped or not.
  const wellFormed = s.replace(
    /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    '\ufffd',
  );
  // JSON leaves DEL, the C1 controls (but NEL) and U+FFFE/U+FFFF as they are; YAML wants them escaped.
  return JSON.stringify(wellFormed).replace(
    /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

export type FrontMatterEntry = [key: string, value: string | null | undefined, kind: 'string' | 'date'];

/** The front matter block, --- to ---; entries without a value are left out. */
export function frontMatter(entries: readonly FrontMatterEntry[]): string {
  const lines = entries
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value, kind]) =>
      kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value ?? '')
        ? `${key}: ${value}`
        : `${key}: ${yamlString(value ?? '')}`,
    );
  return ['---', ...lines, '---'].join('\n');
}
