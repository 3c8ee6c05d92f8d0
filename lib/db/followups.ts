import Dexie from 'dexie';
import { getDb, newId, nowIso } from './database';
import type { Commitment, CommitmentStatus } from '../schema/records';

/*
 * The commitment calls the popup makes (the agenda's follow-ups and their
 * Done / Missed buttons). Kept apart from commitments.ts, which needs zod to
 * create commitments, so the popup's bundle stays free of zod; commitments.ts
 * re-exports them.
 */

/** Open commitments due on or before a date, through the [status+dueDate] index (so in due-date order). */
export async function openCommitmentsDueBy(dateIso: string, limit = 50): Promise<Commitment[]> {
  return getDb()
    .commitments.where('[status+dueDate]')
    .between(['open', Dexie.minKey], ['open', dateIso], true, true)
    .limit(limit)
    .toArray();
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
