import type { Transaction } from 'dexie';
import { PLACEHOLDER_TIER } from '../model/rep-tier';

/*
 * Reps stored before Dexie version 5 (and reps in a backup made before it)
 * carry no `tierSetAt`: Sideline never recorded whether the manager chose
 * their tier. The one way reps were made, the panel's "Who is …?" form,
 * pre-selected the middle tier, so a middle tier may be a choice or a default
 * nobody looked at; we cannot tell them apart. The rule, the same for the
 * upgrade and for a restore of an older backup:
 * - a tier other than the form's default was chosen: set (at the rep's
 *   updatedAt, the last time the manager changed the rep, the best date known);
 * - a rep changed after it was made (name, tier or trust, in the editor that
 *   shows the tier) was looked at by the manager: set, likewise;
 * - a middle tier never touched since the rep was made: not set, flagged.
 * A wrong flag costs the manager one click in the popup; a wrong "set" would
 * count a default as middle-performer time without anyone knowing, which is
 * what the flag is there to prevent. The tier itself is kept either way.
 */
export function legacyTierSetAt(rep: { tier?: unknown; createdAt?: unknown; updatedAt?: unknown }): string | null {
  const updatedAt = typeof rep.updatedAt === 'string' ? rep.updatedAt : null;
  if (!updatedAt) return null;
  const chosen = rep.tier !== PLACEHOLDER_TIER || rep.createdAt !== updatedAt;
  return chosen ? updatedAt : null;
}

/** A record read from an older backup gets `tierSetAt` by the same rule; others pass unchanged (the schema checks them). */
export function withLegacyTierSetAt(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw) || 'tierSetAt' in raw) return raw;
  return { ...raw, tierSetAt: legacyTierSetAt(raw as Record<string, unknown>) };
}

/** The version 5 upgrade: every stored rep gets `tierSetAt` by the rule above. */
export async function settleStoredRepTiers(tx: Transaction): Promise<void> {
  await tx
    .table('reps')
    .toCollection()
    .modify((r: Record<string, unknown>) => {
      if (!('tierSetAt' in r)) r.tierSetAt = legacyTierSetAt(r);
    });
}
