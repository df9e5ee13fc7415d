// How much room the saved articles take, and whether the browser promised not to evict the
// database. Asking for persisted storage here, where the reader looks at what is kept: Firefox
// grants it to an extension with unlimitedStorage without a prompt; Chromium may refuse it, but
// exempts origins with unlimitedStorage from eviction, which comes to the same.
import { browser } from 'wxt/browser';
import type { StoreApi } from '../../utils/client/api';
import { t } from '../../utils/i18n';
import { formatBytes } from '../../utils/present/bytes';
import { useAsync } from './hooks';

/** True when the browser will not evict this origin's data; null when it cannot say. */
export async function persistStorage(
  storage: StorageManager | undefined,
  unlimited: () => Promise<boolean>,
): Promise<boolean | null> {
  try {
    if (storage?.persist && ((await storage.persisted()) || (await storage.persist()))) return true;
    return await unlimited();
  } catch {
    return null;
  }
}

const hasUnlimitedStorage = () => browser.permissions.contains({ permissions: ['unlimitedStorage'] });

export function StorageStatus({ store, version }: { store: StoreApi; version: number }) {
  const usage = useAsync(() => store.archiveUsage(), [version]);
  const persisted = useAsync(() => persistStorage(globalThis.navigator?.storage, hasUnlimitedStorage), []);
  if (usage.value === undefined) return null;
  const { usedBytes, budgetBytes } = usage.value;
  return (
    <footer class="storage">
      <span>{t('libStorageUsed', formatBytes(usedBytes), formatBytes(budgetBytes))}</span>{' '}
      {persisted.value === true ? (
        <span class="persisted">{t('libStoragePersisted')}</span>
      ) : persisted.value === false ? (
        <span class="not-persisted">{t('libStorageNotPersisted')}</span>
      ) : null}
    </footer>
  );
}
