/*
 * The flag on a rep whose tier the manager has not set (lib/model/rep-tier.ts):
 * the same calm chip in the popup, Options and the panel. Zod-free.
 */
export const TIER_NOT_SET = 'Tier not set';

export function TierNotSet() {
  return (
    <span className="chip warn" data-testid="tier-not-set">
      {TIER_NOT_SET}
    </span>
  );
}
