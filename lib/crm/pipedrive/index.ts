import { defineCrm, pathDetector } from '../define-crm';

const HOST = /^(?!www\.)[a-z0-9-]+\.pipedrive\.com$/;
// /deal/<id> is a deal; /deals/… is the pipeline board (clockify, timecamp: confirmed).
const RECORD = /^\/deal\/(\d+)(?:\/|$)/;

/**
 * Only the deal name is confirmed by public code; the other selectors are
 * unverified, so the visible labels are read first (labelsFirst).
 */
export const pipedrive = defineCrm({
  id: 'pipedrive',
  matches: ['https://*.pipedrive.com/*'],
  detectDeal: pathDetector(HOST, RECORD), // test URLs: ./test-urls.ts
  fields: {
    name: [
      { css: '[data-testid="header-title"] textarea.cui5-editable-text__input', attr: 'value' }, // editable deal title, text in .value (clockify src/integrations/selectors.json 2026-03; timecamp third_party/pipedrive.js)
      { css: '[data-testid="header-title"] textarea', attr: 'value' }, // title textarea without the cui5 class (older Convention UI versions)
      { css: '[data-testid="header-title"]' }, // title rendered as text (read-only deals)
    ],
    stage: [
      { css: '[data-testid="pipeline-stage"][aria-current="step"]' }, // stage bar, the current step (GUESS: no public evidence)
      { css: '[data-field-key="stage_id"] [data-testid="field-value"]' }, // sidebar rows carry data-field-key (M, crm-pages.md §4); stage key unverified
    ],
    amount: [{ css: '[data-field-key="value"] [data-testid="field-value"]' }], // sidebar value row (data-field-key M; field-value GUESS)
    closeDate: [{ css: '[data-field-key="expected_close_date"] [data-testid="field-value"]' }], // sidebar expected close date row (GUESS)
    owner: [{ css: '[data-field-key="user_id"] [data-testid="field-value"]' }], // sidebar owner row (GUESS)
  },
  labels: {
    stage: ['Stage', 'Étape', 'Phase'],
    amount: ['Value', 'Valeur', 'Wert'],
    closeDate: ['Expected close date', 'Date de clôture prévue', 'Erwartetes Abschlussdatum'],
    owner: ['Owner', 'Propriétaire', 'Inhaber'],
  },
  labelsFirst: true,
});
