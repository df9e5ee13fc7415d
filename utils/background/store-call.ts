// The background's answer to `store/call`, the client API's one message.
import { isStoreMethod, type StoreApi } from '../client/api';
import type { BackgroundProtocol, Message, Sender } from '../messaging';

export function storeCallHandler(store: StoreApi, extensionOrigin: string) {
  return ({ method, args }: Message<BackgroundProtocol, 'store/call'>, { url }: Sender): Promise<unknown> => {
    // A content script speaks for the web page it runs in: the library's whole store is not its to read.
    if (!url?.startsWith(extensionOrigin)) throw new Error('The store answers extension pages only.');
    if (!isStoreMethod(method) || !Array.isArray(args)) throw new Error(`No store method ${String(method)}.`);
    const fn = store[method] as (...a: unknown[]) => Promise<unknown>;
    return fn(...args);
  };
}
