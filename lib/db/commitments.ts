import Dexie from 'dexie';
import { getDb, newId, nowIso } from './database';
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

export async function addCommitment(input: NewCommitment, now = nowIso()): Promise<Commitment> {
  const c = CommitmentSchema.parse({
    ...input,
    id: newId(),
    status: 'open',
    outcomeNote: '',
    createdAt: now,
    updatedAt: now,
    resolvedAt: null,
  });
  await getDb().commitments.add(c);
  return c;
}

export async function updateCommitment(
  id: string,
  patch: Partial<Pick<Commitment, 'text' | 'dueDate' | 'followUp' | 'suggestedBy' | 'outcomeNote'>>,
): Promise<void> {
  await getDb().commitments.update(id, { ...patch, updatedAt: nowIso() });
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
  await db.transaction('rw', db.commitments, async () => {
    const c = await db.commitments.get(id);
    if (!c) throw new Error('Commitment not found');
    if (status === 'renegotiated' && newDueDate) {
      // The old promise is closed as renegotiated; the new one carries on, still owned by the rep.
      await db.commitments.update(id, { status, outcomeNote, resolvedAt: now, updatedAt: now });
      await db.commitments.add({
        ...c,
        id: newId(),
        dueDate: newDueDate,
        status: 'open',
        outcomeNote: '',
        createdAt: now,
        updatedAt: now,
        resolvedAt: null,
      });
    } else {
      await db.commitments.update(id, { status, outcomeNote, resolvedAt: now, updatedAt: now });
    }
  });
}

export async function deleteCommitment(id: string): Promise<void> {
  await getDb().commitments.delete(id);
}

export async function commitmentsForSession(sessionId: string): Promise<Commitment[]> {
  const list = await getDb().commitments.where('sessionId').equals(sessionId).toArray();
  return list.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** This rep's open commitments from earlier sessions, on any deal, oldest due first. */
export async function openCommitmentsForRep(repId: string, excludeSessionId?: string): Promise<Commitment[]> {
  const list = await getDb()
    .commitments.where('[repId+dueDate]')
    .between([repId, Dexie.minKey], [repId, Dexie.maxKey])
    .filter((c) => c.status === 'open' && c.sessionId !== excludeSessionId)
    .toArray();
  return list;
}

/** Open commitments due on or before a date, through the [status+dueDate] index. */
export async function openCommitmentsDueBy(dateIso: string, limit = 50): Promise<Commitment[]> {
  return getDb()
    .commitments.where('[status+dueDate]')
    .between(['open', Dexie.minKey], ['open', dateIso], true, true)
    .limit(limit)
    .toArray();
}

export async function openCommitmentsForDeal(dealId: string): Promise<Commitment[]> {
  return getDb()
    .commitments.where('dealId')
    .equals(dealId)
    .filter((c) => c.status === 'open')
    .toArray();
}
