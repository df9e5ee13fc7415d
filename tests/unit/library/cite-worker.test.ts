// The citation formatter off the page's thread: the worker script answers each request with its
// text or its error, and the page side (utils/library/citing.ts) asks the worker where there is
// one, and the page itself where there is none or the worker cannot start.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { answer, type CiteReply, type CiteRequest } from '../../../utils/library/cite-answer';
import type { PageRecord } from '../../../utils/core/records';

const SAVED = new Date(2026, 11, 1, 12).getTime();
const PAGE: PageRecord = {
  url: 'https://rd.example.gov.cn/a/1.html',
  aliases: [],
  title: '区委召开人大工作会议',
  published: '2022-07-01',
  source: null,
  site: 'rd.example.gov.cn',
  siteName: '天宁区人大',
  officials: [],
  meetings: [],
  slogans: [],
  created: SAVED,
  updated: SAVED,
};
const GB =
  '区委召开人大工作会议[N/OL]. 天宁区人大, 2022-07-01[2026-12-01]. https://rd.example.gov.cn/a/1.html.';

type Scope = { onmessage: ((e: { data: CiteRequest }) => void) | null; postMessage: unknown };

describe('the worker script', () => {
  const scope = globalThis as unknown as Scope;
  const replies: CiteReply[] = [];
  beforeEach(async () => {
    replies.length = 0;
    scope.postMessage = (r: CiteReply) => void replies.push(r);
    vi.resetModules();
    await import('../../../utils/library/cite-worker');
  });
  afterEach(() => {
    scope.onmessage = null;
    delete (globalThis as { postMessage?: unknown }).postMessage;
  });

  it('answers a request with its text, under the request’s number', async () => {
    const { pageCitationItem } = await import('../../../utils/library/citing');
    scope.onmessage?.({
      data: {
        id: 7,
        op: 'cite',
        items: [pageCitationItem(PAGE)],
        style: 'gb7714',
        options: { numbers: false },
      },
    });
    expect(replies).toEqual([{ id: 7, ok: true, text: GB }]);
  });

  it('answers a request that fails with the error’s message, and goes on', () => {
    scope.onmessage?.({ data: { id: 8, op: 'ris', items: null as unknown as [] } });
    scope.onmessage?.({ data: { id: 9, op: 'bib', items: [] } });
    expect(replies[0]).toMatchObject({ id: 8, ok: false });
    expect((replies[0] as { error: string }).error).not.toBe('');
    expect(replies[1]).toEqual({ id: 9, ok: true, text: '' });
  });
});

describe('the page side', () => {
  let started: number;
  let posted: number;

  /** A Worker that answers as the real one does, a moment later (or fails to load, if told to). */
  function fakeWorker(fails: boolean) {
    return class {
      onmessage: ((e: { data: CiteReply }) => void) | null = null;
      onerror: ((e: { preventDefault: () => void }) => void) | null = null;
      constructor() {
        started++;
      }
      postMessage(request: CiteRequest) {
        posted++;
        setTimeout(() => {
          if (fails) this.onerror?.({ preventDefault: () => {} });
          else this.onmessage?.({ data: { id: request.id, ok: true, text: answer(request) } });
        }, 5);
      }
      terminate() {}
    };
  }

  beforeEach(() => {
    started = 0;
    posted = 0;
    vi.resetModules();
  });
  afterEach(() => vi.unstubAllGlobals());

  it('asks the worker, started once, and says when an engine is built', async () => {
    vi.stubGlobal('Worker', fakeWorker(false));
    const { citePages, citationReady, referenceText } = await import('../../../utils/library/citing');
    expect(citationReady('gb7714')).toBe(false);
    expect(await citePages([PAGE], 'gb7714')).toBe(GB);
    expect(citationReady('gb7714')).toBe(true);
    expect(await referenceText('ris', [PAGE])).toMatch(/^TY {2}- NEWS\r\n/);
    expect({ started, posted }).toEqual({ started: 1, posted: 2 });
  });

  it('answers without the worker when it cannot load (here, in the test), and does not start it again', async () => {
    vi.stubGlobal('Worker', fakeWorker(true));
    const { citePages } = await import('../../../utils/library/citing');
    expect(await citePages([PAGE], 'gb7714')).toBe(GB);
    expect(await citePages([PAGE], 'gb7714')).toBe(GB);
    expect({ started, posted }).toEqual({ started: 1, posted: 1 });
  });
});
