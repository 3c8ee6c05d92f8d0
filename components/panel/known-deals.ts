import type { Deal } from '@/lib/schema/records';
import type { DealContext } from '@/lib/schema/deal-context';
import { dealKey } from '@/lib/model/crm';

/**
 * The deals this panel has shown, as stored (with the manager's corrections),
 * by deal key. After a single-page navigation back to one of them, its header
 * shows at once, corrections included, while the visit is recorded through
 * the background; the rest of the workspace waits for that answer as before.
 * A deal this panel has not shown yet waits for the stored one: its
 * corrections are not known, and the page's values must not flash in their
 * place. Kept in memory for the panel's life; the last 50 deals.
 */
const known = new Map<string, { deal: Deal; inSession: boolean }>();
const LIMIT = 50;

/** Called with the stored deal whenever the panel shows it (and whether a session is under way, which makes the header one line). */
export function rememberShownDeal(deal: Deal, inSession: boolean): void {
  known.delete(deal.key);
  known.set(deal.key, { deal, inSession });
  if (known.size > LIMIT) known.delete(known.keys().next().value!);
}

/**
 * The deal as it will be stored once this reading of the page is recorded
 * (lib/db/deals.ts upsertDealFromContext: a field the page shows replaces
 * the stored one, a field it does not show keeps it; corrections are kept),
 * or undefined when this panel has not shown the deal before.
 */
export function provisionalDeal(context: DealContext): { deal: Deal; inSession: boolean } | undefined {
  const k = known.get(dealKey(context));
  if (!k) return undefined;
  const d = k.deal;
  return {
    inSession: k.inSession,
    deal: {
      ...d,
      name: context.name?.value ?? d.name,
      stageLabel: context.stage?.value ?? d.stageLabel,
      amount: context.amount?.value ?? d.amount,
      currency: context.amount ? context.amount.currency : d.currency,
      closeDate: context.closeDate?.value ?? d.closeDate,
      ownerName: context.owner?.value ?? d.ownerName,
    },
  };
}

/** Tests: a new panel knows no deals. */
export function forgetShownDeals(): void {
  known.clear();
}
