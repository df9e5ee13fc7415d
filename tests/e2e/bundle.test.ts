// The built extension keeps the database where it belongs: the content side (gate and
// analyzer, which run in web pages whose IndexedDB is the site's) and the extension
// pages (which reach the store by message) carry no Dexie; the background does.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { scriptsOfPage } from './page-scripts';
import { describe, expect, it } from 'vitest';

const OUT = path.resolve('.output');
// Strings of Dexie's own code that survive minification.
const DEXIE_MARKERS = ['DexieError', 'MissingAPIError', '__dbnames'];

function dexieIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return DEXIE_MARKERS.filter((m) => text.includes(m));
}

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (target) => {
  const dir = path.join(OUT, target);

  it('was built', () => {
    expect(existsSync(path.join(dir, 'manifest.json'))).toBe(true);
  });

  it('has Dexie in the background only (the check sees it there)', () => {
    expect(dexieIn(path.join(dir, 'background.js'))).toEqual(DEXIE_MARKERS);
  });

  it.each(['gate.js', 'analyzer.js'])('content side: %s carries no Dexie', (file) => {
    expect(dexieIn(path.join(dir, file))).toEqual([]);
  });

  it.each(['popup.html', 'options.html'])('extension page %s loads no Dexie', (html) => {
    const scripts = scriptsOfPage(dir, html);
    expect(scripts.length).toBeGreaterThan(0);
    for (const s of scripts)
      expect({ file: path.relative(dir, s), dexie: dexieIn(s) }).toEqual({
        file: path.relative(dir, s),
        dexie: [],
      });
  });
});
