import Dexie from 'dexie';
import { getDb, nowIso } from './database';
import { CoachingSessionSchema, type CoachingSession, type Commitment } from '../schema/records';
import { checked } from './valid';
import { isSessionEmpty } from '../session/empty';
import { sessionCommitments } from './resolved-commitments';

/*
 * A session's life outside its questions and notes: prepared, begun,
 * discarded while empty, deleted (and brought back), and attached to its rep
 * when the rep is linked after the fact. Also the rep's follow-through record.
 */

/** Starts the clock of a prepared session: the time box counts from now. */
export async function beginSession(id: string, now = nowIso()): Promise<CoachingSession> {
  const db = getDb();
  return db.transaction('rw', db.sessions, async () => {
    const s = await db.sessions.get(id);
    if (!s) throw new Error('Session not found');
    if (s.status !== 'planned') return s;
    const begun = checked(
      CoachingSessionSchema,
      { ...s, status: 'active', startedAt: now, preparedAt: s.preparedAt ?? s.startedAt, updatedAt: now },
      'The session',
    );
    await db.sessions.put(begun);
    return begun;
  });
}

/**
 * Drops a plan that was never begun, or a begun session in which nothing was
 * recorded, so it never counts as coaching. Refuses, and returns false, for
 * an ended session or a begun one holding anything the manager wrote (those
 * are deleted, with undo, instead).
 */
export async function discardSession(id: string): Promise<boolean> {
  const db = getDb();
  return db.transaction('rw', db.sessions, db.commitments, async () => {
    const s = await db.sessions.get(id);
    if (!s) return true;
    if (s.status === 'ended') return false;
    const commitments = await db.commitments.where('sessionId').equals(id).toArray();
    // The running note (version 3) and followed-up commitments (version 7) live inside the session record.
    if (s.status === 'active' && !isSessionEmpty(s, s.note?.text ?? '', sessionCommitments(s, commitments))) return false;
    await db.commitments.bulkDelete(commitments.map((c) => c.id));
    await db.sessions.delete(id);
    return true;
  });
}

/** Everything a deleted session held (its note and followed-up commitments are inside it), handed back so Undo can put it back as it was. */
export interface DeletedSession {
  session: CoachingSession;
  commitments: Commitment[];
}

/** When the rep was last coached, from the sessions that remain. */
async function refreshLastCoached(repId: string | null): Promise<void> {
  if (!repId) return;
  const db = getDb();
  const sessions = await db.sessions
    .where('[repId+startedAt]')
    .between([repId, Dexie.minKey], [repId, Dexie.maxKey])
    .filter((s) => s.status === 'ended' && !!s.endedAt)
    .toArray();
  const last = sessions.reduce<string | null>((m, s) => (s.endedAt && (!m || s.endedAt > m) ? s.endedAt : m), null);
  await db.reps.update(repId, { lastCoachedAt: last });
}

/** Deletes a session with its notes and commitments; it no longer counts in the week or for the rep. */
export async function deleteSession(id: string): Promise<DeletedSession | null> {
  const db = getDb();
  return db.transaction('rw', [db.sessions, db.commitments, db.reps], async () => {
    const session = await db.sessions.get(id);
    if (!session) return null;
    const commitments = await db.commitments.where('sessionId').equals(id).toArray();
    await db.commitments.bulkDelete(commitments.map((c) => c.id));
    await db.sessions.delete(id);
    await refreshLastCoached(session.repId);
    return { session, commitments };
  });
}

/** Undo of deleteSession: puts the session (with its note) and its commitments back. */
export async function restoreDeletedSession(deleted: DeletedSession): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.commitments, db.reps], async () => {
    await db.sessions.put(checked(CoachingSessionSchema, deleted.session, 'The session'));
    if (deleted.commitments.length) await db.commitments.bulkPut(deleted.commitments);
    await refreshLastCoached(deleted.session.repId);
  });
}

/**
 * A rep linked after sessions were held on their deals: those sessions (with
 * their notes) and commitments become the rep's (only ones with no rep yet; a session
 * held with another rep stays theirs), and the rep counts as coached.
 */
