import { defineAdapter } from '../define-adapter';
import { detectDeal } from './url';
import { extract } from './extract';

export const salesforceClassic = defineAdapter({
  id: 'salesforce-classic',
  label: 'Salesforce Classic',
  matches: ['https://*.salesforce.com/*'],
  detectDeal,
  extract,
});
