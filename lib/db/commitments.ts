import Dexie from 'dexie';
import { getDb, newId, nowIso } from './database';
import { checked } from './valid';
import { refreshCommitmentMeasures } from './measures';
import { CommitmentSchema, type Commitment, type CommitmentStatus } from '../schema/records';

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
  await db.transaction('rw', db.commitments, async () => {
    const c = await db.commitments.get(id);
    // Removed meanwhile (a save still pending when the manager pressed Remove): nothing to update.
    if (!c) return;
    await db.commitments.put(checked(CommitmentSchema, { ...c, ...patch, updatedAt: nowIso() }, 'The commitment'));
  });
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
    const c = await db.commitments.get(id);
    if (!c) throw new Error('Commitment not found');
    const closed = checked(CommitmentSchema, { ...c, status, outcomeNote, resolvedAt: now, updatedAt: now }, 'The commitment');
    if (status === 'renegotiated' && newDueDate) {
      // The old promise is closed as renegotiated; the new one carries on, still owned by the rep.
      const renewed = checked(
        CommitmentSchema,
        { ...c, id: newId(), dueDate: newDueDate, status: 'open', outcomeNote: '', createdAt: now, updatedAt: now, resolvedAt: null },
        'The renegotiated commitment',
      );
      await db.commitments.bulkPut([closed, renewed]);
    } else {
      await db.commitments.put(closed);
    }
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
  await getDb().commitments.delete(id);
}

export async function commitmentsForSession(sessionId: string): Promise<Commitment[]> {
  const list = await getDb().commitments.where('sessionId').equals(sessionId).toArray();
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
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
