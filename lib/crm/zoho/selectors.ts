import type { SelectorList } from '../fields';

/** Classic UI: values sit in #subvalue_<COLUMN>; the newer UI tags them data-zcqa="value_<Field>" (L). */
export const name: SelectorList = [
  { css: '#subvalue_POTENTIALNAME' }, // deal name in the classic detail header (public code, M)
  { css: '#headervalue_POTENTIALNAME' }, // deal name in the record header
  { css: 'crux-detailpage-header #recHeader1' }, // newer Lyte UI record header (L)
];
export const stage: SelectorList = [
  { css: '#subvalue_STAGE' }, // classic UI, by analogy with POTENTIALNAME (GUESS)
  { css: '[data-zcqa="value_Stage"]' }, // newer UI field value tag (L)
];
export const amount: SelectorList = [
  { css: '#subvalue_AMOUNT' }, // classic UI (GUESS)
  { css: '[data-zcqa="value_Amount"]' }, // newer UI (L)
];
export const closeDate: SelectorList = [
  { css: '#subvalue_CLOSINGDATE' }, // classic UI (GUESS)
  { css: '[data-zcqa="value_Closing_Date"]' }, // newer UI (L)
];
export const owner: SelectorList = [
  { css: '#subvalue_SMOWNERID' }, // classic UI (GUESS)
  { css: '[data-zcqa="value_Owner"]' }, // newer UI (L)
];
export const labels = {
  stage: ['Stage', 'Étape', 'Phase'],
  amount: ['Amount', 'Montant', 'Betrag'],
  closeDate: ['Closing Date', 'Date de clôture', 'Abschlussdatum'],
  owner: ['Deal Owner', "Propriétaire de l'affaire", 'Deal-Inhaber'],
};
