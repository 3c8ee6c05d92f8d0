import { CRM_IDS } from '../crm/registry';

/**
 * The CRMs Sideline reads: derived from the registry's list of definitions
 * (lib/crm/registry.ts), `custom` last. Adding a CRM is adding its folder.
 */
export { CRM_IDS };
export type CrmId = (typeof CRM_IDS)[number];

/** The deal fields Sideline reads from each CRM. */

export const DEAL_FIELDS = ['name', 'stage', 'amount', 'closeDate', 'owner'] as const;
export type DealFieldName = (typeof DEAL_FIELDS)[number];

/** Limits of what a deal read from a page may carry (a hostile page must not flood a message). */
export const DEAL_LIMITS = {
  text: 500,
  source: 300,
  dealId: 200,
  host: 253,
  url: 2000,
  siteId: 100,
} as const;

/** Stable key of a deal across sessions: CRM + host + record id. */
export function dealKey(d: { crm: string; host: string; dealId: string }): string {
  return `${d.crm}:${d.host}:${d.dealId}`;
}
