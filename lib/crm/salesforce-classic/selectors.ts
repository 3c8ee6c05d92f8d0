import type { SelectorList } from '../fields';

/** Classic's detail table gives each field a stable id: oppN_ileinner (Selenium page objects). */
export const name: SelectorList = [
  { css: '#opp3_ileinner' }, // Opportunity Name cell of the detail table
  { css: '#bodyCell .content h2.pageDescription' }, // page header under "Opportunity" (Toggl)
];
export const stage: SelectorList = [{ css: '#opp11_ileinner' }]; // Stage cell of the detail table
export const amount: SelectorList = [{ css: '#opp7_ileinner' }]; // Amount cell of the detail table
export const closeDate: SelectorList = [{ css: '#opp9_ileinner' }]; // Close Date cell of the detail table
export const owner: SelectorList = [
  { css: '#opp1_ileinner a[id]' }, // owner link in the Opportunity Owner cell (skips the [Change] link)
  { css: '#opp1_ileinner' }, // Opportunity Owner cell, text
];
export const labels = {
  stage: ['Stage', 'Étape'],
  amount: ['Amount', 'Montant'],
  closeDate: ['Close Date', 'Date de clôture'],
  owner: ['Opportunity Owner', "Propriétaire de l'opportunité"],
};
