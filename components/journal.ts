import { PANEL_KEY } from './panel/panel-key';
import { JournalClient } from '@/lib/journal/client';

/**
 * This page's journal client (lib/journal/client.ts), shared by its typed
 * fields. The embedded panel asks the background to drain; a page that opens
 * the database itself (the panel in its own window) drains locally, see
 * local-database.ts.
 */
let client: JournalClient | undefined;
let deliver: () => Promise<unknown> = () => browser.runtime.sendMessage({ type: 'journal:drain', key: PANEL_KEY });

export function setJournalDelivery(fn: () => Promise<unknown>): void {
  deliver = fn;
}

export function getJournal(): JournalClient {
  if (client) return client;
  const c = new JournalClient({
    area: browser.storage.local,
    onChanged: browser.storage.onChanged as unknown as ConstructorParameters<typeof JournalClient>[0]['onChanged'],
    deliver: () => deliver(),
  });
  // Leaving or hiding the page: ask for the drain now (the journal already holds every keystroke).
  window.addEventListener('pagehide', () => c.flush());
  document.addEventListener('visibilitychange', () => document.visibilityState === 'hidden' && c.flush());
  client = c;
  return c;
}
