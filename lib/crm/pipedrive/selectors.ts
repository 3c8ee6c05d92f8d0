import type { SelectorList } from '../fields';

export const name: SelectorList = [
  { css: '[data-testid="header-title"] textarea.cui5-editable-text__input', attr: 'value' }, // editable deal title; its text is in .value (Clockify 2026-03)
  { css: '[data-testid="header-title"] textarea', attr: 'value' }, // title textarea without the cui5 class
  { css: '[data-testid="header-title"]' }, // title rendered as text
];
// Sidebar rows carry data-field-key (M); the keys below follow Pipedrive's API field names (GUESS for the stage bar).
export const stage: SelectorList = [
  { css: '[data-testid="pipeline-stage"][aria-current="step"]' }, // stage bar: the current step (GUESS)
  { css: '[data-field-key="stage_id"] [data-testid="field-value"]' }, // sidebar stage row (GUESS)
];
export const amount: SelectorList = [{ css: '[data-field-key="value"] [data-testid="field-value"]' }]; // sidebar value row
export const closeDate: SelectorList = [
  { css: '[data-field-key="expected_close_date"] [data-testid="field-value"]' }, // sidebar expected close date row
];
export const owner: SelectorList = [{ css: '[data-field-key="user_id"] [data-testid="field-value"]' }]; // sidebar owner row
export const labels = {
  stage: ['Stage', 'Étape', 'Phase'],
  amount: ['Value', 'Valeur', 'Wert'],
  closeDate: ['Expected close date', 'Date de clôture prévue', 'Erwartetes Abschlussdatum'],
  owner: ['Owner', 'Propriétaire', 'Inhaber'],
};
