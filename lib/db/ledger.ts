import { getDb } from './database';

/* Part of the popup's agenda read; sessions.ts re-exports it. */

export interface CoachingLedger {
  totalSec: number;
  byRep: Map<string, number>;
  sessions: number;
}

/** Minutes of coaching per rep since a date: the coaching-time ledger, through the endedAt index. */
export async function coachingLedger(sinceIso: string): Promise<CoachingLedger> {
  const ended = await getDb().sessions.where('endedAt').aboveOrEqual(sinceIso).toArray();
  const byRep = new Map<string, number>();
  let totalSec = 0;
  for (const s of ended) {
    const sec = s.durationSec ?? 0;
    totalSec += sec;
    if (s.repId) byRep.set(s.repId, (byRep.get(s.repId) ?? 0) + sec);
  }
  return { totalSec, byRep, sessions: ended.length };
}