export async function attachDealHistoryToRep(dealIds: readonly string[], repId: string): Promise<void> {
  if (!dealIds.length) return;
  const db = getDb();
  await db.transaction('rw', [db.sessions, db.commitments, db.reps], async () => {
    for (const dealId of dealIds) {
      await db.sessions
        .where('[dealId+startedAt]')
        .between([dealId, Dexie.minKey], [dealId, Dexie.maxKey])
        .filter((s) => s.repId === null)
        .modify((s: CoachingSession) => {
          s.repId = repId;
          // Its followed-up commitments (inside it, version 7) had no rep either.
          s.resolvedCommitments = s.resolvedCommitments?.map((c) => (c.repId === null ? { ...c, repId } : c));
          if (!s.resolvedCommitments) delete s.resolvedCommitments;
        });
      // Through pendingDealId: it holds the deal's open commitments and those with no rep yet (lib/db/index-fields.ts).
      await db.commitments.where('pendingDealId').equals(dealId).filter((c) => c.repId === null).modify({ repId });
    }
    await refreshLastCoached(repId);
  });
}

/** Attaches the earlier sessions of every deal linked to this rep (after linkOwnerToRep). */
export async function attachRepDealsHistory(repId: string): Promise<void> {
  const deals = await getDb().deals.where('[repId+lastSeenAt]').between([repId, Dexie.minKey], [repId, Dexie.maxKey]).primaryKeys();
  await attachDealHistoryToRep(deals as string[], repId);
}

/**
 * The rep's open commitments that are due for follow-up in this session:
 * made in an earlier session that had ended before this one was prepared or
 * begun. A commitment made a minute ago is not a follow-up yet.
 */
export async function followUpsForSession(repId: string, sessionId: string): Promise<Commitment[]> {
  const db = getDb();
  const current = await db.sessions.get(sessionId);
  if (!current) return [];
  const since = current.preparedAt ?? current.startedAt;
  const open = await db.commitments
    .where('[repId+status+dueDate]')
    .between([repId, 'open', ''], [repId, 'open', '\uffff'])
    .filter((c) => c.sessionId !== sessionId && c.text.trim() !== '')
    .toArray();
  const made = await db.sessions.bulkGet([...new Set(open.map((c) => c.sessionId))]);
  const endedBefore = new Set(
    made.filter((s): s is CoachingSession => !!s && s.status === 'ended' && !!s.endedAt && s.endedAt <= since).map((s) => s.id),
  );
  return open.filter((c) => endedBefore.has(c.sessionId));
}

export interface RepRecord {
  kept: number;
  missed: number;
  renegotiated: number;
  open: number;
  /** Kept out of all followed-up commitments, 0–1; null before any was followed up. */
  followThrough: number | null;
  /** The latest followed-up commitments with their outcome notes, newest first. */
  outcomes: Commitment[];
}

/** The rep's follow-through: how often commitments were kept, with what was said about them. */
export async function repRecord(repId: string, limit = 5): Promise<RepRecord> {
  const db = getDb();
  // Open commitments (and any followed-up one stored the older way) by rep through the index;
  // followed-up ones inside the rep's sessions (version 7, lib/db/resolved-commitments.ts).
  const [inTable, sessions] = await db.transaction('r', [db.commitments, db.sessions], () =>
    Promise.all([
      db.commitments.where('[repId+status+dueDate]').between([repId, '', ''], [repId, '\uffff', '\uffff']).toArray(),
      db.sessions
        .where('[repId+startedAt]')
        .between([repId, Dexie.minKey], [repId, Dexie.maxKey])
        .filter((s) => !!s.resolvedCommitments?.length)
        .toArray(),
    ]),
  );
  const inside = sessions.flatMap((s) => (s.resolvedCommitments ?? []).filter((c) => c.repId === repId));
  const all = [...inTable, ...inside].filter((c) => c.text.trim() !== '');
  const count = (st: Commitment['status']) => all.filter((c) => c.status === st).length;
  const kept = count('done');
  const missed = count('missed');
  const renegotiated = count('renegotiated');
  const judged = kept + missed + renegotiated;
  const outcomes = all
    .filter((c) => c.status !== 'open')
    .sort((a, b) => (b.resolvedAt ?? '').localeCompare(a.resolvedAt ?? ''))
    .slice(0, limit);
  return { kept, missed, renegotiated, open: count('open'), followThrough: judged ? kept / judged : null, outcomes };
}
