import { defineAdapter } from '../define-adapter';
import { detectDeal, ZOHO_DOMAINS } from './url';
import { extract } from './extract';

export const zoho = defineAdapter({
  id: 'zoho',
  label: 'Zoho CRM',
  matches: ZOHO_DOMAINS.map((d) => `https://crm.zoho.${d}/*`),
  detectDeal,
  extract,
});
