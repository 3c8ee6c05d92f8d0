import { useLiveQuery } from 'dexie-react-hooks';
import { dbApi } from '@/lib/db/api';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import { setLocalDatabase } from './data';
import { createDrainer } from '@/lib/journal/drain';
import { applyJournalEntry } from '@/lib/journal/apply';
import { setJournalDelivery } from './journal';

/**
 * For top-level extension pages (popup, options, the panel in its own
 * window): open the extension's IndexedDB here, read with live queries, and
 * tell embedded panels when this page writes. Call before the first render.
 */
export function openLocalDatabase(): void {
  setLocalDatabase(dbApi, useLiveQuery);
  broadcastDbChanges();
  // Typed text: this page drains the journal into the database itself (lib/journal).
  setJournalDelivery(createDrainer(browser.storage.local, applyJournalEntry));
}
