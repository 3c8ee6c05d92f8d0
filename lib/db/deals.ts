import { getDb, newId, nowIso } from './database';
import { findRepIdForOwner } from './reps';
import { attachDealHistoryToRep } from './session-lifecycle';
import { dealKey, type DealContext } from '../schema/deal-context';
import { DealOverridesSchema, type Deal, type DealOverrides } from '../schema/records';

/** The deal as the manager sees it: their corrections win over what the page shows. */
export { effectiveDeal, type EffectiveDeal } from './effective-deal';

export async function getDealByKey(key: string): Promise<Deal | undefined> {
  return getDb().deals.where('key').equals(key).first();
}

/**
 * Records what the page shows for a deal. Keeps the manager's corrections,
 * notes when the stage changed (for "stage unchanged for N days") and links
 * the owner to a known rep.
 */
export async function upsertDealFromContext(ctx: DealContext, now = nowIso()): Promise<Deal> {
  const db = getDb();
  const key = dealKey(ctx);
  return db.transaction('rw', db.deals, db.repLinks, async () => {
    const existing = await db.deals.where('key').equals(key).first();
    const stageLabel = ctx.stage?.value ?? existing?.stageLabel ?? null;
    const ownerName = ctx.owner?.value ?? existing?.ownerName ?? null;
    const linkedOwner = existing?.overrides.owner ?? ownerName;
    const repId = (linkedOwner ? await findRepIdForOwner(ctx.crm, linkedOwner) : undefined) ?? existing?.repId ?? null;
    const deal: Deal = {
      id: existing?.id ?? newId(),
      key,
      crm: ctx.crm,
      host: ctx.host,
      crmDealId: ctx.dealId,
      url: ctx.url,
      // A field the page did not show this time keeps what we saw before.
      name: ctx.name?.value ?? existing?.name ?? null,
      stageLabel,
      amount: ctx.amount?.value ?? existing?.amount ?? null,
      currency: ctx.amount ? ctx.amount.currency : (existing?.currency ?? null),
      closeDate: ctx.closeDate?.value ?? existing?.closeDate ?? null,
      ownerName,
      repId,
      overrides: existing?.overrides ?? {},
      stageSince:
        existing && existing.stageLabel === stageLabel ? existing.stageSince : stageLabel ? now : null,
      firstSeenAt: existing?.firstSeenAt ?? now,
      lastSeenAt: now,
    };
    await db.deals.put(deal);
    return deal;
  });
}

/** A manual correction from the panel; it sticks for this deal. `null` removes it. */
export async function setDealOverride<K extends keyof DealOverrides>(
  dealId: string,
  field: K,
  value: DealOverrides[K] | null,
): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.deals, db.repLinks, async () => {
    const deal = await db.deals.get(dealId);
    if (!deal) throw new Error('Deal not found');
    const overrides: DealOverrides = { ...deal.overrides };
    if (value === null || value === undefined) delete overrides[field];
    else overrides[field] = value;
    const changes: Partial<Deal> = { overrides: DealOverridesSchema.parse(overrides) };
    if (field === 'owner') {
      // A corrected owner is coached as that owner: link the deal to their
      // rep if the manager has linked that name before, else ask again.
      const owner = overrides.owner ?? deal.ownerName;
      changes.repId = (owner ? await findRepIdForOwner(deal.crm, owner) : undefined) ?? null;
    }
    await db.deals.update(dealId, changes);
  });
  const linked = (await db.deals.get(dealId))?.repId;
  if (field === 'owner' && linked) await attachDealHistoryToRep([dealId], linked);
}

export async function setDealRep(dealId: string, repId: string | null): Promise<void> {
  await getDb().deals.update(dealId, { repId });
  // Sessions held on this deal before the rep was known become the rep's.
  if (repId) await attachDealHistoryToRep([dealId], repId);
}
