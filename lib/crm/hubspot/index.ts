import { defineAdapter } from '../define-adapter';
import { detectDeal } from './url';
import { extract } from './extract';

export const hubspot = defineAdapter({
  id: 'hubspot',
  label: 'HubSpot',
  matches: ['https://*.hubspot.com/*'],
  detectDeal,
  extract,
});
