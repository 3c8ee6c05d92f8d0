import { defineAdapter } from '../define-adapter';
import { detectDeal } from './url';
import { extract } from './extract';

export const dynamics = defineAdapter({ id: 'dynamics', label: 'Dynamics 365', matches: ['https://*.dynamics.com/*'], detectDeal, extract });
