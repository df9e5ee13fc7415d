// What the benchmarks share: a seeded random generator, medians, corpus sentences and
// the library data set (1,000 pages, 10,000 highlights). Outside scripts/bench/ so that
// `npm run bench` does not take it for a benchmark.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { versionBytes } from '../utils/archive/budget';
import { articleHash } from '../utils/archive/hash';
import {
  HIGHLIGHT_COLORS,
  type AnnotationRecord,
  type PageRecord,
  type VersionRecord,
} from '../utils/core/records';

/** Deterministic PRNG (mulberry32), so runs are comparable. */
export function rng(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
}

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
}

/** Sentences of the corpus texts, read in place; generated Han text when the corpus is absent. */
export function corpusSentences(): string[] {
  const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/corpus/text');
  let files: string[] = [];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.txt'));
  } catch {
    // No corpus beside the repo: fall back to generated text below.
  }
  const out: string[] = [];
  for (const f of files) {
    for (const s of readFileSync(path.join(dir, f), 'utf8').split(/(?<=[。！？；])|\n/)) {
      const t = s.trim();
      if (t.length >= 8 && t.length <= 120) out.push(t);
    }
  }
  if (out.length > 100) return out;
  const r = rng(7);
  return Array.from({ length: 5000 }, () =>
    Array.from({ length: 10 + Math.floor(r() * 60) }, () =>
      String.fromCharCode(0x4e00 + Math.floor(r() * 3000)),
    ).join(''),
  );
}

/** 1,000 pages with 10 highlights each (by default), deterministic, quotes from the sentences given. */
export function makeLibraryData(
  sentences: string[],
  { pages: PAGES, perPage: PER_PAGE }: { pages: number; perPage: number } = { pages: 1000, perPage: 10 },
): { pages: PageRecord[]; annotations: AnnotationRecord[] } {
  const r = rng(42);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const surnames = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高'];
  const given = [...'小建国华明伟强军平红丽静波涛海东晓玉春'];
  const posts = [
    '区委书记',
    '区长',
    '区人大常委会主任',
    '区人大常委会副主任',
    '市人大常委会副主任',
    '区委副书记',
  ];
  const slogans = ['强富美高', '四个意识', '四个自信', '两个维护', '全过程人民民主', '高质量发展'];
  const tags = [
    '人大工作',
    '基层治理',
    '民生',
    '法治',
    '代表履职',
    '监督',
    '预算',
    '立法',
    '调研',
    '政治表述',
  ];
  const start = Date.UTC(2024, 0, 1);
  const pages: PageRecord[] = [];
  const annotations: AnnotationRecord[] = [];
  for (let i = 0; i < PAGES; i++) {
    const site = `rd${i % 40}.example.gov.cn`;
    const url = `https://${site}/art/2024/${i}.html`;
    const created = start + i * 3_600_000;
    const officials = Array.from({ length: 1 + Math.floor(r() * 4) }, () => ({
      name: pick(surnames) + pick(given) + (r() < 0.5 ? pick(given) : ''),
      titles: [pick(posts)],
    }));
    pages.push({
      url,
      aliases: r() < 0.2 ? [`https://m.example.cn/share/${i}`] : [],
      title: pick(sentences).slice(0, 30),
      published:
        r() < 0.9 ? new Date(created - Math.floor(r() * 30) * 86_400_000).toISOString().slice(0, 10) : null,
      source: r() < 0.7 ? `${site} 办公室` : null,
      site,
      officials,
      meetings: [],
      slogans: [{ text: pick(slogans), count: 1 + Math.floor(r() * 3) }],
      created,
      updated: created + Math.floor(r() * 1000),
    });
    for (let k = 0; k < PER_PAGE; k++) {
      const exact = pick(sentences);
      const pos = Math.floor(r() * 5000);
      annotations.push({
        id: `${String(i).padStart(4, '0')}-${k}-${Math.floor(r() * 1e9).toString(36)}`,
        pageUrl: url,
        selectors: [
          {
            type: 'TextQuoteSelector',
            exact,
            prefix: pick(sentences).slice(-32),
            suffix: pick(sentences).slice(0, 32),
          },
          { type: 'TextPositionSelector', start: pos, end: pos + exact.length },
        ],
        color: pick(HIGHLIGHT_COLORS),
        tags:
          r() < 0.6
            ? [pick(tags), ...(r() < 0.3 ? [pick(tags)] : [])].filter((t, j, a) => a.indexOf(t) === j)
            : [],
        note: r() < 0.3 ? pick(sentences) : '',
        created: created + k,
        updated: created + k,
      });
    }
  }
  return { pages, annotations };
}

/** One benchmark figure with its target and verdict, as every bench prints them. */
export function figure(
  label: string,
  value: number,
  unit: string,
  target: { max?: number; min?: number },
): string {
  const ok =
    (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
  const bound = target.max !== undefined ? `≤ ${target.max}` : `≥ ${target.min}`;
  const digits = Math.abs(value) < 10 ? 2 : 1;
  return `${label}: ${value.toFixed(digits)}${unit} (target ${bound}${unit}) ${ok ? 'pass' : 'FAIL'}`;
}

/** Characters of each generated kept article. */
const ARTICLE_CHARS = 5000;

/** A kept article (about 5,000 characters of the sentences, deterministic) for each page. */
export async function makeSavedVersions(
  pages: readonly PageRecord[],
  sentences: readonly string[],
): Promise<VersionRecord[]> {
  const r = rng(5);
  const versions: VersionRecord[] = [];
  for (const p of pages) {
    const parts: string[] = [];
    let length = 0;
    while (length < ARTICLE_CHARS) {
      const s = sentences[Math.floor(r() * sentences.length)] as string;
      parts.push(s);
      length += s.length + 1;
    }
    const text = parts.join('\n');
    const snapshot = { title: p.title, text };
    versions.push({
      pageUrl: p.url,
      hash: await articleHash(snapshot),
      title: p.title,
      published: p.published,
      source: p.source,
      byline: null,
      text,
      officials: p.officials,
      meetings: p.meetings,
      slogans: p.slogans,
      firstSeen: p.created,
      lastSeen: p.updated,
      bytes: versionBytes(snapshot),
    });
  }
  return versions;
}
