import { t } from '../i18n';
/**
 * Keeping the notes: the browser may evict an origin's storage under disk
 * pressure unless it is persistent. Sideline declares `unlimitedStorage`
 * (Chrome: exempt from quota and eviction, no install warning; Firefox: also
 * grants persistent storage) and asks `navigator.storage.persist()` from the
 * extension pages, which covers browsers that honour only the latter.
 * Quota errors are named for the manager here so no caller swallows them.
 */
export interface StorageStatus {
  /** navigator.storage.persisted() after asking; null where the browser has no Storage API. */
  persisted: boolean | null;
  /** Whether the extension holds `unlimitedStorage` (exempt from eviction in Chrome). */
  unlimited: boolean;
  /** Bytes used by this extension's IndexedDB (or its whole storage where the browser gives no detail). */
  usage: number | null;
  quota: number | null;
}

type PermissionsApi = { permissions?: { contains(p: { permissions: string[] }): Promise<boolean> } };
async function hasUnlimitedStorage(): Promise<boolean> {
  const api = (globalThis as { browser?: PermissionsApi }).browser;
  return (await api?.permissions?.contains({ permissions: ['unlimitedStorage'] })) ?? false;
}

type StorageWithDetails = StorageEstimate & { usageDetails?: { indexedDB?: number } };

/** Asks once per page for persistent storage; the browser answers without a prompt for extensions. */
export async function requestPersistence(storage: StorageManager | undefined = globalThis.navigator?.storage): Promise<boolean | null> {
  if (!storage?.persist) return null;
  try {
    if (await storage.persisted()) return true;
    return await storage.persist();
  } catch {
    return null;
  }
}

export async function readStorageStatus(
  storage: StorageManager | undefined = globalThis.navigator?.storage,
  hasUnlimited: () => Promise<boolean> = hasUnlimitedStorage,
): Promise<StorageStatus> {
  const [persisted, unlimited, estimate] = await Promise.all([
    storage?.persisted ? storage.persisted().catch(() => null) : Promise.resolve(null),
    hasUnlimited().catch(() => false),
    storage?.estimate ? (storage.estimate() as Promise<StorageWithDetails>).catch(() => null) : Promise.resolve(null),
  ]);
  return {
    persisted,
    unlimited,
    usage: estimate ? (estimate.usageDetails?.indexedDB ?? estimate.usage ?? null) : null,
    quota: estimate?.quota ?? null,
  };
}

/** True for the browser saying the disk or the origin's quota is full (Dexie wraps it in an AbortError). */
export function isQuotaError(e: unknown): boolean {
  for (let err = e as { name?: string; inner?: unknown; cause?: unknown } | undefined, i = 0; err && i < 5; i++) {
    if (err.name === 'QuotaExceededError' || (err as { code?: number }).code === 22) return true;
    err = (err.inner ?? err.cause) as typeof err;
  }
  return false;
}

/**
 * What the manager reads when the database refuses a write. `outcome` says
 * what that means for them, e.g. "Nothing was restored; your data is as it was."
 */
export function describeStorageError(e: unknown, outcome = t('common.storage.notSaved')): string {
  if (isQuotaError(e)) return t('common.storage.full', { outcome });
  const msg = e instanceof Error ? e.message : String(e);
  return t('common.storage.refused', { outcome, error: msg });
}
