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
    }, 20);
  });
}
