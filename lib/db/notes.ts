import { getDb, nowIso } from './database';
import { checked } from './valid';
import { z } from 'zod';
import { CoachingSessionSchema, type CoachingSession, type SessionNote } from '../schema/records';
import { TEXT_LIMITS } from '../schema/limits';
import { markNoteOnlyWrite } from './changes';
import { t } from '../i18n';

/**
 * What the manager may type into one note. The record holds more (notes of old
 * databases joined in the version 3 upgrade never lose a word), but a note
 * written here stays within what the notes box offers.
 */
const TypedNote = z.object({ text: z.string().max(TEXT_LIMITS.note) });

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
  return db.transaction('rw', db.sessions, async (tx) => {
    checked(TypedNote, { text }, 'The note');
    const stored = await db.sessions.get(session.id);
    if (!stored) throw new Error(t('common.refused.noteSessionGone'));
    const note: SessionNote = { text, createdAt: stored.note?.createdAt ?? now, updatedAt: now };
    // The merged record is checked against the schema restore uses, so a
    // backup of it always restores.
    const next = checked(CoachingSessionSchema, { ...stored, note, updatedAt: now }, 'The note');
    await db.sessions.put(next);
    // Only the note (and updatedAt) changed: announced as `sessions.note` (lib/db/changes.ts).
    markNoteOnlyWrite(tx);
    return { sessionId: session.id, ...note };
  });
}
