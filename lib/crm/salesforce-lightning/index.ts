import { defineAdapter } from '../define-adapter';
import { detectDeal } from './url';
import { extract } from './extract';

export const salesforceLightning = defineAdapter({
  id: 'salesforce-lightning',
  label: 'Salesforce Lightning',
  matches: ['https://*.lightning.force.com/*'],
  detectDeal,
  extract,
});
