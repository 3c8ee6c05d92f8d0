/**
 * Plain constants of the deal schema, with no zod: the content script imports
 * these, and must not pull the schema library in for a list of names.
 */
export const CRM_IDS = [
  'salesforce-lightning',
  'salesforce-classic',
  'hubspot',
  'pipedrive',
  'dynamics',
  'zoho',
  'close',
  'custom',
] as const;

export const DEAL_FIELDS = ['name', 'stage', 'amount', 'closeDate', 'owner'] as const;
