import { defineCrm, pathDetector } from '../define-crm';
import type { SelectorList } from '../fields';

// app.hubspot.com and regional hosts such as app-eu1 and app-na2 (public code, crm-pages.md §3).
const HOST = /^app(?:-[a-z0-9]+)?\.hubspot\.com$/;
// 0-3 is HubSpot's object type id for deals; /deal/ is the legacy record URL; every record URL has /contacts/<portal>/.
const RECORD = /^\/contacts\/(\d+)\/(?:record\/0-3|deal)\/(\d+)(?:\/|$)/;

/**
 * HubSpot's class names are build hashes; only its test attributes are
 * stable. Association cards (data-card-type="ASSOCIATION_V3") carry
 * property-input-name for companies and contacts: never a deal-name selector.
 */
const prop = (p: string): SelectorList => [
  { css: `[data-test-id="highlight-property-display-${p}"]` }, // the property in the highlights strip (public code, crm-pages.md §3)
  { css: `[data-card-type="PROPERTIES_V3"] [data-selenium-test="property-input-${p}"]` }, // its value in the About sidebar card, not an association card (crm-evidence.md HubSpot)
  { css: `[data-card-type="PROPERTIES_V3"] [data-test-id="${p}"]`, withLabel: true }, // sidebar row span[data-test-id=<property>] holding label then value (crm-evidence.md HubSpot)
  { css: `[data-selenium-test="property-input-${p}"]` }, // the All-properties panel (crm-evidence.md HubSpot; public Selenium)
];

export const hubspot = defineCrm({
  id: 'hubspot',
  matches: ['https://*.hubspot.com/*'],
  detectDeal: pathDetector(HOST, RECORD, 2), // test URLs: ./test-urls.ts
  // Hidden tabs stay in the DOM: prefer the record layout around the middle pane.
  scope: (doc) => doc.querySelector('[data-test-id="middle-pane"]')?.closest('[data-layout], main, body') ?? doc,
  fields: {
    name: [
      { css: '[data-test-id="highlight-record-label"]' }, // 2024+ record title, sometimes an h2 (crm-evidence.md HubSpot)
      { css: '[data-test-id="record-highlight-main-content"] [data-selenium-test="highlightTitle"]' }, // older highlight title (clockify/browser-extension src/integrations/hubspot.js)
      { css: '[data-selenium-test="highlightTitle"]' }, // highlight title outside the main-content wrapper (timecamp, toggl)
      { css: '[data-test-id="highlight-property-display-dealname"]' }, // deal name property in the highlight card (public code, crm-pages.md §3)
      { css: '[data-card-type="OBJECT_HIGHLIGHT"] h1' }, // highlight card heading (toggl src/content/hubspot.js)
    ],
    stage: prop('dealstage'), // deal stage
    amount: prop('amount'), // amount
    closeDate: prop('closedate'), // close date
    owner: [
      ...prop('hubspot_owner_id'), // deal owner
      { css: '[data-test-id="hubspot_owner_id"]', withLabel: true }, // owner as bare text beside its label, no property-input (crm-evidence.md HubSpot)
      { css: '[data-test-id="hubspot_owner_id"] span.private-dropdown__item__label' }, // owner dropdown label, older markup (public code, crm-pages.md §3)
    ],
  },
  labels: {
    stage: ['Deal stage', 'Étape de la transaction', 'Phase du transaction', 'Deal-Phase'],
    amount: ['Amount', 'Montant', 'Betrag'],
    closeDate: ['Close date', 'Date de fermeture', 'Abschlussdatum'],
    owner: ['Deal owner', 'Propriétaire de la transaction', 'Deal-Inhaber'],
  },
  // "Contract Sent (Sales Pipeline)" → "Contract Sent": the pipeline name is not the stage.
  clean: { stage: (t) => t.replace(/\s*\([^()]*\)\s*$/, '') },
});
