import { defineCrm, pathDetector } from '../define-crm';

// Close shows opportunities on the lead page; the lead id is the deal's key (M, many integrations).
const HOST = /^app\.close\.com$/;
const RECORD = /^\/lead\/(lead_[A-Za-z0-9]+)(?:\/|$)/;

/**
 * Close's lead-page opportunity markup was not found in public code: every
 * selector below is unverified, so the visible labels are read first
 * (labelsFirst). Whatever cannot be read, the manager fills in from the panel.
 */
export const close = defineCrm({
  id: 'close',
  matches: ['https://app.close.com/*'],
  detectDeal: pathDetector(HOST, RECORD), // test URLs: ./test-urls.ts
  fields: {
    name: [
      { css: '[class*="LeadHeader_name_"]' }, // lead header name, CSS-module prefix (GUESS)
      { css: '[data-testid="lead-name"]' }, // test id, if present (GUESS)
      { css: 'main h1' }, // first page heading: the lead (company) name (GUESS)
    ],
    stage: [{ css: '[class*="Opportunity_status_"]' }], // opportunity status pill (GUESS)
    amount: [
      { css: '[class*="Opportunity_value_"]' }, // opportunity value (GUESS)
      { css: '[class*="OpportunityCard_valueText_"]' }, // board card value text (divyansharma001/Swadesh-AI-Assignment src/content/index.ts, M)
    ],
    closeDate: [{ css: '[class*="Opportunity_closeDate_"]' }], // estimated close (GUESS)
    owner: [{ css: '[class*="Opportunity_user_"]' }], // opportunity user (GUESS)
  },
  labels: {
    stage: ['Status', 'Opportunity status'],
    amount: ['Value', 'Opportunity value'],
    closeDate: ['Estimated close', 'Close date', 'Expected close date'],
    owner: ['User', 'Owner'],
  },
  labelsFirst: true,
  // "Won on Mar 15, 2027" → "Mar 15, 2027" (board cards read "… on <date>").
  clean: { closeDate: (t) => t.replace(/^.*\bon\s+/i, '') },
});
