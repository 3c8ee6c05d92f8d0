import type { RepTier } from './enums';

/**
 * A rep's tier as the manager chose it, or null while they have not: a rep
 * Sideline made from a CRM owner name carries a placeholder tier until then
 * (`tierSetAt` null). Every measure by tier, and every screen that says a
 * tier, reads the tier through this, so a placeholder is never counted or
 * shown as a choice. Zod-free: the popup uses it.
 */
export function chosenTier(rep: { tier: RepTier; tierSetAt?: string | null }): RepTier | null {
  return rep.tierSetAt ? rep.tier : null;
}

/** The tier a rep holds until the manager sets one; never shown or counted as chosen. */
export const PLACEHOLDER_TIER: RepTier = 'middle';
