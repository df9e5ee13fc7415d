// `npm run check:browsers` (the first step of `npm test`): are the browsers the e2e tests
// drive installed? Prints each one's path and version and exits 0, or names each missing
// browser with the env var that points at one and the command that installs it, and exits 1.
// The search itself is tests/e2e/browsers.ts. Downloads nothing.
import { execFileSync } from 'node:child_process';
import { accessSync, constants, existsSync, readFileSync } from 'node:fs';
import {
  BROWSERS,
  findBrowser,
  installHints,
  isSnap,
  platformOf,
  type BrowserName,
  type Found,
} from '../tests/e2e/browsers';

const executable = (p: string): boolean => {
  try {
    accessSync(p, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first line `--version` prints, or why it could not run. */
function versionOf(p: string): { version: string } | { error: string } {
  try {
    const out = execFileSync(p, ['--version'], {
      encoding: 'utf8',
      timeout: 20_000,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, MOZ_HEADLESS: '1' },
    });
    const line = out.split('\n').find((l) => l.trim()) ?? '';
    return line ? { version: line.trim() } : { error: '--version printed nothing' };
  } catch (err) {
    return { error: err instanceof Error ? (err.message.split('\n')[0] ?? String(err)) : String(err) };
  }
}

let osRelease = '';
try {
  osRelease = readFileSync('/etc/os-release', 'utf8');
} catch {
  // Not Linux, or no os-release: the hints list every platform.
}
const platform = platformOf(process.platform, osRelease);

const found: Found[] = BROWSERS.map((b) => findBrowser(b, process.env, existsSync));
const missing: { name: BrowserName; why: string; envVar: string }[] = [];
const ok: string[] = [];
let snap = false;
for (const f of found) {
  if (!f.path) {
    missing.push({ name: f.name, why: f.problem ?? 'not found', envVar: f.envVar });
    continue;
  }
  if (!executable(f.path)) {
    missing.push({ name: f.name, why: `${f.path} is not executable`, envVar: f.envVar });
    continue;
  }
  const v = versionOf(f.path);
  if ('error' in v) {
    missing.push({ name: f.name, why: `${f.path} --version failed: ${v.error}`, envVar: f.envVar });
    continue;
  }
  snap ||= isSnap(f.path);
  ok.push(`${f.name.padEnd(9)}${v.version} (${f.path}${f.from === 'env' ? `, from ${f.envVar}` : ''})`);
}

if (missing.length > 0) {
  console.error('check:browsers: the e2e tests drive real browsers, and these are missing:');
  for (const m of missing)
    console.error(`  ${m.name}: ${m.why}.\n    Set ${m.envVar}=/path/to/the/executable, or install it.`);
  console.error('Install:');
  for (const hint of installHints(
    platform,
    missing.map((m) => m.name),
  ))
    console.error(`  ${hint}`);
  for (const line of ok) console.error(`found: ${line}`);
  process.exit(1);
}

for (const line of ok) console.log(`check:browsers: ${line}`);
if (snap)
  console.log(
    'check:browsers: a snap browser cannot read a profile under /tmp; if it fails to start, run the tests with TMPDIR=$HOME/tmp (an existing folder in your home).',
  );
