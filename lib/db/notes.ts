import { getDb, nowIso } from './database';
import { CoachingSessionSchema, type CoachingSession, type SessionNote } from '../schema/records';

/**
 * A session keeps one running note; saving replaces its text (autosave).
 * Since database version 3 the note lives inside the session record.
 */
export type SessionNoteView = SessionNote & { sessionId: string };

export async function getSessionNote(sessionId: string): Promise<SessionNoteView | undefined> {
  const session = await getDb().sessions.get(sessionId);
  return session?.note ? { sessionId, ...session.note } : undefined;
}

export async function saveSessionNote(
  session: Pick<CoachingSession, 'id' | 'dealId' | 'repId'>,
  text: string,
  now = nowIso(),
): Promise<SessionNoteView> {
  const db = getDb();
  return db.transaction('rw', db.sessions, async () => {
    const stored = await db.sessions.get(session.id);
    if (!stored) throw new Error('This session no longer exists, so its note cannot be saved.');
    const note: SessionNote = { text, createdAt: stored.note?.createdAt ?? now, updatedAt: now };
    // The merged record is checked against the schema restore uses, so a
    // backup of it always restores.
    const next = CoachingSessionSchema.parse({ ...stored, note, updatedAt: now });
    await db.sessions.put(next);
    return { sessionId: session.id, ...note };
  });
}
