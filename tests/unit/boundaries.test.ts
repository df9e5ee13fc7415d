// The module boundaries of docs/ARCHITECTURE.md, as ESLint enforces them: each row is
// an import that must be refused (or allowed) in a file at that place.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function refused(filePath: string, source: string): Promise<boolean> {
  const [result] = await eslint.lintText(`${source}\nvoid x;\n`, { filePath });
  return (result?.messages ?? []).some((m) => m.ruleId === 'no-restricted-imports');
}

describe('module boundaries', () => {
  it.each([
    ['utils/content/x.ts', "import { x } from '../store/schema';", true],
    ['utils/content/x.ts', "import { x } from 'dexie';", true],
    ['utils/content/x.ts', "import { x } from '../client';", true],
    ['utils/article/x.ts', "import { x } from '../store/annotations';", true],
    ['utils/detect/x.ts', "import { x } from '../store';", true],
    ['utils/anchor/x.ts', "import { x } from '../store/terms';", true],
    ['utils/highlight/x.ts', "import { x } from '../store/schema';", true],
    ['entrypoints/gate.ts', "import { x } from '../utils/store/pages';", true],
    ['entrypoints/analyzer.ts', "import { x } from '../utils/store/pages';", true],
    ['components/HighlightToolbar.tsx', "import { x } from '../utils/client';", true],
    ['entrypoints/popup/x.ts', "import { x } from '../../utils/store/pages';", true],
    ['components/library/x.ts', "import { x } from '../../utils/store/api';", true],
    ['utils/library/x.ts', "import { x } from '../store/lists';", true],
    ['utils/export/x.ts', "import { x } from '../store/schema';", true],
    ['utils/export/x.ts', "import { x } from '../client/api';", true],
    ['utils/core/x.ts', "import { x } from '../url';", true],
    ['utils/core/x.ts', "import { x } from 'dexie';", true],
    // What each side may use.
    ['utils/content/x.ts', "import { x } from '../core/records';", false],
    ['utils/content/x.ts', "import { x } from '../messaging';", false],
    ['entrypoints/popup/x.ts', "import { x } from '../../utils/client';", false],
    ['components/library/x.ts', "import { x } from '../../utils/core/views';", false],
    ['utils/export/x.ts', "import { x } from '../core/records';", false],
    ['utils/core/x.ts', "import { x } from './fold';", false],
    ['utils/core/x.ts', "import * as v from 'valibot';", false],
    ['utils/background/x.ts', "import { x } from '../store/api';", false],
  ])('%s: %s → refused %s', async (file, source, expected) => {
    expect(await refused(file, source)).toBe(expected);
  });
});
