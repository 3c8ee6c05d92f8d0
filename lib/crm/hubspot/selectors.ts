import type { SelectorList } from '../fields';

/** HubSpot's class names are build hashes; only its test attributes are stable. */
export const name: SelectorList = [
  { css: '[data-test-id="record-highlight-main-content"] [data-selenium-test="highlightTitle"]', why: 'record highlight title (Clockify, maintained)' },
  { css: '[data-selenium-test="highlightTitle"]', why: 'highlight title outside the main-content wrapper' },
  { css: '[data-test-id="highlight-property-display-dealname"]', why: 'deal name property in the highlight card' },
  { css: '[data-card-type="OBJECT_HIGHLIGHT"] h1', why: 'highlight card heading (Toggl)' },
];
const prop = (p: string, what: string): SelectorList => [
  { css: `[data-test-id="highlight-property-display-${p}"]`, why: `${what} in the highlights strip` },
  { css: `[data-selenium-test="property-input-${p}"]`, why: `${what} row of the properties sidebar` },
];
export const stage = prop('dealstage', 'deal stage');
export const amount = prop('amount', 'amount');
export const closeDate = prop('closedate', 'close date');
export const owner: SelectorList = [
  ...prop('hubspot_owner_id', 'deal owner'),
  { css: '[data-test-id="hubspot_owner_id"] span.private-dropdown__item__label', why: 'owner dropdown label, older markup' },
];
export const labels = {
  stage: ['Deal stage', 'Phase du transaction', 'Étape de la transaction', 'Deal-Phase'],
  amount: ['Amount', 'Montant', 'Betrag'],
  closeDate: ['Close date', 'Date de fermeture', 'Abschlussdatum'],
  owner: ['Deal owner', 'Propriétaire de la transaction', 'Deal-Inhaber'],
};
