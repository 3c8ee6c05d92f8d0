import type { SelectorList } from '../fields';

/** HubSpot's class names are build hashes; only its test attributes are stable. */
export const name: SelectorList = [
  { css: '[data-test-id="record-highlight-main-content"] [data-selenium-test="highlightTitle"]' }, // record highlight title (Clockify, maintained)
  { css: '[data-selenium-test="highlightTitle"]' }, // highlight title outside the main-content wrapper
  { css: '[data-test-id="highlight-property-display-dealname"]' }, // deal name property in the highlight card
  { css: '[data-card-type="OBJECT_HIGHLIGHT"] h1' }, // highlight card heading (Toggl)
];
const prop = (p: string): SelectorList => [
  { css: `[data-test-id="highlight-property-display-${p}"]` }, // the property in the highlights strip
  { css: `[data-selenium-test="property-input-${p}"]` }, // its row of the properties sidebar
];
export const stage = prop('dealstage'); // deal stage
export const amount = prop('amount'); // amount
export const closeDate = prop('closedate'); // close date
export const owner: SelectorList = [
  ...prop('hubspot_owner_id'), // deal owner
  { css: '[data-test-id="hubspot_owner_id"] span.private-dropdown__item__label' }, // owner dropdown label, older markup
];
export const labels = {
  stage: ['Deal stage', 'Phase du transaction', 'Étape de la transaction', 'Deal-Phase'],
  amount: ['Amount', 'Montant', 'Betrag'],
  closeDate: ['Close date', 'Date de fermeture', 'Abschlussdatum'],
  owner: ['Deal owner', 'Propriétaire de la transaction', 'Deal-Inhaber'],
};
