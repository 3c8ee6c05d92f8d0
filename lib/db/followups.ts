import Dexie from 'dexie';
import { getDb } from './database';
import type { Commitment } from '../schema/records';

/* The agenda's follow-up read (writes to commitments are in commitments.ts). */

/** Open commitments due on or before a date, through the openDue index, which holds only open ones (so in due-date order). */
export async function openCommitmentsDueBy(dateIso: string, limit = 50): Promise<Commitment[]> {
  return getDb()
    .commitments.where('openDue')
    .between(Dexie.minKey, dateIso, true, true)
    .limit(limit)
    .toArray();
}
