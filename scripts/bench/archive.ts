// The diff of two versions of the longest corpus article (extracted as the extract bench does):
// the second version has one passage edited, one deleted and one added, the changes a reader
// is shown when a saved page is reopened. Median of 30 runs after a warm-up.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractArticle } from '../../utils/article';
import { documentFromBytes } from '../../utils/article/load';
import { diffVersions } from '../../utils/archive/diff';
import { splitPassages } from '../../utils/archive/passages';
import { figure, median } from '../bench-lib';

const pagesDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../shared/corpus/pages');
const RUNS = 30;

/** One passage edited in the middle of a sentence, one deleted, one added. */
function secondVersion(text: string): string {
  const passages = splitPassages(text);
  const n = passages.length;
  const edit = Math.floor(n / 3);
  const p = passages[edit] ?? '';
  const at = Math.floor(p.length / 2);
  passages[edit] = `${p.slice(0, at)}（已修改）${p.slice(at + 2)}`;
  passages.splice(Math.floor((2 * n) / 3), 1);
  passages.splice(1, 0, '本文于发布后经过编辑，部分内容已调整。');
  return passages.join('\n');
}

export default async function run(): Promise<void> {
  let longest = { f: '', text: '' };
  for (const f of readdirSync(pagesDir).filter((x) => x.endsWith('.html'))) {
    const article = extractArticle(documentFromBytes(readFileSync(path.join(pagesDir, f))), 'file:///x');
    const text = article.text;
    if (text.length > longest.text.length) longest = { f, text };
  }
  const newer = secondVersion(longest.text);
  diffVersions(longest.text, newer);
  const runs: number[] = [];
  let summary = { edited: 0, removed: 0, added: 0 };
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    summary = diffVersions(longest.text, newer).summary;
    runs.push(performance.now() - t0);
  }
  console.log(
    `longest article: ${longest.f}, ${longest.text.length} characters, ${splitPassages(longest.text).length} passages; ` +
      `diff found ${summary.edited} edited, ${summary.removed} removed, ${summary.added} added`,
  );
  console.log(figure(`diff of two versions, median of ${RUNS}`, median(runs), ' ms', { max: 20 }));
}
