// The scripts an extension page of the build loads before it runs: what its HTML names (the entry
// and its module preloads), then their static imports. Dynamic imports and worker URLs are left
// out on purpose: those load only when the page asks for them.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export function scriptsOfPage(dir: string, html: string): string[] {
  const page = readFileSync(path.join(dir, html), 'utf8');
  const queue = [...page.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) =>
    path.join(dir, m[1] as string),
  );
  const seen = new Set<string>();
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = readFileSync(file, 'utf8');
    for (const m of text.matchAll(/(?:from|import)\s*"(\.{1,2}\/[^"]+\.js)"/g)) {
      queue.push(path.resolve(path.dirname(file), m[1] as string));
    }
  }
  return [...seen];
}

/** Which of `markers` occur in any of `files`. */
export function markersIn(files: readonly string[], markers: readonly string[]): string[] {
  const texts = files.map((f) => readFileSync(f, 'utf8'));
  return markers.filter((m) => texts.some((t) => t.includes(m)));
}
