// Where the e2e tests, the browser benchmarks and scripts/check-browsers.ts find the browsers:
// the path in CHROMIUM_PATH / FIREFOX_PATH if set, else the first of the usual install
// locations that exists. Pure (env and the file test are passed in) so that a table-driven
// unit test covers it: tests/unit/e2e-browsers.test.ts. Nothing here downloads a browser.

export type BrowserName = 'chromium' | 'firefox';

export const BROWSERS: readonly BrowserName[] = ['chromium', 'firefox'];

export const ENV_VAR: Record<BrowserName, string> = {
  chromium: 'CHROMIUM_PATH',
  firefox: 'FIREFOX_PATH',
};

/** Searched in this order when the env var is not set: Linux packages first, then macOS apps. */
export const CANDIDATES: Record<BrowserName, readonly string[]> = {
  chromium: [
    '/usr/bin/chromium', // Debian
    '/usr/bin/chromium-browser', // Ubuntu (a wrapper of the snap on recent releases)
    '/snap/bin/chromium', // Ubuntu snap
    '/usr/bin/google-chrome', // Google Chrome .deb/.rpm
    '/usr/bin/google-chrome-stable',
    '/opt/google/chrome/chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium', // macOS (brew install --cask chromium)
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ],
  firefox: [
    '/usr/bin/firefox-esr', // Debian
    '/usr/bin/firefox', // Ubuntu, Fedora, Arch (on Ubuntu a wrapper of the snap)
    '/snap/bin/firefox', // Ubuntu snap
    '/Applications/Firefox.app/Contents/MacOS/firefox', // macOS (brew install --cask firefox)
    '/Applications/Firefox ESR.app/Contents/MacOS/firefox',
    '/Applications/Firefox Nightly.app/Contents/MacOS/firefox',
    '/Applications/Firefox Developer Edition.app/Contents/MacOS/firefox',
  ],
};

export type Env = Readonly<Record<string, string | undefined>>;

export interface Found {
  name: BrowserName;
  /** The executable to launch, or null when none was found. */
  path: string | null;
  /** Where the path came from. */
  from: 'env' | 'search' | null;
  /** The env var that overrides the search. */
  envVar: string;
  /** What was looked at, in order. */
  tried: string[];
  /** Why nothing is launched, when path is null. */
  problem?: string;
}

/**
 * The browser to launch. A set env var wins and is not second-guessed: if it names no file,
 * nothing is found (rather than silently testing another browser than the one asked for).
 */
export function findBrowser(name: BrowserName, env: Env, exists: (p: string) => boolean): Found {
  const envVar = ENV_VAR[name];
  const wanted = env[envVar]?.trim();
  if (wanted) {
    if (exists(wanted)) return { name, path: wanted, from: 'env', envVar, tried: [wanted] };
    return {
      name,
      path: null,
      from: null,
      envVar,
      tried: [wanted],
      problem: `${envVar}=${wanted} names no file`,
    };
  }
  const tried: string[] = [];
  for (const candidate of CANDIDATES[name]) {
    tried.push(candidate);
    if (exists(candidate)) return { name, path: candidate, from: 'search', envVar, tried };
  }
  return {
    name,
    path: null,
    from: null,
    envVar,
    tried,
    problem: `${name} not found (looked at ${tried.join(', ')})`,
  };
}

/** Snap browsers cannot read a profile under /tmp, where puppeteer makes one unless TMPDIR says otherwise. */
export function isSnap(executable: string): boolean {
  return executable.startsWith('/snap/');
}

export type Platform = 'debian' | 'ubuntu' | 'macos' | 'other';

/** The platform from process.platform and the text of /etc/os-release (empty if absent). */
export function platformOf(nodePlatform: string, osRelease: string): Platform {
  if (nodePlatform === 'darwin') return 'macos';
  if (nodePlatform !== 'linux') return 'other';
  const field = (k: string): string =>
    (new RegExp(`^${k}=["']?([^"'\\n]*)`, 'm').exec(osRelease)?.[1] ?? '').toLowerCase();
  const ids = [field('ID'), ...field('ID_LIKE').split(/\s+/)];
  if (ids.includes('ubuntu')) return 'ubuntu';
  if (ids.includes('debian')) return 'debian';
  return 'other';
}

/** The commands that install the missing browsers, for the platform first. */
export function installHints(platform: Platform, missing: readonly BrowserName[]): string[] {
  const debian = `Debian: sudo apt-get install -y ${missing.map((b) => (b === 'chromium' ? 'chromium' : 'firefox-esr')).join(' ')}`;
  const ubuntu =
    `Ubuntu: sudo snap install ${missing.join(' ')}` +
    (missing.includes('chromium')
      ? ' (or Google Chrome: https://www.google.com/chrome/, then sudo apt-get install -y ./google-chrome-stable_current_amd64.deb)'
      : '');
  const macos = `macOS: brew install --cask ${missing.join(' ')}`;
  const order: Record<Platform, string[]> = {
    debian: [debian, ubuntu, macos],
    ubuntu: [ubuntu, debian, macos],
    macos: [macos, debian, ubuntu],
    other: [debian, ubuntu, macos],
  };
  return order[platform];
}
