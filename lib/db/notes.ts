import { getDb, newId, nowIso } from './database';
import { checked } from './valid';
import { NoteSchema, type CoachingSession, type Note } from '../schema/records';

/** A session keeps one running note; saving replaces its text (autosave). */
export async function getSessionNote(sessionId: string): Promise<Note | undefined> {
  return getDb().notes.where('sessionId').equals(sessionId).first();
}

export async function saveSessionNote(
  session: Pick<CoachingSession, 'id' | 'dealId' | 'repId'>,
  text: string,
  now = nowIso(),
): Promise<Note> {
  const db = getDb();
  return db.transaction('rw', db.notes, async () => {
    const existing = await db.notes.where('sessionId').equals(session.id).first();
    const note = checked(
      NoteSchema,
      existing
        ? { ...existing, text, updatedAt: now }
        : { id: newId(), sessionId: session.id, dealId: session.dealId, repId: session.repId, text, createdAt: now, updatedAt: now },
      'The note',
    );
    await db.notes.put(note);
    return note;
  });
}
