import type { SelectorList } from '../fields';

/**
 * Lightning keeps earlier record pages in the DOM, hidden: every read is
 * scoped to the active one. Tried in order.
 */
export const activePage: SelectorList = [
  { css: '.windowViewMode-maximized.active.lafPageHost' }, // standard app: the active page host (Salesforce Inspector, Toggl)
  { css: '.windowViewMode-normal.active' }, // standard app, normal view mode
  { css: 'div.split-right > .tabContent.active.oneConsoleTab' }, // console apps: the active workspace tab
  { css: '.oneContent.active' }, // older Aura shell: the active content pane
];

/** Field-label attributes are localized, so each label language is its own entry. */
const layoutItem = (labels: string[], inner: string): SelectorList =>
  labels.map((l) => ({ css: `records-record-layout-item[field-label="${l}"] ${inner}` })); // the detail tab's layout item, by its localized label

const recordField = (api: string, inner = '.test-id__field-value'): SelectorList => [
  { css: `[data-target-selection-name="sfdc:RecordField.Opportunity.${api}"] ${inner}` }, // stable test anchor named by API field, any language
];

export const name: SelectorList = [
  { css: 'records-highlights2 h1 slot[name="primaryField"] lightning-formatted-text' }, // highlights panel primary field (LWC)
  { css: 'force-highlights2 h1 slot[name="primaryField"]' }, // older highlights panel
  { css: 'records-highlights2 h1' }, // highlights panel heading, any markup inside
  { css: 'h1 slot[name="primaryField"] lightning-formatted-text' }, // native shadow DOM: inside the highlights panel's own shadow root, which has no records-highlights2 ancestor
  { css: '.primaryFieldRow .slds-page-header__title' }, // Aura page header (Timecamp)
  ...recordField('Name'), // test anchor of the Name field
];

export const stage: SelectorList = [
  { css: 'li.slds-path__item.slds-is-current .slds-path__title' }, // Path: is-current is the record stage (is-active is only the selected tab); the title is the label users see
  { css: 'li.slds-path__item.slds-is-current', attr: 'data-name' }, // Path current step API value when the title is not rendered
  { css: 'li.slds-path__item.slds-is-won .slds-path__title' }, // closed won: Path marks the last step won
  { css: 'li.slds-path__item.slds-is-lost .slds-path__title' }, // closed lost: Path marks the last step lost
  ...recordField('StageName'), // test anchor of the StageName field
  ...layoutItem(['Stage', 'Étape', 'Phase', 'Etapa', 'Fase'], '[slot="outputField"]'), // detail tab layout item
];

export const amount: SelectorList = [
  ...recordField('Amount'), // test anchor of the Amount field
  ...layoutItem(['Amount', 'Montant', 'Betrag', 'Importe', 'Importo'], '[slot="outputField"]'), // detail tab layout item
];

export const closeDate: SelectorList = [
  ...recordField('CloseDate'), // test anchor of the CloseDate field
  ...layoutItem(['Close Date', 'Date de clôture', 'Schlusstermin', 'Fecha de cierre'], '[slot="outputField"]'), // detail tab layout item
];

export const owner: SelectorList = [
  ...recordField('OwnerId', '.test-id__field-value a'), // test anchor of the OwnerId field
  ...layoutItem(['Opportunity Owner', "Propriétaire de l'opportunité", 'Opportunity-Inhaber', 'Propietario de oportunidad'], '[slot="outputField"] a'), // detail tab owner link
  { css: 'force-owner-lookup a' }, // owner lookup in the highlights panel
];

/** Visible labels, last resort when markup changes (labels change with language). */
export const labels = {
  stage: ['Stage', 'Étape', 'Phase', 'Etapa'],
  amount: ['Amount', 'Montant', 'Betrag', 'Importe'],
  closeDate: ['Close Date', 'Date de clôture', 'Schlusstermin', 'Fecha de cierre'],
  owner: ['Opportunity Owner', "Propriétaire de l'opportunité", 'Opportunity-Inhaber', 'Owner'],
};
