import type { Transaction } from 'dexie';
import type { CoachingSession, Commitment } from '../schema/records';
import { sessionMeasures } from '../review/measures';

/**
 * Version 4's upgrade: every session that had already ended gets the measures
 * a session now keeps when it ends, from its notes and commitments. Notes and
 * commitments are read once each and grouped, not per session.
 */
export async function backfillSessionMeasures(tx: Transaction): Promise<void> {
  const sessions = tx.table('sessions');
  const ended = (await sessions.where('status').equals('ended').toArray()) as CoachingSession[];
  const todo = ended.filter((s) => !s.measures);
  if (!todo.length) return;
  const wanted = new Set(todo.map((s) => s.id));
  const notesBy = new Map<string, string[]>();
  const commitmentsBy = new Map<string, Commitment[]>();
  const stores = [...tx.storeNames];
  if (stores.includes('notes')) {
    await tx.table('notes').each((n: { sessionId?: unknown; text?: unknown }) => {
      if (typeof n.sessionId !== 'string' || !wanted.has(n.sessionId) || typeof n.text !== 'string') return;
      notesBy.set(n.sessionId, [...(notesBy.get(n.sessionId) ?? []), n.text]);
    });
  }
  await tx.table('commitments').each((c: Commitment) => {
    if (!wanted.has(c.sessionId)) return;
    commitmentsBy.set(c.sessionId, [...(commitmentsBy.get(c.sessionId) ?? []), c]);
  });
  for (const s of todo) {
    const plan = Array.isArray(s.plan) ? s.plan : [];
    // After version 3 the note is inside the session; a notes table is only read when one is still there.
    const notes = [...(notesBy.get(s.id) ?? []), ...(s.note?.text ? [s.note.text] : [])];
    s.measures = sessionMeasures({ plan }, notes, commitmentsBy.get(s.id) ?? []);
  }
  await sessions.bulkPut(todo);
}
