import { describe, expect, it } from 'vitest';
import { describeStorageError, isQuotaError, readStorageStatus, requestPersistence } from '../../lib/db/storage';

/** A StorageManager that grants persistence only when asked. */
function fakeStorage(opts: { grants: boolean; usage?: number; indexedDB?: number }) {
  let persisted = false;
  const asked: string[] = [];
  const storage = {
    persisted: async () => persisted,
    persist: async () => {
      asked.push('persist');
      persisted = opts.grants;
      return persisted;
    },
    estimate: async () => ({ usage: opts.usage, quota: 1e9, usageDetails: opts.indexedDB === undefined ? undefined : { indexedDB: opts.indexedDB } }),
  } as unknown as StorageManager;
  return { storage, asked };
}

describe('persistent storage', () => {
  it('asks for persistence once and reports what the browser granted', async () => {
    const { storage, asked } = fakeStorage({ grants: true, usage: 5_000_000, indexedDB: 4_200_000 });
    expect(await requestPersistence(storage)).toBe(true);
    expect(await requestPersistence(storage)).toBe(true);
    expect(asked).toEqual(['persist']);
    expect(await readStorageStatus(storage, async () => false)).toEqual({ persisted: true, unlimited: false, usage: 4_200_000, quota: 1e9 });
  });

  it('says so when the browser refuses, and falls back to the whole usage without detail', async () => {
    const { storage } = fakeStorage({ grants: false, usage: 12_345 });
    expect(await requestPersistence(storage)).toBe(false);
    expect(await readStorageStatus(storage, async () => true)).toEqual({ persisted: false, unlimited: true, usage: 12_345, quota: 1e9 });
    expect(await requestPersistence(undefined)).toBeNull();
  });

  it('names a full disk, even wrapped in the AbortError Dexie gives', () => {
    const quota = new DOMException('Quota exceeded', 'QuotaExceededError');
    const wrapped = Object.assign(new Error('Transaction aborted'), { name: 'AbortError', inner: quota });
    expect(isQuotaError(wrapped)).toBe(true);
    expect(isQuotaError(new Error('ConstraintError'))).toBe(false);
    expect(describeStorageError(wrapped)).toBe(
      'The browser has no room left for Sideline’s data (the disk is full or its storage limit is reached). This change was not saved. Free some disk space, then try again.',
    );
  });
});
