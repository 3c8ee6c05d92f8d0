import { getDb } from './database';
import { checked } from './valid';
import { CoachingSessionSchema, type CoachingSession, type SessionMeasures } from '../schema/records';
import { commitmentMeasures, sessionMeasures } from '../review/measures';
import { sessionCommitments } from './resolved-commitments';

/*
 * Keeps each ended session's measures (lib/review/measures.ts) on the session
 * record: computed once when it ends, and its commitment outcomes brought up
 * to date when one of them changes. Callers run these inside a transaction
 * that holds sessions and commitments.
 */

/** The measures of a session as it stands: its note (inside the record, version 3) and its commitments (open ones through the sessionId index, followed-up ones inside the record, version 7). */
export async function measureSession(session: CoachingSession): Promise<SessionMeasures> {
  const commitments = sessionCommitments(session, await getDb().commitments.where('sessionId').equals(session.id).toArray());
  return sessionMeasures(session, session.note?.text ? [session.note.text] : [], commitments);
}

/**
 * After a commitment changed: the outcomes of the session it was made in, if
 * that session has ended (a running one is measured when it ends).
 */
export async function refreshCommitmentMeasures(sessionId: string): Promise<void> {
  const db = getDb();
  const s = await db.sessions.get(sessionId);
  if (!s || s.status !== 'ended') return;
  const commitments = sessionCommitments(s, await db.commitments.where('sessionId').equals(sessionId).toArray());
  const base = s.measures ?? (await measureSession(s));
  const measures = { ...base, ...commitmentMeasures(commitments) };
  await db.sessions.put(checked(CoachingSessionSchema, { ...s, measures }, 'The session'));
}
