import { defineAdapter } from '../define-adapter';
import { detectDeal } from './url';
import { extract } from './extract';

export const close = defineAdapter({ id: 'close', label: 'Close', matches: ['https://app.close.com/*'], detectDeal, extract });
