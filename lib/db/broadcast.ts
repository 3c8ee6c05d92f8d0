import Dexie from 'dexie';
import { browser } from 'wxt/browser';

/**
 * Tells embedded panels that the database changed. Called once in every
 * context that writes with Dexie directly (background, popup, options).
 */
export function broadcastDbChanges(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  Dexie.on('storagemutated', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      browser.runtime.sendMessage({ type: 'db:changed' }).catch(() => {
        // No panel open: nobody to tell.
      });
      if (import.meta.env.FIREFOX) void tellPanelsInDealTabs();
    }, 20);
  });
}

/**
 * Firefox gives a moz-extension iframe inside a web page only content-script
 * messaging (w3c/webextensions#35): runtime.sendMessage never reaches the
 * embedded panel there. Tell the tabs that show a deal (the background keeps
 * one session-storage key per such tab, see tabDealKey) with tabs.sendMessage, which reaches
 * every frame of the tab; the content script ignores this message.
 */
async function tellPanelsInDealTabs(): Promise<void> {
  const stored = await browser.storage.session.get(null).catch(() => ({}));
  for (const key of Object.keys(stored)) {
    const tabId = /^tab:(\d+):deal$/.exec(key)?.[1];
    if (tabId) browser.tabs.sendMessage(Number(tabId), { type: 'db:changed' }).catch(() => {});
  }
}
