// The popup loads only what it shows at once: not pinyin-pro and the English tables (the
// library's), not the citation engine (a worker started when "Copy citation" is used). Each
// check is shown to see its marker where the code does belong, so that it can fail.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { markersIn, scriptsOfPage } from './page-scripts';

const OUT = path.resolve('.output');
// Strings that survive minification: an option name of pinyin-pro, the CSL processor's name.
const PINYIN = ['toneType'];
const CITATION_ENGINE = ['citeproc'];

describe.each(['chrome-mv3', 'firefox-mv2'])('the %s build', (target) => {
  const dir = path.join(OUT, target);
  const popup = () => scriptsOfPage(dir, 'popup.html');

  it('popup: no pinyin-pro at start, which the library does load (the check sees it)', () => {
    expect(popup().length).toBeGreaterThan(0);
    expect(markersIn(popup(), PINYIN)).toEqual([]);
    expect(markersIn(scriptsOfPage(dir, 'options.html'), PINYIN)).toEqual(PINYIN);
  });

  it('popup: no citation engine at start, which its worker holds (the check sees it)', () => {
    expect(markersIn(popup(), CITATION_ENGINE)).toEqual([]);
    const workers = readdirSync(path.join(dir, 'assets'))
      .filter((f) => f.startsWith('cite-worker') && f.endsWith('.js'))
      .map((f) => path.join(dir, 'assets', f));
    expect(workers.length).toBeGreaterThan(0);
    expect(markersIn(workers, CITATION_ENGINE)).toEqual(CITATION_ENGINE);
  });
});
