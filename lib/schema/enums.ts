/**
 * Value lists the UI needs at run time, kept free of zod so the embedded panel
 * (which never opens the database) does not ship the record schemas.
 * records.ts builds its enums from these.
 */
export const REP_TIERS = ['top', 'middle', 'bottom'] as const;
export const TRUST_LEVELS = ['bronze', 'silver', 'gold'] as const;
export const GAP_CAUSES = ['skill', 'will', 'knowledge', 'system'] as const;
