// Extraction over every corpus page, scored by the shared score.mjs against the
// third-party references and the gold article fields; and the analyze command itself.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeDocument } from '../../utils/analyze';
import { documentFromBytes } from '../../utils/article/load';

const root = path.resolve(__dirname, '../..');
const corpus = path.resolve(root, '../shared/corpus');
const pagesDir = path.join(corpus, 'pages');
const pages = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .sort();

interface ExtractionRow {
  page: string;
  dice?: number;
  withFound?: string;
  withoutFound?: number;
}
interface Score {
  pages: number;
  missingPages: string[];
  fields: Record<string, number | null>;
  extraction: { meanDice: number; pages: ExtractionRow[] };
  misses: string[];
}

describe('extraction over the corpus', () => {
  const lines: string[] = [];
  const failures: string[] = [];
  let score: Score;

  beforeAll(() => {
    for (const f of pages) {
      try {
        const doc = documentFromBytes(readFileSync(path.join(pagesDir, f)));
        lines.push(JSON.stringify({ file: f, ...analyzeDocument(doc, `file:///corpus/${f}`) }));
      } catch (e) {
        failures.push(`${f}: ${(e as Error).message}`);
      }
    }
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'extraction-')), 'pred.jsonl');
    writeFileSync(out, lines.join('\n') + '\n');
    const json = execFileSync(
      process.execPath,
      [
        path.join(corpus, '../tools/score.mjs'),
        '--pred',
        out,
        '--gold',
        path.join(corpus, 'gold'),
        '--reference',
        path.join(corpus, 'reference'),
        '--json',
      ],
      { encoding: 'utf8' },
    );
    score = JSON.parse(json) as Score;
  }, 120_000);

  it('analyzes every page without an error', () => {
    expect(failures).toEqual([]);
    expect(lines).toHaveLength(pages.length);
    expect(score.missingPages).toEqual([]);
  });

  it('gets every page some article text', () => {
    for (const l of lines) {
      const o = JSON.parse(l) as { file: string; article: { text: string; title: string } };
      expect(o.article.text.length, o.file).toBeGreaterThan(200);
      expect(o.article.title.length, o.file).toBeGreaterThan(4);
    }
  });

  it('is close to the reference extractions: mean Dice ≥ 0.95, none below 0.85', () => {
    expect(score.extraction.meanDice).toBeGreaterThanOrEqual(0.95);
    const low = score.extraction.pages.filter((r) => r.dice !== undefined && r.dice < 0.85);
    expect(low).toEqual([]);
  });

  it('keeps every must-have snippet and none of the must-not-have ones', () => {
    for (const r of score.extraction.pages.filter((x) => x.withFound !== undefined)) {
      const [found, total] = (r.withFound ?? '0/0').split('/');
      expect(found, r.page).toBe(total);
      expect(r.withoutFound, r.page).toBe(0);
    }
  });

  it('gets title, published and source right on ≥ 95% of the gold pages', () => {
    const fieldMisses = score.misses.filter((m) => / (title|published|source) /.test(m));
    expect(score.fields.title, fieldMisses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.fields.published, fieldMisses.join('\n')).toBeGreaterThanOrEqual(0.95);
    expect(score.fields.source, fieldMisses.join('\n')).toBeGreaterThanOrEqual(0.95);
  });
});

describe('npm run analyze', () => {
  const run = (
    args: string[],
    input?: string,
  ): { status: number | null; lines: Record<string, unknown>[]; stderr: string } => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts/analyze.ts'), ...args],
      {
        cwd: root,
        encoding: 'utf8',
        input,
        timeout: 60_000,
      },
    );
    const lines = r.stdout
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    return { status: r.status, lines, stderr: r.stderr };
  };

  it('prints one JSON line per file in order, an error object for a missing file, and exits 1', () => {
    const good = path.join(pagesDir, 'seed_tianning_congress_meeting.html');
    const gbk = path.join(pagesDir, 'cx163_state_council_meeting.html');
    const missing = path.join(pagesDir, 'no_such_page.html');
    const r = run(['--url', 'http://www.example.cn/2022-07/01/a.html', good, missing, gbk]);
    expect(r.status).toBe(1);
    expect(r.lines).toHaveLength(3);
    const [first, second, third] = r.lines as [
      { file: string; article: { title: string; published: string } },
      { file: string; error: string },
      { file: string; article: { title: string; text: string } },
    ];
    expect(first.file).toBe(good);
    expect(first.article.title).toBe('区委召开人大工作会议:书写新时代高质量发展“人大答卷”');
    expect(Object.keys(first)).toEqual([
      'file',
      'article',
      'congress',
      'officials',
      'meetings',
      'slogans',
      'citation',
      'timings',
    ]);
    expect(second).toEqual({ file: missing, error: 'file not found' });
    expect(third.file).toBe(gbk);
    expect(third.article.title).toBe('国务院下午召集会议 决策层倾向果断强力救市');
    expect(third.article.text).toContain('国务院召集一行三会');
  });

  it('exits 0 when every file is read', () => {
    const r = run([path.join(pagesDir, 'gne_zsnews_shunde_daliang.html')]);
    expect(r.status).toBe(0);
    expect(r.lines).toHaveLength(1);
  });

  it('--lines analyzes each line of standard input', () => {
    const r = run(['--lines'], '区委书记许小波出席会议并讲话。\n区长张凯奇主持会议。\n');
    expect(r.status).toBe(0);
    expect(r.lines.map((l) => (l.article as { text: string }).text)).toEqual([
      '区委书记许小波出席会议并讲话。',
      '区长张凯奇主持会议。',
    ]);
  });

  it('rejects bad usage with exit status 2', () => {
    expect(run([]).status).toBe(2);
    expect(run(['--bogus', 'x.html']).status).toBe(2);
    expect(run(['x.html', '--url']).status).toBe(2);
  });
});
