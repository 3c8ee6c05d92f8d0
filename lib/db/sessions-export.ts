import { getDb } from './database';
import type { Commitment, Deal, Rep } from '../schema/records';
import type { SessionExportRow } from '../export/sessions-csv';

/** Every ended session with its deal, rep, note and commitments, newest first, for the CSV export. */
export async function loadSessionsForExport(): Promise<SessionExportRow[]> {
  const db = getDb();
  return db.transaction('r', [db.sessions, db.deals, db.reps, db.commitments], async () => {
    // Nearly every session has ended: read whole (the index by status holds only unfinished ones).
    const sessions = (await db.sessions.filter((s) => s.status === 'ended').toArray()).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const [deals, reps, commitments] = await Promise.all([db.deals.toArray(), db.reps.toArray(), db.commitments.toArray()]);
    const dealById = new Map<string, Deal>(deals.map((d) => [d.id, d]));
    const repById = new Map<string, Rep>(reps.map((r) => [r.id, r]));
    const bySession = new Map<string, Commitment[]>();
    for (const c of commitments) bySession.set(c.sessionId, [...(bySession.get(c.sessionId) ?? []), c]);
    // Followed-up commitments live inside their session (version 7).
    for (const s of sessions) if (s.resolvedCommitments?.length) bySession.set(s.id, [...(bySession.get(s.id) ?? []), ...s.resolvedCommitments]);
    return sessions.map((s) => ({
      session: s,
      deal: dealById.get(s.dealId),
      rep: s.repId ? repById.get(s.repId) : undefined,
      notes: s.note?.text ?? '',
      commitments: (bySession.get(s.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    }));
  });
}
