import { getDb, newId, nowIso } from './database';
import type { CrmId } from '../schema/deal-context';
import { RepSchema, type Rep, type RepTier, type TrustLevel } from '../schema/records';
import { attachRepDealsHistory } from './session-lifecycle';

/** Owner names differ in case and spacing between CRM views; link on a normal form. */
export function ownerKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export async function listReps(): Promise<Rep[]> {
  return getDb().reps.orderBy('name').toArray();
}

export async function getRep(id: string): Promise<Rep | undefined> {
  return getDb().reps.get(id);
}

export async function createRep(input: { name: string; tier: RepTier; trust: TrustLevel }): Promise<Rep> {
  const now = nowIso();
  const rep = RepSchema.parse({ ...input, id: newId(), lastCoachedAt: null, createdAt: now, updatedAt: now });
  await getDb().reps.add(rep);
  return rep;
}

export async function updateRep(id: string, patch: Partial<Pick<Rep, 'name' | 'tier' | 'trust'>>): Promise<void> {
  await getDb().reps.update(id, { ...patch, updatedAt: nowIso() });
}

export async function findRepIdForOwner(crm: CrmId, ownerName: string): Promise<string | undefined> {
  const link = await getDb().repLinks.where('[crm+ownerKey]').equals([crm, ownerKey(ownerName)]).first();
  return link?.repId;
}

/**
 * Remembers that this CRM owner is this rep, and points every known deal of
 * that owner at the rep, so the choice is made once per CRM and owner name.
 */
export async function linkOwnerToRep(crm: CrmId, ownerName: string, repId: string): Promise<void> {
  const db = getDb();
  const key = ownerKey(ownerName);
  await db.transaction('rw', db.repLinks, db.deals, async () => {
    const existing = await db.repLinks.where('[crm+ownerKey]').equals([crm, key]).first();
    if (existing) await db.repLinks.update(existing.id, { repId });
    else await db.repLinks.add({ id: newId(), crm, ownerKey: key, repId });
    await db.deals
      .filter((d) => d.crm === crm && d.ownerName !== null && ownerKey(d.overrides.owner ?? d.ownerName) === key)
      .modify({ repId });
  });
  // Sessions already held on those deals become the rep's.
  await attachRepDealsHistory(repId);
}
