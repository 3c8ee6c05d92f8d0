import { browser } from 'wxt/browser';
import { tabPanelKey } from '@/lib/model/messages';
import type { Router } from './router';

/**
 * The key of the one panel iframe each tab's content script made. Kept in
 * storage.session (the service worker may stop; content scripts cannot read
 * that area) and in memory, so a panel that asks right after its content
 * script registered it is never refused while the write is in flight.
 */
const known = new Map<number, string>();

export async function isPanelKeyOf(tabId: number, key: string): Promise<boolean> {
  let registered = known.get(tabId);
  if (registered === undefined) {
    const k = tabPanelKey(tabId);
    registered = (await browser.storage.session.get(k))[k] as string | undefined;
  }
  return typeof registered === 'string' && registered === key;
}

export function setupPanelKeys(router: Router): void {
  router.on('panel:register', ['content'], async (msg, { tabId }) => {
    known.set(tabId!, msg.key);
    await browser.storage.session.set({ [tabPanelKey(tabId!)]: msg.key });
  });
  browser.tabs.onRemoved.addListener((tabId) => {
    known.delete(tabId);
    void browser.storage.session.remove(tabPanelKey(tabId));
  });
}

/** Tests: forget what memory holds, as a restarted service worker would. */
export function forgetPanelKeysInMemory(): void {
  known.clear();
}
