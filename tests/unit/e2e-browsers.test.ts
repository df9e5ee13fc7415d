// Where the e2e harness finds the browsers (tests/e2e/browsers.ts): env var first, then the usual
// install locations of Debian, Ubuntu, Google Chrome and macOS, in order.
import { describe, expect, it } from 'vitest';
import {
  CANDIDATES,
  findBrowser,
  installHints,
  isSnap,
  platformOf,
  type BrowserName,
  type Env,
} from '../e2e/browsers';

const MAC_CHROME = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
const MAC_CHROMIUM = '/Applications/Chromium.app/Contents/MacOS/Chromium';
const MAC_FIREFOX = '/Applications/Firefox.app/Contents/MacOS/firefox';
const MAC_ESR = '/Applications/Firefox ESR.app/Contents/MacOS/firefox';
const MAC_NIGHTLY = '/Applications/Firefox Nightly.app/Contents/MacOS/firefox';

interface Row {
  machine: string;
  name: BrowserName;
  env: Env;
  files: string[];
  path: string | null;
  from: 'env' | 'search' | null;
}

const rows: Row[] = [
  // Debian: the packages the README installs.
  {
    machine: 'Debian',
    name: 'chromium',
    env: {},
    files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'],
    path: '/usr/bin/chromium',
    from: 'search',
  },
  {
    machine: 'Debian',
    name: 'firefox',
    env: {},
    files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'],
    path: '/usr/bin/firefox-esr',
    from: 'search',
  },
  // Debian with both Firefox packages: ESR first (the one the README installs).
  {
    machine: 'Debian, both Firefox',
    name: 'firefox',
    env: {},
    files: ['/usr/bin/firefox', '/usr/bin/firefox-esr'],
    path: '/usr/bin/firefox-esr',
    from: 'search',
  },
  // Ubuntu with the deb wrappers of the snaps, and with the snaps alone.
  {
    machine: 'Ubuntu',
    name: 'chromium',
    env: {},
    files: ['/usr/bin/chromium-browser', '/snap/bin/chromium'],
    path: '/usr/bin/chromium-browser',
    from: 'search',
  },
  {
    machine: 'Ubuntu',
    name: 'firefox',
    env: {},
    files: ['/usr/bin/firefox', '/snap/bin/firefox'],
    path: '/usr/bin/firefox',
    from: 'search',
  },
  {
    machine: 'Ubuntu snap only',
    name: 'chromium',
    env: {},
    files: ['/snap/bin/chromium', '/snap/bin/firefox'],
    path: '/snap/bin/chromium',
    from: 'search',
  },
  {
    machine: 'Ubuntu snap only',
    name: 'firefox',
    env: {},
    files: ['/snap/bin/chromium', '/snap/bin/firefox'],
    path: '/snap/bin/firefox',
    from: 'search',
  },
  // Google Chrome only, each of its paths.
  {
    machine: 'Chrome',
    name: 'chromium',
    env: {},
    files: ['/usr/bin/google-chrome'],
    path: '/usr/bin/google-chrome',
    from: 'search',
  },
  {
    machine: 'Chrome stable',
    name: 'chromium',
    env: {},
    files: ['/usr/bin/google-chrome-stable'],
    path: '/usr/bin/google-chrome-stable',
    from: 'search',
  },
  {
    machine: 'Chrome /opt',
    name: 'chromium',
    env: {},
    files: ['/opt/google/chrome/chrome'],
    path: '/opt/google/chrome/chrome',
    from: 'search',
  },
  // Chromium preferred to Chrome when both are there.
  {
    machine: 'Chromium and Chrome',
    name: 'chromium',
    env: {},
    files: ['/usr/bin/google-chrome', '/usr/bin/chromium'],
    path: '/usr/bin/chromium',
    from: 'search',
  },
  // macOS apps.
  {
    machine: 'macOS Chrome',
    name: 'chromium',
    env: {},
    files: [MAC_CHROME],
    path: MAC_CHROME,
    from: 'search',
  },
  {
    machine: 'macOS Chromium',
    name: 'chromium',
    env: {},
    files: [MAC_CHROMIUM, MAC_CHROME],
    path: MAC_CHROMIUM,
    from: 'search',
  },
  {
    machine: 'macOS Firefox',
    name: 'firefox',
    env: {},
    files: [MAC_FIREFOX, MAC_NIGHTLY],
    path: MAC_FIREFOX,
    from: 'search',
  },
  { machine: 'macOS Firefox ESR', name: 'firefox', env: {}, files: [MAC_ESR], path: MAC_ESR, from: 'search' },
  {
    machine: 'macOS Nightly',
    name: 'firefox',
    env: {},
    files: [MAC_NIGHTLY],
    path: MAC_NIGHTLY,
    from: 'search',
  },
  // The env var wins over every installed browser.
  {
    machine: 'env',
    name: 'chromium',
    env: { CHROMIUM_PATH: '/home/me/chrome-linux/chrome' },
    files: ['/usr/bin/chromium', '/home/me/chrome-linux/chrome'],
    path: '/home/me/chrome-linux/chrome',
    from: 'env',
  },
  {
    machine: 'env',
    name: 'firefox',
    env: { FIREFOX_PATH: '/opt/ff/firefox' },
    files: ['/usr/bin/firefox-esr', '/opt/ff/firefox'],
    path: '/opt/ff/firefox',
    from: 'env',
  },
  // Each env var is for its own browser only.
  {
    machine: 'other env',
    name: 'firefox',
    env: { CHROMIUM_PATH: '/opt/ff/firefox' },
    files: ['/usr/bin/firefox-esr', '/opt/ff/firefox'],
    path: '/usr/bin/firefox-esr',
    from: 'search',
  },
  // An empty env var counts as unset.
  {
    machine: 'empty env',
    name: 'chromium',
    env: { CHROMIUM_PATH: '  ' },
    files: ['/usr/bin/chromium'],
    path: '/usr/bin/chromium',
    from: 'search',
  },
  // An env var naming no file is not replaced by another browser.
  {
    machine: 'env, wrong',
    name: 'chromium',
    env: { CHROMIUM_PATH: '/nope/chrome' },
    files: ['/usr/bin/chromium'],
    path: null,
    from: null,
  },
  // Nothing installed.
  { machine: 'bare', name: 'chromium', env: {}, files: [], path: null, from: null },
  { machine: 'bare', name: 'firefox', env: {}, files: ['/usr/bin/chromium'], path: null, from: null },
];

