// citeproc in a worker of the extension page (library, popup): building its engine for a style
// takes one to two seconds in a browser (Chicago's style is long), which on the page's own thread
// would freeze it. Here the page stays responsive while the engine is built; each request is
// answered with the text, or with the error's message. Started by utils/library/citing.ts only.
import { answer, type CiteReply, type CiteRequest } from './cite-answer';

// A dedicated worker's global scope (the page's types know no WorkerGlobalScope here).
const scope = globalThis as unknown as {
  onmessage: ((e: MessageEvent<CiteRequest>) => void) | null;
  postMessage: (reply: CiteReply) => void;
};

scope.onmessage = (e) => {
  const request = e.data;
  try {
    scope.postMessage({ id: request.id, ok: true, text: answer(request) });
  } catch (err) {
    scope.postMessage({ id: request.id, ok: false, error: err instanceof Error ? err.message : String(err) });
  }
};
