import { getDb, newId, nowIso } from './database';
import { checked } from './valid';
import type { CrmId } from '../schema/deal-context';
import { DealSchema, RepLinkSchema, RepSchema, type Rep, type RepTier, type TrustLevel } from '../schema/records';
import { TEXT_LIMITS, clip } from '../schema/limits';
import { attachRepDealsHistory } from './session-lifecycle';
import { PLACEHOLDER_TIER } from '../model/rep-tier';

/**
 * Owner names differ in case and spacing between CRM views; link on a normal
 * form. The name comes from a CRM page: the key is clipped to what a link may
 * hold, the same way when it is stored and when it is looked up.
 */
export function ownerKey(name: string): string {
  return clip(name.trim().replace(/\s+/g, ' ').toLowerCase(), TEXT_LIMITS.ownerKey);
}

export async function listReps(): Promise<Rep[]> {
  return getDb().reps.orderBy('name').toArray();
}

export async function getRep(id: string): Promise<Rep | undefined> {
  return getDb().reps.get(id);
}

/**
 * A rep, with the tier the manager chose, or `tier: null` when they did not
 * choose one (a rep made from a CRM owner name): the rep then holds the
 * placeholder tier with `tierSetAt` null, and is flagged until the manager sets it.
 */
export async function createRep(input: { name: string; tier: RepTier | null; trust: TrustLevel }): Promise<Rep> {
  const now = nowIso();
  const { tier, ...rest } = input;
  const rep = checked(
    RepSchema,
    { ...rest, tier: tier ?? PLACEHOLDER_TIER, tierSetAt: tier ? now : null, id: newId(), lastCoachedAt: null, createdAt: now, updatedAt: now },
    'The rep',
  );
  await getDb().reps.add(rep);
  return rep;
}

/** Setting a tier (even the one the rep holds as a placeholder) records that the manager chose it; `tier: null` takes the choice back. */
export async function updateRep(id: string, patch: { name?: string; tier?: RepTier | null; trust?: TrustLevel }): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.reps, async () => {
    const rep = await db.reps.get(id);
    if (!rep) return;
    const now = nowIso();
    const { tier, ...rest } = patch;
    const tierPatch = tier === undefined ? {} : tier === null ? { tierSetAt: null } : { tier, tierSetAt: now };
    await db.reps.put(checked(RepSchema, { ...rep, ...rest, ...tierPatch, updatedAt: now }, 'The rep'));
  });
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
    await db.repLinks.put(checked(RepLinkSchema, { id: existing?.id ?? newId(), crm, ownerKey: key, repId }, 'The link to the rep'));
    await db.deals
      .filter((d) => d.crm === crm && d.ownerName !== null && ownerKey(d.overrides.owner ?? d.ownerName) === key)
      .modify((d) => {
        Object.assign(d, checked(DealSchema, { ...d, repId }, 'The deal'));
      });
  });
  // Sessions already held on those deals become the rep's.
  await attachRepDealsHistory(repId);
}
