/**
 * Plain constants of the deal schema, with no zod: the content script imports
 * these, and must not pull the schema library in for a list of names.
 */
// Derived from the list of CRM definitions (lib/crm/registry.ts), `custom` last.
export { CRM_IDS } from '../crm/registry';

export const DEAL_FIELDS = ['name', 'stage', 'amount', 'closeDate', 'owner'] as const;
