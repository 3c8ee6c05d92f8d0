import type { Catalog } from '../types';

/** Strings of the review area. */
export default {
  // A rep whose tier the manager has not chosen (popup, Options, panel; components/tier-flag.tsx).
  'review.tierNotSet': { en: 'Tier not set', fr: 'Niveau non défini' },
  // The choice in the tier select that leaves it unset (components/rep-chip.tsx).
  'review.tierNotSetOption': { en: 'Not set', fr: 'Non défini' },
} satisfies Catalog;
