import { getDb } from './database';
import { checked } from './valid';
import { CoachingSessionSchema, type CoachingSession, type SessionMeasures } from '../schema/records';
import { commitmentMeasures, sessionMeasures } from '../review/measures';

/*
 * Keeps each ended session's measures (lib/review/measures.ts) on the session
 * record: computed once when it ends, and its commitment outcomes brought up
 * to date when one of them changes. Callers run these inside a transaction
 * that holds sessions, notes and commitments.
 */

/** The measures of a session as it stands: its notes and commitments read through the sessionId indexes. */
export async function measureSession(session: CoachingSession): Promise<SessionMeasures> {
  const db = getDb();
  const [notes, commitments] = await Promise.all([
    db.notes.where('sessionId').equals(session.id).toArray(),
    db.commitments.where('sessionId').equals(session.id).toArray(),
  ]);
  return sessionMeasures(session, notes.map((n) => n.text), commitments);
}

/**
 * After a commitment changed: the outcomes of the session it was made in, if
 * that session has ended (a running one is measured when it ends).
 */
export async function refreshCommitmentMeasures(sessionId: string): Promise<void> {
  const db = getDb();
  const s = await db.sessions.get(sessionId);
  if (!s || s.status !== 'ended') return;
  const commitments = await db.commitments.where('sessionId').equals(sessionId).toArray();
  const base = s.measures ?? (await measureSession(s));
  const measures = { ...base, ...commitmentMeasures(commitments) };
  await db.sessions.put(checked(CoachingSessionSchema, { ...s, measures }, 'The session'));
}
