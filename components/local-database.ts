import { useLiveQuery } from 'dexie-react-hooks';
import { callDbMethod } from '@/lib/db/api';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import { setLocalDatabase } from './data';
import { createDrainer } from '@/lib/journal/drain';
import { applyJournalEntry } from '@/lib/journal/apply';
import { setJournalDelivery } from './journal';

/**
 * For pages that open the extension's IndexedDB themselves (options, the
 * panel in its own window): calls run here, their arguments parsed by the
 * API; reads are Dexie live queries; writes are announced to the pages that
 * read through the background. Call before the first render.
 */
export function openLocalDatabase(): void {
  setLocalDatabase(callDbMethod, useLiveQuery);
  broadcastDbChanges();
  // Typed text: this page drains the journal into the database itself (lib/journal).
  setJournalDelivery(createDrainer(browser.storage.local, applyJournalEntry));
}
