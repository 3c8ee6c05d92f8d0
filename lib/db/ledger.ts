import { getDb } from './database';
import type { CoachingSession } from '../schema/records';

/* Part of the popup's agenda read; sessions.ts re-exports it. */

export interface CoachingLedger {
  totalSec: number;
  byRep: Map<string, number>;
  sessions: number;
}

/** Minutes of coaching per rep since a date: the coaching-time ledger, through the endedAt index. */
export async function coachingLedger(sinceIso: string): Promise<CoachingLedger> {
  return ledgerOf(await getDb().sessions.where('endedAt').aboveOrEqual(sinceIso).toArray());
}

/** The ledger of sessions already read (those ended since the ledger's start). */
export function ledgerOf(ended: ReadonlyArray<Pick<CoachingSession, 'durationSec' | 'repId'>>): CoachingLedger {
  const byRep = new Map<string, number>();
  let totalSec = 0;
  for (const s of ended) {
    const sec = s.durationSec ?? 0;
    totalSec += sec;
    if (s.repId) byRep.set(s.repId, (byRep.get(s.repId) ?? 0) + sec);
  }
  return { totalSec, byRep, sessions: ended.length };
}
