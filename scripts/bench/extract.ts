// Article extraction and the content-script gate over every corpus page, with
// linkedom in Node (a browser DOM is faster). Prints medians and the slowest page.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../utils/article';
import { isLikelyPoliticalNews } from '../../utils/article/gate';
import { documentFromBytes } from '../../utils/article/load';
import { median } from '../bench-lib';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/pages');

export default async function run(): Promise<void> {
  const files = readdirSync(pagesDir).filter((f) => f.endsWith('.html'));
  const docs = files.map((f) => ({ f, doc: documentFromBytes(readFileSync(path.join(pagesDir, f))) }));
  // Warm up the JIT so the first page does not pay for it.
  for (const { doc } of docs.slice(0, 3)) extractArticle(doc, 'file:///x');
  const extract: { f: string; ms: number }[] = [];
  const gate: number[] = [];
  for (const { f, doc } of docs) {
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      const t0 = performance.now();
      extractArticle(doc, 'file:///x');
      runs.push(performance.now() - t0);
    }
    extract.push({ f, ms: median(runs) });
    const t1 = performance.now();
    isLikelyPoliticalNews(doc);
    gate.push(performance.now() - t1);
  }
  const slowest = extract.reduce((a, b) => (b.ms > a.ms ? b : a));
  console.log(`pages: ${files.length} (linkedom, Node ${process.version})`);
  console.log(
    `extractArticle median ${median(extract.map((e) => e.ms)).toFixed(1)} ms, slowest ${slowest.ms.toFixed(1)} ms (${slowest.f}) (no target: the yardstick of detection's cost)`,
  );
  console.log(
    `isLikelyPoliticalNews median ${median(gate).toFixed(2)} ms, max ${Math.max(...gate).toFixed(2)} ms (linkedom; the gate's target is in the cost bench, in Chromium)`,
  );
}
