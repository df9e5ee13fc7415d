// `npm run analyze -- [--url URL] FILE.html … | --lines`: the fixed contract of
// ../shared/DESIGN.md — one JSON object per file (or per stdin line), in order.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, analyzeText } from '../utils/analyze';
import { documentFromBytes } from '../utils/article/load';
import type { Analysis } from '../utils/types';

const USAGE =
  'usage: npm run analyze -- [--url URL] FILE.html [[--url URL] FILE.html …]\n       npm run analyze -- --lines < text.txt';

interface Job {
  file: string;
  url: string | null;
}

function parseArgs(argv: string[]): { lines: boolean; jobs: Job[] } {
  const jobs: Job[] = [];
  let lines = false;
  let url: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--lines') lines = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (v === undefined) throw new Error('--url needs a value');
      url = v;
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--help' || a === '-h') throw new Error('');
    else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
    else {
      jobs.push({ file: a, url });
      url = null;
    }
  }
  if (url !== null) throw new Error('--url must come before the file it belongs to');
  if (lines && jobs.length) throw new Error('--lines reads standard input; give no files');
  if (!lines && !jobs.length) throw new Error('no files given');
  return { lines, jobs };
}

const out = (o: object): void => void process.stdout.write(JSON.stringify(o) + '\n');

function ordered(head: Record<string, unknown>, a: Analysis): object {
  const { article, congress, officials, meetings, slogans, timings, ...rest } = a;
  return { ...head, article, congress, officials, meetings, slogans, ...rest, timings };
}

function analyzeFile(job: Job): boolean {
  try {
    const doc = documentFromBytes(readFileSync(job.file));
    const url = job.url ?? pathToFileURL(path.resolve(job.file)).href;
    out(ordered({ file: job.file }, analyzeDocument(doc, url)));
    return true;
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    const msg =
      err.code === 'ENOENT' ? 'file not found' : err.code === 'EISDIR' ? 'is a directory' : err.message;
    out({ file: job.file, error: msg || String(e) });
    return false;
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    const msg = (e as Error).message;
    process.stderr.write((msg ? `analyze: ${msg}\n` : '') + USAGE + '\n');
    return 2;
  }
  if (args.lines) {
    const chunks: Buffer[] = [];
    for await (const c of process.stdin) chunks.push(c as Buffer);
    const text = Buffer.concat(chunks)
      .toString('utf8')
      .replace(/^\ufeff/, '');
    const lines = text.split(/\r?\n/);
    if (lines[lines.length - 1] === '') lines.pop();
    lines.forEach((line, i) => out(ordered({ file: '-', line: i + 1 }, analyzeText(line))));
    return 0;
  }
  let ok = true;
  for (const job of args.jobs) ok = analyzeFile(job) && ok;
  return ok ? 0 : 1;
}

// A closed pipe (| head) is the reader's choice, not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});

process.exitCode = await main();
