// The one message protocol between the content script, the background and the
// extension pages. Every request names its type; every answer is an envelope so
// that an error on the other side arrives as a message, not as silence.
import { DbError, isDbErrorCode, type DbErrorCode } from './core/errors';
import { browser } from 'wxt/browser';
import type { AnnotationRecord, HighlightColor, PageInput } from './core/records';
import type { Detection, ArticleFields } from './types';
import type { CslItem } from './export/citation';
import type { StoreMethod } from './client/api';
import type { ArchiveStatus, ArticleSnapshot, Visit } from './core/views';

/** What the content script knows about its page, as the popup shows it. */
export type PageReport =
  /**
   * analysed: the page was read (on load, or on "Analyse anyway") and holds no article text, as a
   * list page does; reading it again finds nothing more, and highlighting works on its text all
   * the same. Absent: the page has not been read (the gate did not take it for news).
   */
  | { status: 'not-article'; url: string; analysed?: true }
  | {
      status: 'article';
      url: string;
      article: Omit<ArticleFields, 'text'>;
      detection: Detection;
      /** The page as a CSL-JSON item (utils/export/citation.ts), accessed today: what the popup cites. */
      citation?: CslItem;
      timings: { extractMs: number; detectMs: number };
    }
  /** reason 'too-large': the page is beyond the analyzer's size limits, so it was not read. */
  | { status: 'error'; url: string; error: string; reason?: 'too-large' };

export type NewAnnotation = Pick<AnnotationRecord, 'selectors' | 'color' | 'tags' | 'note' | 'codePoints'>;
/** A page's highlights as the content script placed them. */
export interface PageAnnotations {
  /** Placed, in reading order. */
  saved: AnnotationRecord[];
  orphaned: AnnotationRecord[];
  /** The page was too large to search for changed text: orphans were only looked for verbatim. */
  verbatimOnly: boolean;
}
export type AnnotationChanges = Partial<Pick<AnnotationRecord, 'color' | 'tags' | 'note'>>;

/** Requests answered by the background (runtime.sendMessage). */
export interface BackgroundProtocol {
  /** From the gate on every page: the background injects the analyzer when the page needs it. */
  'content/start': { req: { url: string; canonical: string | null; news: boolean }; res: boolean };
  'badge/set': { req: { count: number | null }; res: null };
  'annotations/forPage': { req: { url: string; canonical: string | null }; res: AnnotationRecord[] };
  /** snapshot: the article as read now, kept as a version of the page with the highlight. */
  'annotations/add': {
    req: { page: PageInput; annotation: NewAnnotation; snapshot?: ArticleSnapshot };
    res: AnnotationRecord;
  };
  /** "Keep this article": the page saved with its article, without a highlight. */
  'archive/keep': { req: { page: PageInput; snapshot: ArticleSnapshot }; res: ArchiveStatus };
  /** From the content script of every page the analyzer runs on: compares a saved page with its copies. */
  'archive/visit': { req: Visit; res: ArchiveStatus | null };
  'annotations/update': { req: { id: string; changes: AnnotationChanges }; res: AnnotationRecord };
  'annotations/delete': { req: { id: string }; res: AnnotationRecord | null };
  'annotations/restore': { req: { annotation: AnnotationRecord }; res: null };
  'tags/all': { req: object; res: string[] };
  /**
   * From the extension's pages only: what the context menu and the keyboard shortcut do in a
   * tab (highlight its selection, injecting the analyzer first if needed). True once highlighted.
   */
  'tab/highlightSelection': { req: { tabId: number }; res: boolean };
  /** From the popup and the library only (the client API, utils/client): one store method. */
  'store/call': { req: { method: StoreMethod; args: unknown[] }; res: unknown };
}

