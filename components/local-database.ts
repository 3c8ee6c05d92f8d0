import { useLiveQuery } from 'dexie-react-hooks';
import { dbApi } from '@/lib/db/api';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import { setLocalDatabase } from './data';

/**
 * For top-level extension pages (popup, options, the panel in its own
 * window): open the extension's IndexedDB here, read with live queries, and
 * tell embedded panels when this page writes. Call before the first render.
 */
export function openLocalDatabase(): void {
  setLocalDatabase(dbApi, useLiveQuery);
  broadcastDbChanges();
}
