import type { Deal } from '../schema/records';

/** What the manager sees: a field corrected in the panel wins over what the page showed. Pure, no database. */
export interface EffectiveDeal {
  name: string | null;
  stageLabel: string | null;
  amount: number | null;
  currency: string | null;
  closeDate: string | null;
  ownerName: string | null;
}

export function effectiveDeal(deal: Deal): EffectiveDeal {
  const o = deal.overrides;
  return {
    name: o.name ?? deal.name,
    stageLabel: o.stage ?? deal.stageLabel,
    amount: o.amount ?? deal.amount,
    currency: o.currency ?? deal.currency,
    closeDate: o.closeDate ?? deal.closeDate,
    ownerName: o.owner ?? deal.ownerName,
  };
}
