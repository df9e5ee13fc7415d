// Detection cost against extraction cost over every corpus page (linkedom in Node). Prints the
// median extraction and detection time per page, their ratio, and detection time per 5,000 characters.
// Targets: detection at most a fifth of extraction, under 5 ms per 5,000 characters.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../utils/article';
import { documentFromBytes } from '../../utils/article/load';
import { detect } from '../../utils/detect';
import { figure, median } from '../bench-lib';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/pages');
const REPS = 7;

function time(fn: () => void): number {
  const runs: number[] = [];
  for (let i = 0; i < REPS; i++) {
    const t0 = performance.now();
    fn();
    runs.push(performance.now() - t0);
  }
  return median(runs);
}

export default async function run(): Promise<void> {
  const files = readdirSync(pagesDir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const pages = files.map((f) => {
    const doc = documentFromBytes(readFileSync(path.join(pagesDir, f)));
    return { f, doc, article: extractArticle(doc, `file:///corpus/${f}`) };
  });
  // One warm-up pass over every page, so that neither side pays for the JIT inside the timings; the
  // first, cold call is reported separately.
  const t0 = performance.now();
  detect(pages[0]?.article ?? { title: '', text: '', published: null });
  const coldMs = performance.now() - t0;
  for (const p of pages) {
    extractArticle(p.doc, 'file:///x');
    detect(p.article);
  }
  const rows = pages.map(({ f, doc, article }) => {
    const extractMs = time(() => extractArticle(doc, `file:///corpus/${f}`));
    const detectMs = time(() => detect(article));
    const chars = article.title.length + article.text.length;
    return { f, extractMs, detectMs, chars, per5k: chars ? (detectMs * 5000) / chars : 0 };
  });
  const ex = median(rows.map((r) => r.extractMs));
  const de = median(rows.map((r) => r.detectMs));
  const totalChars = rows.reduce((s, r) => s + r.chars, 0);
  const totalDetect = rows.reduce((s, r) => s + r.detectMs, 0);
  const slowest = rows.reduce((a, b) => (b.per5k > a.per5k ? b : a));
  console.log(`pages: ${rows.length}, ${REPS} runs each (linkedom, Node ${process.version})`);
  console.log(`first (cold) detection call ${coldMs.toFixed(2)} ms`);
  console.log(`extraction median ${ex.toFixed(2)} ms/page`);
  console.log(`detection  median ${de.toFixed(2)} ms/page`);
  console.log(figure('ratio detection/extraction, medians', de / ex, '', { max: 0.2 }));
  console.log(
    figure('detection per 5,000 characters, median over pages', median(rows.map((r) => r.per5k)), ' ms', {
      max: 5,
    }),
  );
  console.log(
    figure('detection per 5,000 characters, worst page', slowest.per5k, ' ms', { max: 5 }) +
      ` (${slowest.f}, ${slowest.chars} chars)`,
  );
  console.log(
    `  overall ${((totalDetect * 5000) / totalChars).toFixed(2)} ms per 5,000 characters (traditional→simplified conversion included)`,
  );
}