/** Requests answered by a tab's content script (tabs.sendMessage). */
export interface ContentProtocol {
  /** force: analyse even when the cheap gate said the page is not news. */
  'page/report': { req: { force: boolean }; res: PageReport };
  /** Scrolls to the first occurrence of text in the article and flashes it. */
  'page/reveal': { req: { text: string } | { annotationId: string }; res: boolean };
  'page/highlightSelection': { req: { color: HighlightColor | null }; res: boolean };
  'page/annotations': { req: object; res: PageAnnotations };
  /** The saved page's copies and what changed, once the page was compared with them; null when not saved. */
  'page/archive': { req: object; res: ArchiveStatus | null };
  'page/keep': { req: object; res: ArchiveStatus };
}

type AnyProtocol = BackgroundProtocol & ContentProtocol;
export type MessageType = keyof AnyProtocol;
export type Message<P, K extends keyof P> = { type: K } & (P[K] extends { req: infer R } ? R : never);
export type Response<P, K extends keyof P> = P[K] extends { res: infer R } ? R : never;
/** A failure carries the other side's sentence and, for database failures, its code (to localise by). */
export type Envelope<T> = { ok: true; value: T } | { ok: false; error: string; code?: DbErrorCode };

export function isMessage(m: unknown): m is { type: MessageType } {
  return typeof m === 'object' && m !== null && typeof (m as { type?: unknown }).type === 'string';
}

/** Turns an envelope back into a value or a thrown Error with the other side's message. */
export function unwrap<T>(envelope: unknown): T {
  if (typeof envelope !== 'object' || envelope === null || !('ok' in envelope)) {
    throw new Error('No answer from the extension (it may have been updated or reloaded: reload the page).');
  }
  const e = envelope as Envelope<T>;
  if (!e.ok) throw isDbErrorCode(e.code) ? new DbError(e.code, e.error) : new Error(e.error);
  return e.value;
}

/** Runs a handler and wraps its outcome, so the sender always gets an envelope. */
export async function answer<T>(run: () => T | Promise<T>): Promise<Envelope<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (err) {
    const error = err instanceof Error ? err.message : String(err);
    return err instanceof DbError ? { ok: false, error, code: err.code } : { ok: false, error };
  }
}

export interface Sender {
  tabId: number | undefined;
  frameId: number | undefined;
  /** The sending document's address: an extension page's, or the page a content script runs in. */
  url: string | undefined;
}

/** A typed handler table: one function per request type of a protocol. */
export type Handlers<P> = {
  [K in keyof P]: (msg: Message<P, K>, sender: Sender) => Promise<Response<P, K>> | Response<P, K>;
};

/** Dispatches a raw message to a handler table; unknown types get an error envelope. */
export function dispatch<P>(
  handlers: Handlers<P>,
  raw: unknown,
  sender: Sender,
): Promise<Envelope<unknown>> | undefined {
  if (!isMessage(raw) || !(raw.type in (handlers as object))) return undefined;
  const handler = handlers[raw.type as keyof P] as (m: unknown, s: typeof sender) => unknown;
  return answer(() => handler(raw, sender));
}

export async function sendToBackground<K extends keyof BackgroundProtocol>(
  msg: Message<BackgroundProtocol, K>,
): Promise<Response<BackgroundProtocol, K>> {
  return unwrap(await browser.runtime.sendMessage(msg));
}

export async function sendToTab<K extends keyof ContentProtocol>(
  tabId: number,
  msg: Message<ContentProtocol, K>,
): Promise<Response<ContentProtocol, K>> {
  return unwrap(await browser.tabs.sendMessage(tabId, msg));
}

/**
 * Answers messages of one protocol. Uses sendResponse and `return true`, which
 * both Chrome and Firefox honour (a returned Promise is not honoured everywhere).
 */
export function listen<P>(handlers: Handlers<P>): () => void {
  const listener = (
    raw: unknown,
    sender: { tab?: { id?: number }; frameId?: number; url?: string },
    sendResponse: (r: unknown) => void,
  ) => {
    const pending = dispatch(handlers, raw, {
      tabId: sender.tab?.id,
      frameId: sender.frameId,
      url: sender.url,
    });
    if (!pending) return false;
    void pending.then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
