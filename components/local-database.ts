import { useLiveQuery } from 'dexie-react-hooks';
import { callDbMethod } from '@/lib/db/api';
import { broadcastDbChanges } from '@/lib/db/broadcast';
import { setLocalDatabase } from './data';

/**
 * For pages that open the extension's IndexedDB themselves (options, the
 * panel in its own window): calls run here, their arguments parsed by the
 * API; reads are Dexie live queries; writes are announced to the pages that
 * read through the background. Call before the first render.
 */
export function openLocalDatabase(): void {
  setLocalDatabase(callDbMethod, useLiveQuery);
  broadcastDbChanges();
}
