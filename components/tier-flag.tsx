import { t } from '@/lib/i18n';

/*
 * The flag on a rep whose tier the manager has not set (lib/model/rep-tier.ts):
 * the same calm chip in the popup, Options and the panel. Zod-free.
 */
export function TierNotSet() {
  return (
    <span className="chip warn" data-testid="tier-not-set">
      {t('review.tierNotSet')}
    </span>
  );
}
