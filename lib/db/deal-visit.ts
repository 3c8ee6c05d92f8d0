import { getDb } from './database';
import { upsertDealFromContext } from './deals';
import { getActiveSessionForDeal } from './sessions';
import type { DealContext } from '../schema/deal-context';
import type { CoachingSession, Deal } from '../schema/records';

export interface DealVisit {
  deal: Deal;
  /** The unfinished session on this deal, if any: the panel opens straight to it. */
  active: CoachingSession | null;
}

/**
 * What the panel needs to show a deal, in one call: records the deal as the
 * page shows it and finds its unfinished session. From the embedded panel
 * every call is a round trip through the background, so this saves one on
 * the way to the question plan. (Opening the deal's CRM page in a tab is the
 * popup's openDeal.)
 */
export async function recordDealVisit(context: DealContext): Promise<DealVisit> {
  const db = getDb();
  // One transaction for both: the panel waits for this answer to show the deal
  // (single-page navigation), and IndexedDB schedules and commits each
  // transaction on its own. The upsert's own transaction joins this one.
  return db.transaction('rw', [db.deals, db.repLinks, db.sessions], async () => {
    const deal = await upsertDealFromContext(context);
    return { deal, active: (await getActiveSessionForDeal(deal.id)) ?? null };
  });
}