describe('findBrowser', () => {
  it.each(rows)('$machine: $name → $path', ({ name, env, files, path, from }) => {
    const set = new Set(files);
    const found = findBrowser(name, env, (p) => set.has(p));
    expect(found.path).toBe(path);
    expect(found.from).toBe(from);
    expect(found.envVar).toBe(name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH');
    if (path === null)
      expect(found.problem).toMatch(
        from === null && env.CHROMIUM_PATH ? /CHROMIUM_PATH=\/nope\/chrome/ : /not found/,
      );
    else expect(found.problem).toBeUndefined();
  });

  it('looks only at what the env var names when it is set, else at every candidate in order', () => {
    const seen: string[] = [];
    findBrowser('firefox', {}, (p) => (seen.push(p), false));
    expect(seen).toEqual(CANDIDATES.firefox);
    seen.length = 0;
    findBrowser('firefox', { FIREFOX_PATH: '/x/firefox' }, (p) => (seen.push(p), false));
    expect(seen).toEqual(['/x/firefox']);
  });

  it('names every path it tried when nothing is found', () => {
    const found = findBrowser('chromium', {}, () => false);
    expect(found.tried).toEqual(CANDIDATES.chromium);
    for (const p of CANDIDATES.chromium) expect(found.problem).toContain(p);
  });
});

describe('platformOf and installHints', () => {
  it.each([
    ['darwin', '', 'macos'],
    ['linux', 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n', 'debian'],
    ['linux', 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n', 'ubuntu'],
    ['linux', 'ID=linuxmint\nID_LIKE="ubuntu debian"\n', 'ubuntu'],
    ['linux', 'ID=raspbian\nID_LIKE=debian\n', 'debian'],
    ['linux', 'ID=fedora\n', 'other'],
    ['linux', '', 'other'],
    ['win32', '', 'other'],
  ])('%s %j → %s', (node, release, platform) => {
    expect(platformOf(node, release)).toBe(platform);
  });

  it('puts the platform’s command first and installs only what is missing', () => {
    expect(installHints('debian', ['chromium', 'firefox'])[0]).toBe(
      'Debian: sudo apt-get install -y chromium firefox-esr',
    );
    expect(installHints('debian', ['firefox'])[0]).toBe('Debian: sudo apt-get install -y firefox-esr');
    expect(installHints('ubuntu', ['chromium', 'firefox'])[0]).toMatch(
      /^Ubuntu: sudo snap install chromium firefox \(or Google Chrome/,
    );
    expect(installHints('ubuntu', ['firefox'])[0]).toBe('Ubuntu: sudo snap install firefox');
    expect(installHints('macos', ['chromium', 'firefox'])[0]).toBe(
      'macOS: brew install --cask chromium firefox',
    );
    expect(installHints('other', ['chromium'])).toHaveLength(3);
  });

  it('tells snap browsers apart', () => {
    expect(isSnap('/snap/bin/firefox')).toBe(true);
    expect(isSnap('/usr/bin/firefox-esr')).toBe(false);
  });
});
