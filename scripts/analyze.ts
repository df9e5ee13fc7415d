// `npm run analyze -- [--url URL] FILE.html … | --lines`: the fixed contract of
// ../shared/DESIGN.md — one JSON object per file (or per stdin line), in order.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { analyzeDocument, analyzeText } from '../utils/analyze';
import { documentFromBytes } from '../utils/article/load';
import type { Analysis } from '../utils/types';
import { MAX_INPUT_BYTES, notAWebPage, readInput } from './analyze-input';

const USAGE = `usage: npm run analyze -- [--url URL] FILE.html [[--url URL] FILE.html …]
       npm run analyze -- --lines < text.txt
       npm run analyze -- --help

Prints one JSON object per file (JSON Lines), in the order given.

  FILE…       HTML pages to analyze (at most ${MAX_INPUT_BYTES / (1024 * 1024)} MB each). A file that
              cannot be read or is not a web page (binary data, an archive,
              an image, plain text…) prints {"file": …, "error": …} instead,
              and the command goes on with the next file.
  --url URL   the address of the page named next (default: its file:// URL)
  --lines     read plain text from standard input, one document per line,
              and run detection only (article.text is the line)
  -h, --help  print this help and exit
  --          every later argument is a file, even if it starts with -

Exit status: 0 if every file was analyzed, 1 if any failed, 2 on bad usage.`;

interface Job {
  file: string;
  url: string | null;
}

function parseArgs(argv: string[]): { help: boolean; lines: boolean; jobs: Job[] } {
  const jobs: Job[] = [];
  let lines = false;
  let url: string | null = null;
  const end = argv.indexOf('--');
  const options = end < 0 ? argv : argv.slice(0, end);
  if (options.includes('--help') || options.includes('-h')) return { help: true, lines, jobs };
  let filesOnly = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (filesOnly || a === '-' || !a.startsWith('-')) {
      jobs.push({ file: a, url });
      url = null;
    } else if (a === '--') filesOnly = true;
    else if (a === '--lines') lines = true;
    else if (a === '--url') {
      const v = argv[++i];
      if (v === undefined) throw new Error('--url needs a value');
      url = v;
    } else if (a.startsWith('--url=')) url = a.slice(6);
    else throw new Error(`unknown option ${a}`);
  }
  if (url !== null) throw new Error('--url must come before the file it belongs to');
  if (lines && jobs.length) throw new Error('--lines reads standard input; give no files');
  if (!lines && !jobs.length) throw new Error('no files given');
  return { help: false, lines, jobs };
}

const out = (o: object): void => void process.stdout.write(JSON.stringify(o) + '\n');

function ordered(head: Record<string, unknown>, a: Analysis): object {
  const { article, congress, officials, meetings, slogans, timings, ...rest } = a;
  return { ...head, article, congress, officials, meetings, slogans, ...rest, timings };
}

function analyzeFile(job: Job): boolean {
  try {
    const bytes = readInput(job.file);
    const refusal = notAWebPage(bytes);
    if (refusal) throw new Error(refusal);
    const doc = documentFromBytes(bytes);
    const url = job.url ?? pathToFileURL(path.resolve(job.file)).href;
    out(ordered({ file: job.file }, analyzeDocument(doc, url)));
    return true;
  } catch (e) {
    const msg = (e instanceof Error && e.message) || String(e);
    out({ file: job.file, error: msg });
    process.stderr.write(`analyze: ${job.file}: ${msg}\n`);
    return false;
  }
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    const msg = (e as Error).message;
    process.stderr.write(`analyze: ${msg}\n\n${USAGE}\n`);
    return 2;
  }
  if (args.help) {
    process.stdout.write(USAGE + '\n');
    return 0;
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
