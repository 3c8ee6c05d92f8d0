import { getDb } from './database';
import type { Commitment, Deal, Rep } from '../schema/records';
import type { SessionExportRow } from '../export/sessions-csv';

/** Every ended session with its deal, rep, note and commitments, newest first, for the CSV export. */
export async function loadSessionsForExport(): Promise<SessionExportRow[]> {
  const db = getDb();
  return db.transaction('r', [db.sessions, db.deals, db.reps, db.notes, db.commitments], async () => {
    const sessions = (await db.sessions.where('status').equals('ended').toArray()).sort((a, b) => b.startedAt.localeCompare(a.startedAt));
    const [deals, reps, notes, commitments] = await Promise.all([db.deals.toArray(), db.reps.toArray(), db.notes.toArray(), db.commitments.toArray()]);
    const dealById = new Map<string, Deal>(deals.map((d) => [d.id, d]));
    const repById = new Map<string, Rep>(reps.map((r) => [r.id, r]));
    const noteBySession = new Map<string, string>();
    for (const n of notes) noteBySession.set(n.sessionId, n.text);
    const bySession = new Map<string, Commitment[]>();
    for (const c of commitments) bySession.set(c.sessionId, [...(bySession.get(c.sessionId) ?? []), c]);
    return sessions.map((s) => ({
      session: s,
      deal: dealById.get(s.dealId),
      rep: s.repId ? repById.get(s.repId) : undefined,
      notes: noteBySession.get(s.id) ?? '',
      commitments: (bySession.get(s.id) ?? []).sort((a, b) => a.createdAt.localeCompare(b.createdAt)),
    }));
  });
}
