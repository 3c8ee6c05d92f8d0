import Dexie from 'dexie';
import { getDb, newId, nowIso } from './database';
import { CommitmentSchema, type Commitment } from '../schema/records';

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

export { openCommitmentsDueBy, resolveCommitment } from './followups';

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

export async function openCommitmentsForDeal(dealId: string): Promise<Commitment[]> {
  return getDb()
    .commitments.where('dealId')
    .equals(dealId)
    .filter((c) => c.status === 'open')
    .toArray();
}
