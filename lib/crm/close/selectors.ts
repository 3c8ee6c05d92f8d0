import type { SelectorList } from '../fields';

/**
 * Close's lead-page opportunity markup was not found in public code (GUESS):
 * hashed CSS-module class prefixes are the best anchor, visible labels next.
 * Whatever cannot be read, the manager fills in from the panel.
 */
export const name: SelectorList = [
  { css: '[class*="LeadHeader_name_"]' }, // lead header name, CSS-module prefix (GUESS)
  { css: '[data-testid="lead-name"]' }, // test id, if present (GUESS)
  { css: 'main h1' }, // first page heading: the lead (company) name
];
export const stage: SelectorList = [{ css: '[class*="Opportunity_status_"]' }]; // opportunity status pill (GUESS)
export const amount: SelectorList = [
  { css: '[class*="Opportunity_value_"]' }, // opportunity value (GUESS)
  { css: '[class*="OpportunityCard_valueText_"]' }, // opportunity card value text (board cards, M)
];
export const closeDate: SelectorList = [{ css: '[class*="Opportunity_closeDate_"]' }]; // estimated close (GUESS)
export const owner: SelectorList = [{ css: '[class*="Opportunity_user_"]' }]; // opportunity user (GUESS)
export const labels = {
  stage: ['Status', 'Opportunity status'],
  amount: ['Value', 'Opportunity value'],
  closeDate: ['Estimated close', 'Close date', 'Expected close date'],
  owner: ['User', 'Owner'],
};
