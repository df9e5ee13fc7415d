// citeproc, citation-js and the CSL styles (some 950 kB minified) are for the extension pages:
// the scripts that run in web pages may build a citation item (citation.ts, a plain object) but
// never format one. This follows the static imports of our sources from each content entrypoint.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const IMPORT =
  /(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/g;

function resolve(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.tsx?$/.test(candidate)) return candidate;
  }
  return null;
}

/** Every source file the entry imports, directly or not, and every package they import. */
function graph(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const queue = [path.join(root, entry)];
  for (let file = queue.pop(); file; file = queue.pop()) {
    if (files.has(file)) continue;
    files.add(file);
    const source = readFileSync(file, 'utf8').replace(/^\s*import\s+type\s[^;]*;/gm, '');
    for (const m of source.matchAll(IMPORT)) {
      const spec = m[1] ?? m[2] ?? '';
      if (spec.startsWith('.')) {
        const target = resolve(file, spec);
        if (target) queue.push(target);
      } else packages.add(spec);
    }
  }
  return { files: new Set([...files].map((f) => path.relative(root, f))), packages };
}

const HEAVY_FILES = [
  'utils/export/cite.ts',
  'utils/export/citejs.ts',
  'utils/export/ris.ts',
  'utils/export/bibtex.ts',
  'utils/export/csl/styles.ts',
];

describe('citation formatting stays out of the content scripts', () => {
  it.each(['entrypoints/analyzer.ts', 'entrypoints/gate.ts', 'utils/analyze.ts'])('%s', (entry) => {
    const { files, packages } = graph(entry);
    expect([...packages].filter((p) => /^@citation-js\/|^citeproc/.test(p))).toEqual([]);
    expect(HEAVY_FILES.filter((f) => files.has(f))).toEqual([]);
  });

  it('the walk sees what it should: the analyzer builds citation items; cite.ts pulls in citation-js', () => {
    expect(graph('entrypoints/analyzer.ts').files.has('utils/export/citation.ts')).toBe(true);
    const cite = graph('utils/export/cite.ts');
    expect(cite.packages.has('@citation-js/core')).toBe(true);
    expect(cite.files.has('utils/export/csl/styles.ts')).toBe(true);
    // The library reaches the citations module, which loads the formatter on demand only.
    expect(graph('entrypoints/options/main.tsx').files.has('utils/library/citing.ts')).toBe(true);
    expect(graph('utils/library/cite-worker.ts').files.has('utils/export/cite.ts')).toBe(true);
  });

  // The extension pages load it on demand, in a worker (utils/library/citing.ts): their first
  // screen does not wait for 950 kB, and the page's thread never builds a citeproc engine.
  it.each(['entrypoints/options/main.tsx', 'entrypoints/popup/main.tsx'])(
    '%s does not import it up front',
    (entry) => {
      const { files, packages } = graph(entry);
      expect([...packages].filter((p) => /^@citation-js\/|^citeproc/.test(p))).toEqual([]);
      expect([...HEAVY_FILES, 'utils/library/cite-answer.ts'].filter((f) => files.has(f))).toEqual([]);
    },
  );
});
