import { getDb, newId, nowIso } from './database';
import { findRepIdForOwner } from './reps';
import { checked } from './valid';
import { attachDealHistoryToRep } from './session-lifecycle';
import { dealKey, type DealContext } from '../schema/deal-context';
import { DealSchema, type Deal, type DealOverrides } from '../schema/records';
import { TEXT_LIMITS as L, clip, clipOrNull } from '../schema/limits';

/** The deal as the manager sees it: their corrections win over what the page shows. */
export { effectiveDeal, type EffectiveDeal } from './effective-deal';

/**
 * Records what the page shows for a deal. Keeps the manager's corrections,
 * notes when the stage changed (for "stage unchanged for N days") and links
 * the owner to a known rep. Text read off the page is clipped to what a
 * record may hold: a CRM's over-long owner name is not the manager's to fix.
 */
export async function upsertDealFromContext(ctx: DealContext, now = nowIso()): Promise<Deal> {
  const db = getDb();
  const key = dealKey(ctx);
  return db.transaction('rw', db.deals, db.repLinks, async () => {
    const existing = await db.deals.where('key').equals(key).first();
    const stageLabel = clipOrNull(ctx.stage?.value ?? existing?.stageLabel, L.dealText);
    const ownerName = clipOrNull(ctx.owner?.value ?? existing?.ownerName, L.dealText);
    const linkedOwner = existing?.overrides.owner ?? ownerName;
    const repId = (linkedOwner ? await findRepIdForOwner(ctx.crm, linkedOwner) : undefined) ?? existing?.repId ?? null;
    const deal = checked(DealSchema, {
      id: existing?.id ?? newId(),
      key,
      crm: ctx.crm,
      host: ctx.host,
      crmDealId: ctx.dealId,
      url: clip(ctx.url, L.url),
      // A field the page did not show this time keeps what we saw before.
      name: clipOrNull(ctx.name?.value ?? existing?.name, L.dealText),
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
    } satisfies Deal, 'The deal');
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
    const changes: Partial<Deal> = { overrides };
    if (field === 'owner') {
      // A corrected owner is coached as that owner: link the deal to their
      // rep if the manager has linked that name before, else ask again.
      const owner = overrides.owner ?? deal.ownerName;
      changes.repId = (owner ? await findRepIdForOwner(deal.crm, owner) : undefined) ?? null;
    }
    await db.deals.put(checked(DealSchema, { ...deal, ...changes }, 'The correction'));
  });
  const linked = (await db.deals.get(dealId))?.repId;
  if (field === 'owner' && linked) await attachDealHistoryToRep([dealId], linked);
}

export async function setDealRep(dealId: string, repId: string | null): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.deals, async () => {
    const deal = await db.deals.get(dealId);
    if (!deal) return;
    await db.deals.put(checked(DealSchema, { ...deal, repId }, 'The deal'));
  });
  // Sessions held on this deal before the rep was known become the rep's.
  if (repId) await attachDealHistoryToRep([dealId], repId);
}
