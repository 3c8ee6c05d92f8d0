import { defineAdapter } from '../define-adapter';
import { detectDeal } from './url';
import { extract } from './extract';

export const pipedrive = defineAdapter({ id: 'pipedrive', label: 'Pipedrive', matches: ['https://*.pipedrive.com/*'], detectDeal, extract });
