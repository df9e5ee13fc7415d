// The bundled CSL files: compiled into styles.ts as they are (run generate.ts after a change),
// unchanged since they were taken (the README's checksums), licensed as the README says, and
// formatting the same once minified as the files themselves do.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Cite, plugins } from '@citation-js/core';
import { formatCitation } from '../../../utils/export/cite';
import { CSL_FILES, formattedStyles, minifyXml, readCslFiles } from '../../../utils/export/csl/generate';
import * as styles from '../../../utils/export/csl/styles';
import { ITEMS } from './citation-fixtures';

const dir = path.resolve(__dirname, '../../../utils/export/csl');
const readme = readFileSync(path.join(dir, 'README.md'), 'utf8');
const files = readCslFiles();

describe('bundled CSL files', () => {
  it('styles.ts is generate.ts’s output for the files (run npx tsx utils/export/csl/generate.ts)', async () => {
    expect(readFileSync(path.join(dir, 'styles.ts'), 'utf8')).toBe(await formattedStyles(files));
    expect(Object.keys(styles).sort()).toEqual(CSL_FILES.map((f) => f.name).sort());
  });

  it.each(files.map((f) => [f.file, f.text]))('%s: the file the README names, by checksum', (file, text) => {
    const sha = createHash('sha256').update(text, 'utf8').digest('hex');
    const row = readme.split('\n').find((l) => l.startsWith(`| \`${file}\``));
    expect(row).toBeDefined();
    expect(row).toContain(`\`${sha}\``);
    expect(row).toMatch(/`[0-9a-f]{40}`/);
  });

  it.each(files.map((f) => [f.file, f.text]))('%s: CC BY-SA 3.0, kept in styles.ts', (file, text) => {
    const rights = '<rights license="http://creativecommons.org/licenses/by-sa/3.0/">';
    expect(text).toContain(rights);
    const name = CSL_FILES.find((f) => f.file === file)?.name ?? '';
    expect((styles as Record<string, string>)[name]).toContain(rights);
  });

  it.each([
    ['drops comments', '<a><!-- x\n y --><b/></a>', '<a><b/></a>'],
    ['drops indentation between tags', '<a>\n  <b/>\n\t<c/>\n</a>', '<a><b/><c/></a>'],
    ['keeps a term that is a space', '<term name="x"> </term>', '<term name="x"> </term>'],
    ['keeps spaces inside attribute values', '<text value=" : "/>', '<text value=" : "/>'],
  ])('minifyXml %s', (_why, xml, expected) => expect(minifyXml(xml)).toBe(expected));

  it('the minified styles cite exactly as the files do', () => {
    const csl = plugins.config.get('@csl');
    const byName = Object.fromEntries(files.map((f) => [f.name, f.text]));
    csl.templates.add('original-gb7714', byName.GB7714_2015_NUMERIC ?? '');
    csl.templates.add('original-chicago', byName.CHICAGO_NOTES_BIBLIOGRAPHY ?? '');
    const cite = new Cite(ITEMS.map(({ author, ...rest }) => (author.length ? { ...rest, author } : rest)));
    expect(
      String(cite.format('bibliography', { template: 'original-gb7714', lang: 'zh-CN' })).trimEnd(),
    ).toBe(formatCitation(ITEMS, 'gb7714'));
    expect(
      String(cite.format('bibliography', { template: 'original-chicago', lang: 'en-US' })).trimEnd(),
    ).toBe(formatCitation(ITEMS, 'chicago-bibliography'));
  });
});
