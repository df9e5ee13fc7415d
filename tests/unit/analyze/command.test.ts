// `npm run analyze` end to end (scripts/analyze.ts run as a child process): files that
// are not web pages get one error line each, real pages still get their object.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const pages = path.resolve(root, '../shared/corpus/pages');
const seed = path.join(pages, 'seed_tianning_congress_meeting.html');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
  lines: Record<string, unknown>[];
}

function analyze(args: string[]): Run {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'scripts/analyze.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });
  const lines = r.stdout.startsWith('{')
    ? r.stdout
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
    : [];
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, lines };
}

describe('npm run analyze refuses what is not a web page', () => {
  let dir = '';
  const at = (name: string): string => path.join(dir, name);
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'analyze-cmd-'));
    const random = Buffer.alloc(20480);
    for (let i = 0, x = 1; i < random.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      random[i] = x >>> 24;
    }
    writeFileSync(at('random.bin'), random);
    writeFileSync(at('page.html.gz'), gzipSync(readFileSync(seed)));
    writeFileSync(at('empty.html'), '');
    writeFileSync(at('notes.txt'), '区委书记许小波出席会议并讲话。\n');
    mkdirSync(at('folder'));
    copyFileSync(seed, at('page.html'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints an error line for each bad file, the object for the real page, and exits 1', () => {
    const files = [
      'random.bin',
      'page.html.gz',
      'empty.html',
      'page.html',
      'notes.txt',
      'folder',
      'gone.html',
    ];
    const r = analyze(files.map(at));
    expect(r.status).toBe(1);
    expect(r.lines.map((l) => l.file)).toEqual(files.map(at));
    const errors = r.lines.map((l) => l.error ?? null);
    expect(errors).toEqual([
      'not a web page: binary data (contains NUL bytes)',
      'not a web page: gzip-compressed data (decompress it first)',
      'not a web page: empty file',
      null,
      'not a web page: plain text with no HTML markup (for plain text use --lines)',
      'is a directory',
      'file not found',
    ]);
    for (const line of r.lines) if (line.error) expect(Object.keys(line)).toEqual(['file', 'error']);
    const real = r.lines[3] as { article: { title: string }; congress: { isCongressNews: boolean } };
    expect(real.article.title).toBe('区委召开人大工作会议:书写新时代高质量发展“人大答卷”');
    expect(real.congress.isCongressNews).toBe(true);
    // One human line on stderr per failed file, naming the file and the reason.
    const stderr = r.stderr.trim().split('\n');
    expect(stderr).toHaveLength(6);
    expect(stderr[1]).toBe(
      `analyze: ${at('page.html.gz')}: not a web page: gzip-compressed data (decompress it first)`,
    );
  });

  it('gives the same object for a real page as the page alone does, exit 0', () => {
    const alone = analyze([at('page.html')]);
    const mixed = analyze([at('empty.html'), at('page.html')]);
    expect(alone.status).toBe(0);
    expect(alone.stderr).toBe('');
    const strip = ({ timings: _t, ...rest }: Record<string, unknown>): object => rest;
    expect(strip(mixed.lines[1] ?? {})).toEqual(strip(alone.lines[0] ?? {}));
  });

  it('refuses a huge file without reading it', () => {
    // A sparse file: stat says 200 MB, the disk holds nothing.
    const huge = at('huge.html');
    writeFileSync(huge, '');
    spawnSync('truncate', ['-s', '200M', huge]);
    const r = analyze([huge]);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([{ file: huge, error: 'file too large: 200 MB (the limit is 50 MB)' }]);
  });
});

describe('npm run analyze usage', () => {
  const named = (...cases: string[][]): [string, string[]][] => cases.map((c) => [c.join(' '), c]);

  it.each(named(['--help'], ['-h'], ['x.html', '--help']))(
    '%s prints the usage to stdout, exit 0',
    (_, args) => {
      const r = analyze(args);
      expect(r.status).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^usage: npm run analyze -- /);
      for (const option of ['FILE…', '--url URL', '--lines', '--help']) expect(r.stdout).toContain(option);
    },
  );

  it.each(named(['--bogus', 'x.html'], ['-x'], ['--lines=1']))(
    '%s prints the usage to stderr, exit 2',
    (_, args) => {
      const r = analyze(args);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^analyze: unknown option /);
      expect(r.stderr).toContain('usage: npm run analyze -- ');
    },
  );

  it('treats arguments after -- as files', () => {
    const r = analyze(['--', '--help']);
    expect(r.status).toBe(1);
    expect(r.lines).toEqual([{ file: '--help', error: 'file not found' }]);
  });
});

describe('npm run analyze gives each page its citation', () => {
  const today = (): { 'date-parts': [number[]] } => {
    const d = new Date();
    return { 'date-parts': [[d.getFullYear(), d.getMonth() + 1, d.getDate()]] };
  };

  it('a CSL-JSON item after the slogans: the site’s name, 来源 as publisher, the run’s day as accessed', () => {
    const before = today();
    const r = analyze(['--url', 'https://www.tianning.gov.cn/a/1.html', seed]);
    expect(r.status).toBe(0);
    const [line] = r.lines as [Record<string, unknown>];
    expect(Object.keys(line)).toEqual([
      'file',
      'article',
      'congress',
      'officials',
      'meetings',
      'slogans',
      'citation',
      'timings',
    ]);
    expect(line.citation).toEqual({
      id: 'renda202207012a6c23f',
      type: 'article-newspaper',
      title: '区委召开人大工作会议:书写新时代高质量发展“人大答卷”',
      'container-title': '天宁区人大',
      publisher: '天宁人大',
      author: [],
      issued: { 'date-parts': [[2022, 7, 1]] },
      URL: 'https://www.tianning.gov.cn/a/1.html',
      accessed: (line.citation as { accessed: unknown }).accessed,
      language: 'zh-CN',
    });
    // The day of the run (either side of a midnight that fell during it).
    expect([JSON.stringify(before), JSON.stringify(today())]).toContain(
      JSON.stringify((line.citation as { accessed: unknown }).accessed),
    );
  });

  it('no URL without --url (a file:// address is no one else’s), and no citation for --lines', () => {
    const file = analyze([seed]).lines[0] as { citation: Record<string, unknown> };
    expect(file.citation).not.toHaveProperty('URL');
    expect(file.citation['container-title']).toBe('天宁区人大');
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(root, 'scripts/analyze.ts'), '--lines'],
      {
        cwd: root,
        encoding: 'utf8',
        input: '区委书记许小波出席会议。\n',
        timeout: 60_000,
      },
    );
    expect(JSON.parse(r.stdout.trim())).not.toHaveProperty('citation');
  });
});
