import Dexie from 'dexie';
import { getDb, newId, nowIso } from './database';
import { checked } from './valid';
import { refreshCommitmentMeasures } from './measures';
import { CoachingSessionSchema, CommitmentSchema, type CoachingSession, type Commitment, type CommitmentStatus } from '../schema/records';
import { placeCommitments, sessionCommitments } from './resolved-commitments';

export interface NewCommitment {
  sessionId: string;
  dealId: string;
  repId: string | null;
  text: string;
  dueDate: string;
  followUp: string;
  suggestedBy: 'rep' | 'manager';
}

export type CommitmentPatch = Partial<Pick<Commitment, 'text' | 'dueDate' | 'followUp' | 'suggestedBy' | 'outcomeNote'>>;

export async function addCommitment(input: NewCommitment, now = nowIso()): Promise<Commitment> {
  const c = checked(
    CommitmentSchema,
    { ...input, id: newId(), status: 'open', outcomeNote: '', createdAt: now, updatedAt: now, resolvedAt: null },
    'The commitment',
  );
  await getDb().commitments.add(c);
  return c;
}

export async function updateCommitment(id: string, patch: CommitmentPatch): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.commitments, db.sessions], async () => {
    const c = await db.commitments.get(id);
    if (c) {
      await db.commitments.put(checked(CommitmentSchema, { ...c, ...patch, updatedAt: nowIso() }, 'The commitment'));
      return;
    }
    // A followed-up commitment lives inside its session (version 7).
    // Removed meanwhile (a save still pending when the manager pressed Remove): nothing to update.
    const s = await sessionHolding(id);
    if (!s) return;
    const list = (s.resolvedCommitments ?? []).map((x) => (x.id === id ? checked(CommitmentSchema, { ...x, ...patch, updatedAt: nowIso() }, 'The commitment') : x));
    await db.sessions.put(checked(CoachingSessionSchema, { ...s, resolvedCommitments: list }, 'The session'));
  });
}

/**
 * The session whose record holds followed-up commitment `id`. No index leads
 * there (one would cost a restore an entry per commitment), so this reads the
 * sessions that hold any: only for an edit or removal of a commitment already
 * followed up, which the panel rarely offers (its editors show open ones).
 */
async function sessionHolding(id: string): Promise<CoachingSession | undefined> {
  return getDb()
    .sessions.filter((s) => !!s.resolvedCommitments?.some((x) => x.id === id))
    .first();
}

/**
 * Follow-up on a commitment: done, missed or renegotiated (with a new due date),
 * with a note. Renegotiated commitments stay open on the agenda at their new date.
 */
export async function resolveCommitment(
  id: string,
  status: Exclude<CommitmentStatus, 'open'>,
  outcomeNote: string,
  newDueDate?: string,
  now = nowIso(),
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.commitments, db.sessions], async () => {
    // Followed up already (another tab did it a moment ago): found inside its session, followed up again.
    const c = (await db.commitments.get(id)) ?? (await sessionHolding(id))?.resolvedCommitments?.find((x) => x.id === id);
    if (!c) throw new Error('Commitment not found');
    const closed = checked(CommitmentSchema, { ...c, status, outcomeNote, resolvedAt: now, updatedAt: now }, 'The commitment');
    if (status === 'renegotiated' && newDueDate) {
      // The old promise is closed as renegotiated; the new one carries on, still owned by the rep.
      const renewed = checked(
        CommitmentSchema,
        { ...c, id: newId(), dueDate: newDueDate, status: 'open', outcomeNote: '', createdAt: now, updatedAt: now, resolvedAt: null },
        'The renegotiated commitment',
      );
      await db.commitments.put(renewed);
    }
    // Followed up: it moves into the record of the session it was made in (lib/db/resolved-commitments.ts).
    const s = await db.sessions.get(c.sessionId);
    const placed = placeCommitments(s ? [s] : [], [closed]);
    if (s && placed.changed.has(s.id)) await db.sessions.put(checked(CoachingSessionSchema, placed.sessions[0]!, 'The session'));
    if (placed.table.length) await db.commitments.put(closed);
    else await db.commitments.delete(id);
    // The session it was made in now counts it as kept, missed or renegotiated.
    await refreshCommitmentMeasures(c.sessionId);
  });
}

/** "Snooze": the follow-up comes back on a later day; the commitment stays open and the rep's. */
export async function snoozeCommitment(id: string, untilIso: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.commitments, async () => {
    const c = await db.commitments.get(id);
    if (!c || c.status !== 'open') return;
    await db.commitments.put(checked(CommitmentSchema, { ...c, dueDate: untilIso, updatedAt: nowIso() }, 'The commitment'));
  });
}

export async function deleteCommitment(id: string): Promise<void> {
  const db = getDb();
  await db.transaction('rw', [db.commitments, db.sessions], async () => {
    if (await db.commitments.where('id').equals(id).delete()) return;
    const s = await sessionHolding(id);
    if (s) await db.sessions.put(checked(CoachingSessionSchema, { ...s, resolvedCommitments: s.resolvedCommitments!.filter((x) => x.id !== id) }, 'The session'));
  });
}

/** A session's commitments, open and followed up, oldest first. */
export async function commitmentsForSession(sessionId: string): Promise<Commitment[]> {
  const db = getDb();
  return db.transaction('r', [db.commitments, db.sessions], async () => {
    const [session, inTable] = await Promise.all([db.sessions.get(sessionId), db.commitments.where('sessionId').equals(sessionId).toArray()]);
    return sessionCommitments(session, inTable);
  });
}

/**
 * This rep's open commitments from earlier sessions, on any deal, oldest due
 * first: read through the [repId+status+dueDate] index, so closed ones are
 * never read at all.
 */
export async function openCommitmentsForRep(repId: string, excludeSessionId?: string): Promise<Commitment[]> {
  const list = await getDb()
    .commitments.where('[repId+status+dueDate]')
    .between([repId, 'open', Dexie.minKey], [repId, 'open', Dexie.maxKey])
    .toArray();
  return excludeSessionId ? list.filter((c) => c.sessionId !== excludeSessionId) : list;
}

export async function openCommitmentsForDeal(dealId: string): Promise<Commitment[]> {
  return getDb()
    .commitments.where('pendingDealId')
    .equals(dealId)
    .filter((c) => c.status === 'open')
    .toArray();
}
