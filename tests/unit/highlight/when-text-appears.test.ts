import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { whenTextAppears } from '../../../utils/highlight/when-text-appears';

function setup(): { doc: Document; root: Element } {
  const { document } = new JSDOM('<!doctype html><body><div id="root"><p>加载中</p></div></body>').window;
  return { doc: document, root: document.getElementById('root') as Element };
}

describe('whenTextAppears', () => {
  it('resolves at once when the text is already there', async () => {
    const { root } = setup();
    await expect(whenTextAppears(root, (t) => t.includes('加载'), { timeoutMs: 50 })).resolves.toBe(true);
  });

  it('resolves after the page renders the text late', async () => {
    const { doc, root } = setup();
    const waiting = whenTextAppears(root, (t) => t.includes('四个意识'), { timeoutMs: 2000, debounceMs: 10 });
    setTimeout(() => {
      const p = doc.createElement('p');
      p.textContent = '要增强四个意识';
      root.appendChild(p);
    }, 20);
    await expect(waiting).resolves.toBe(true);
  });

  it('gives up after the timeout and stops observing', async () => {
    const { doc, root } = setup();
    let checks = 0;
    const result = await whenTextAppears(
      root,
      (t) => {
        checks++;
        return t.includes('永远不会出现');
      },
      { timeoutMs: 60, debounceMs: 5 },
    );
    expect(result).toBe(false);
    const after = checks;
    root.appendChild(doc.createElement('p')).textContent = '更多';
    await new Promise((r) => setTimeout(r, 30));
    expect(checks).toBe(after);
  });

  it('stops on abort and rejects a bad timeout', async () => {
    const { root } = setup();
    const controller = new AbortController();
    const waiting = whenTextAppears(root, () => false, { timeoutMs: 10_000, signal: controller.signal });
    controller.abort();
    await expect(waiting).resolves.toBe(false);
    await expect(whenTextAppears(root, () => false, { timeoutMs: Number.NaN })).rejects.toThrow(/timeoutMs/);
  });
});
