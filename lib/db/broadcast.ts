import Dexie from 'dexie';
import { browser } from 'wxt/browser';
import { DB_NAME } from './database';
import { NOTE_CHANGE, isNoteOnlyWrite } from './changes';

/** The tables a Dexie mutation event names (its parts are `idb://<database>/<table>/<index>`). */
export function changedTables(parts: Record<string, unknown>, dbName = DB_NAME): string[] {
  const prefix = `idb://${dbName}/`;
  const tables = new Set<string>();
  for (const part of Object.keys(parts)) {
    if (part.startsWith(prefix)) tables.add(part.slice(prefix.length).split('/')[0]!);
  }
  return [...tables];
}

/**
 * Tells pages that read through the background which tables changed, so
 * only the reads of those tables run again (a note-only write names
 * `sessions.note`, see changes.ts). Called once in every context
 * that writes with Dexie directly (background, options, the panel's window).
 */
export function broadcastDbChanges(): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const pending = new Set<string>();
  Dexie.on('storagemutated', (parts) => {
    // A note-only write (lib/db/changes.ts) is announced as `sessions.note`, not as the sessions table.
    const noteOnly = isNoteOnlyWrite(parts);
    for (const t of changedTables(parts)) pending.add(noteOnly && t === 'sessions' ? NOTE_CHANGE : t);
    if (pending.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      const tables = [...pending];
      pending.clear();
      browser.runtime.sendMessage({ type: 'db:changed', tables }).catch(() => {
        // No page reading through the background: nobody to tell.
      });
      if (import.meta.env.BROWSER === 'firefox') void tellPanelsInDealTabs(tables);
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
async function tellPanelsInDealTabs(tables: string[]): Promise<void> {
  const stored = await browser.storage.session.get(null).catch(() => ({}));
  for (const key of Object.keys(stored)) {
    const tabId = /^tab:(\d+):deal$/.exec(key)?.[1];
    if (tabId) browser.tabs.sendMessage(Number(tabId), { type: 'db:changed', tables }).catch(() => {});
  }
}
