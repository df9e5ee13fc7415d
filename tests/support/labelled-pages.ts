// The labelled development set (tests/fixtures/detect-pages/<slug>/): reading it, running
// the analyzer over it as `npm run analyze` does, and scoring with ../shared/tools/score.mjs.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import { analyzeDocument } from '../../utils/analyze';
import { documentFromBytes } from '../../utils/article/load';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PAGES_DIR = path.join(ROOT, 'tests/fixtures/detect-pages');
export const SCORER = path.resolve(ROOT, '../shared/tools/score.mjs');

export const SPLITS = ['dev', 'heldout'] as const;
export type Split = (typeof SPLITS)[number];

export const KINDS = [
  'standing-committee-session',
  'directors-meeting',
  'congress-session',
  'presidium',
  'deputies-visit',
  'liaison-station',
  'law-enforcement-inspection',
  'special-inquiry',
  'satisfaction-evaluation',
  'election-appointment',
  'party-group-study',
  'cppcc',
  'party-committee',
  'government-executive',
  'control-other',
] as const;

export interface Source {
  url: string;
  retrieved: string;
  query?: string;
  kind: (typeof KINDS)[number];
  province: string;
  split: Split;
  notes?: string;
}

export interface LabelledPage {
  slug: string;
  dir: string;
  html: Buffer;
  expected: { page: string } & Record<string, unknown>;
  source: Source;
}

export function labelledPages(split?: Split): LabelledPage[] {
  return readdirSync(PAGES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .map((slug) => {
      const dir = path.join(PAGES_DIR, slug);
      return {
        slug,
        dir,
        html: readFileSync(path.join(dir, 'page.html')),
        expected: JSON.parse(
          readFileSync(path.join(dir, 'expected.json'), 'utf8'),
        ) as LabelledPage['expected'],
        source: JSON.parse(readFileSync(path.join(dir, 'source.json'), 'utf8')) as Source,
      };
    })
    .filter((p) => split === undefined || p.source.split === split);
}

interface Prf {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}
export interface Score {
  pages: number;
  officials: Prf;
  titles: Prf;
  meetings: Prf;
  slogans: Prf;
  fields: Record<string, number | null>;
  misses: string[];
}

/** Analyzes the pages (each under the name its labels give) and scores them with score.mjs. */
export function scorePages(pages: readonly LabelledPage[]): Score {
  const dir = mkdtempSync(path.join(tmpdir(), 'labelled-'));
  const gold = path.join(dir, 'gold');
  mkdirSync(gold);
  const lines = pages.map((p) => {
    writeFileSync(path.join(gold, `${p.slug}.json`), JSON.stringify(p.expected));
    const analysis = analyzeDocument(documentFromBytes(p.html), p.source.url);
    return JSON.stringify({ file: p.expected.page, ...analysis });
  });
  const pred = path.join(dir, 'pred.jsonl');
  writeFileSync(pred, lines.join('\n') + '\n');
  const json = execFileSync(process.execPath, [SCORER, '--pred', pred, '--gold', gold, '--json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(json) as Score;
}

/** Whether the labeller marked the page as written in traditional characters. */
export const isTraditional = (p: LabelledPage): boolean => /\btraditional\b/.test(p.source.notes ?? '');

let toTw: ((s: string) => string) | null = null;

/**
 * The same page written in traditional characters (OpenCC's phrase-level cn → tw converter, the way a
 * Taiwanese or Hong Kong site would write it), with its labels converted alike.
 */
export function inTraditional(p: LabelledPage): LabelledPage {
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  const convert = toTw;
  const deep = (v: unknown, key?: string): unknown =>
    typeof v === 'string'
      ? key === 'page' || key === 'date' || key === 'published' || key === 'kind' || key === 'role'
        ? v
        : convert(v)
      : Array.isArray(v)
        ? v.map((x) => deep(x))
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).map(([k, x]) => [k, deep(x, k)]))
          : v;
  return {
    ...p,
    html: Buffer.from(convert(p.html.toString('utf8'))),
    expected: deep(p.expected) as LabelledPage['expected'],
  };
}
