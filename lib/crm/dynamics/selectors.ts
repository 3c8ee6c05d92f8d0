import type { SelectorList } from '../fields';

/** data-id attributes are what Microsoft's own UI tests use (EasyRepro). */
export const name: SelectorList = [
  { css: 'h1[data-id="header_title"]', attr: 'title' }, // form header title; its title attribute has no "- Saved" suffix
  { css: 'h1[data-id="header_title"]' }, // form header title text
];
export const stage: SelectorList = [
  // business process flow: the active stage name (EasyRepro, power-playwright)
  { css: '#bpfContainer li[data-selected-stage="true"] [data-id^="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName_"]' },
  { css: '#bpfContainer li[data-selected-stage="true"]', attr: 'aria-label' }, // active stage item label
];
export const amount: SelectorList = [
  { css: '[data-id="header_estimatedvalue.fieldControl-currency-text-input"]', attr: 'value' }, // header Est. Revenue input
  { css: 'div[data-id^="header_estimatedvalue"] [data-id$="fieldControl-currency-text-input"]', attr: 'value' }, // header Est. Revenue, other control id
  { css: '[data-id="estimatedvalue.fieldControl-currency-text-input"]', attr: 'value' }, // Est. Revenue on the form body
];
export const closeDate: SelectorList = [
  { css: '[data-id="header_estimatedclosedate.fieldControl-date-time-input"]', attr: 'value' }, // header Est. Close Date input
  { css: '[data-id="estimatedclosedate.fieldControl-date-time-input"]', attr: 'value' }, // Est. Close Date on the form body
];
export const owner: SelectorList = [
  { css: 'div[data-id="header_ownerid.fieldControl-LookupResultsDropdown_ownerid_selected_tag_text"]' }, // header owner lookup tag
  { css: 'div[data-id="ownerid.fieldControl-LookupResultsDropdown_ownerid_selected_tag_text"]' }, // owner lookup tag on the form body
];
export const labels = {
  stage: [] as string[],
  amount: ['Est. Revenue', 'Revenu est.', 'Gesch. Umsatz'],
  closeDate: ['Est. Close Date', 'Date de clôture est.', 'Gesch. Abschlussdatum'],
  owner: ['Owner', 'Propriétaire', 'Besitzer'],
};
