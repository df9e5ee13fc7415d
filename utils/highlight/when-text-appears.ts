// Pages that render their article late (client-side frameworks, lazy loading):
// wait, without polling, until the text an annotation needs is there.

export interface WhenTextAppearsOptions {
  /** Give up after this long; required so that no observer outlives its use. */
  timeoutMs: number;
  /** Re-check at most this often while the page keeps changing. */
  debounceMs?: number;
  signal?: AbortSignal;
}

/**
 * Resolves true as soon as predicate(root.textContent) holds (checked at once,
 * then after DOM changes settle), false on timeout or abort. Always disconnects.
 */
export function whenTextAppears(
  root: Node,
  predicate: (text: string) => boolean,
  options: WhenTextAppearsOptions,
): Promise<boolean> {
  const { timeoutMs, debounceMs = 150, signal } = options;
  if (!Number.isFinite(timeoutMs) || timeoutMs < 0) {
    return Promise.reject(new RangeError('whenTextAppears: timeoutMs must be a finite number >= 0'));
  }
  const check = (): boolean => predicate(root.textContent ?? '');
  if (check()) return Promise.resolve(true);
  if (signal?.aborted) return Promise.resolve(false);
  const Observer = (root.ownerDocument?.defaultView as (Window & typeof globalThis) | null)?.MutationObserver;
  if (!Observer) return Promise.resolve(false);

  return new Promise<boolean>((resolve) => {
    let debounce: ReturnType<typeof setTimeout> | undefined;
    let done = false;
    const finish = (result: boolean): void => {
      if (done) return;
      done = true;
      observer.disconnect();
      clearTimeout(debounce);
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      resolve(result);
    };
    const onAbort = (): void => finish(false);
    const observer = new Observer(() => {
      clearTimeout(debounce);
      debounce = setTimeout(() => {
        if (check()) finish(true);
      }, debounceMs);
    });
    const timer = setTimeout(() => finish(check()), timeoutMs);
    signal?.addEventListener('abort', onAbort);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}
