// The store as the popup and the library see it: each call is one `store/call`
// message to the background, which owns the database. Errors come back as the
// envelope carries them (a DbError keeps its code, so it can be said in Chinese).
import { sendToBackground } from '../messaging';
import { STORE_METHODS, type StoreApi, type StoreMethod } from './api';

export type { StoreApi } from './api';

function call(method: StoreMethod) {
  return (...args: unknown[]) => sendToBackground({ type: 'store/call', method, args });
}

export const storeClient = Object.fromEntries(STORE_METHODS.map((m) => [m, call(m)])) as unknown as StoreApi;
