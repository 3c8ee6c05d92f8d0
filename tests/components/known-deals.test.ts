import { beforeEach, describe, expect, it } from 'vitest';
import { forgetShownDeals, provisionalDeal, rememberShownDeal } from '../../components/panel/known-deals';
import { effectiveDeal } from '../../lib/db/effective-deal';
import type { DealContext } from '../../lib/schema/deal-context';
import type { Deal } from '../../lib/schema/records';

/**
 * Back on a deal the panel has shown (single-page CRMs), its header shows at
 * once while the visit is recorded: with the manager's corrections, never the
 * page's value in their place; a deal never shown waits for the stored one.
 */
const stored: Deal = {
  id: 'deal-1',
  key: 'salesforce-lightning:acme.lightning.force.com:0065g00000GlbxAAAH',
  crm: 'salesforce-lightning',
  host: 'acme.lightning.force.com',
  crmDealId: '0065g00000GlbxAAAH',
  url: 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view',
  name: 'Globex — 500-seat expansion',
  stageLabel: 'Needs Analysis',
  amount: 50000,
  currency: 'USD',
  closeDate: '2026-12-01',
  ownerName: 'Dana Reyes',
  repId: 'rep-1',
  overrides: { name: 'Globex (renewal)' },
  stageSince: '2026-11-01T00:00:00.000Z',
  firstSeenAt: '2026-11-01T00:00:00.000Z',
  lastSeenAt: '2026-11-20T00:00:00.000Z',
};
const read = (over: Partial<DealContext> = {}): DealContext => ({
  crm: 'salesforce-lightning',
  dealId: '0065g00000GlbxAAAH',
  host: 'acme.lightning.force.com',
  url: stored.url,
  name: { value: 'Globex — 500-seat expansion', source: 'selector' },
  stage: { value: 'Proposal', source: 'selector' },
  amount: null,
  closeDate: null,
  owner: null,
  ...over,
});

beforeEach(() => forgetShownDeals());

describe('the header of a deal the panel has shown before', () => {
  it('is not guessed for a deal this panel has not shown', () => {
    expect(provisionalDeal(read())).toBeUndefined();
  });

  it('keeps the manager’s correction, takes what the page shows now, and keeps what it does not show', () => {
    rememberShownDeal(stored, true);
    const known = provisionalDeal(read())!;
    expect(known.inSession).toBe(true);
    const eff = effectiveDeal(known.deal);
    expect(eff.name).toBe('Globex (renewal)');
    expect(eff.stageLabel).toBe('Proposal');
    expect(eff).toMatchObject({ amount: 50000, currency: 'USD', closeDate: '2026-12-01', ownerName: 'Dana Reyes' });
    expect(known.deal.id).toBe('deal-1');
  });

  it('follows the stored deal the panel showed last (a correction made since is kept)', () => {
    rememberShownDeal(stored, false);
    rememberShownDeal({ ...stored, overrides: { name: 'Globex — renewal 2027' } }, false);
    expect(effectiveDeal(provisionalDeal(read())!.deal).name).toBe('Globex — renewal 2027');
    expect(provisionalDeal(read({ dealId: 'other' }))).toBeUndefined();
  });
});
