import { getDb } from '../../lib/db/database';
import type { Commitment } from '../../lib/schema/records';

/**
 * A commitment by id wherever the database keeps it: the commitments table,
 * or inside the record of its session once followed up (version 7,
 * lib/db/resolved-commitments.ts). For tests that check what was stored.
 */
export async function commitmentWherever(id: string): Promise<Commitment | undefined> {
  const db = getDb();
  const inTable = await db.commitments.get(id);
  if (inTable) return inTable;
  const holder = await db.sessions.filter((s) => !!s.resolvedCommitments?.some((c) => c.id === id)).first();
  return holder?.resolvedCommitments?.find((c) => c.id === id);
}
