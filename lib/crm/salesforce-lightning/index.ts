import { isHidden } from '../../dom/deep-query';
import { defineCrm, firstVisible } from '../define-crm';
import type { SelectorList } from '../fields';
import type { DealUrlMatch } from '../types';

// Lightning hosts, sandboxes included (acme--uat.sandbox.lightning.force.com), government
// clouds and orgs behind Microsoft Defender for Cloud Apps: Salesforce Inspector Reloaded addon/popup.js.
const HOST = /\.lightning\.(?:force\.com(?:\.mcas\.ms)?|force\.mil|crmforce\.mil)$/;
// Opportunity ids start with 006 (15 or 18 characters): Salesforce Inspector Reloaded addon/popup.js, CumulusCI Salesforce.py.
const RECORD = /^\/lightning\/r\/(?:Opportunity\/)?(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view\/?$/;
const LEGACY_HASH = /^#\/sObject\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/view/;

/** Test URLs: ./test-urls.ts. */
function detectDeal(url: URL): DealUrlMatch | null {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname)) return null;
  const m = RECORD.exec(url.pathname) ?? (url.pathname === '/one/one.app' ? LEGACY_HASH.exec(url.hash) : null);
  return m ? { dealId: m[1]! } : null;
}

/**
 * Lightning keeps earlier record pages and background console tabs in the
 * DOM, hidden (by class and aria-expanded="false", which isHidden knows):
 * every read is scoped to the page on screen. Tried in order.
 */
const ACTIVE_PAGE = [
  'div.windowViewMode-normal.active', // standard app: the active page host (Salesforce Inspector Reloaded addon/button.js; toggl src/content/force.js)
  '.split-right section.oneConsoleTab.active[aria-expanded="true"] .windowViewMode-maximized.active.lafPageHost', // console: the page host of the active workspace tab (Salesforce Inspector Reloaded addon/button.js ~l.300)
  '.split-right section.oneConsoleTab.active[aria-expanded="true"]', // console: the active workspace tab itself (public extension code, crm-evidence.md)
  'div.split-right > .tabContent.active.oneConsoleTab', // console, older markup with a div per tab (public code, crm-pages.md §1)
  '.windowViewMode-maximized.active.lafPageHost', // a page host outside a known shell; hidden ones are skipped (Salesforce Inspector Reloaded, only inside console tabs there)
  '.oneContent.active', // older Aura shell: the active content pane (public code, crm-pages.md §1)
];

const labels = {
  stage: ['Stage', 'Étape', 'Phase', 'Etapa', 'Fase'],
  amount: ['Amount', 'Montant', 'Betrag', 'Importe', 'Importo'],
  closeDate: ['Close Date', 'Date de clôture', 'Schlusstermin', 'Fecha de cierre', 'Data di chiusura'],
  owner: ['Opportunity Owner', "Propriétaire de l'opportunité", 'Opportunity-Inhaber', 'Propietario de oportunidad', 'Owner'],
};

/** The detail tab's layout item, by its localized field-label attribute: one entry per language of `labels`. */
const layoutItem = (names: readonly string[], inner: string): SelectorList =>
  names.map((l) => ({ css: `records-record-layout-item[field-label="${l}"] ${inner}` })); // field-label is localized (salesforce/utam-js-recipes utam-generator/src/lwc/recordLayoutItem.html)

/** The stable test anchor named by API field, any language: layout items and Dynamic Forms' record_flexipage-record-field > div alike. */
const recordField = (api: string, inner = '.test-id__field-value'): SelectorList => [
  { css: `[data-target-selection-name="sfdc:RecordField.Opportunity.${api}"] ${inner}` }, // read under records-record-layout-item > div and Dynamic Forms' record_flexipage-record-field > div (Salesforce Inspector Reloaded; Selenium tests use span.test-id__field-value)
];

export const salesforceLightning = defineCrm({
  id: 'salesforce-lightning',
  matches: [
    'https://*.lightning.force.com/*',
    'https://*.lightning.force.com.mcas.ms/*',
    'https://*.lightning.force.mil/*',
    'https://*.lightning.crmforce.mil/*',
  ],
  detectDeal,
  // Pages without the app shell (a single record view) have only one record.
  scope: (doc) => firstVisible(doc, ACTIVE_PAGE, isHidden) ?? (doc.querySelector('records-highlights2, force-highlights2, .slds-path__nav') ? doc : null),
  fields: {
    name: [
      { css: 'records-highlights2 h1 slot[name="primaryField"] lightning-formatted-text' }, // highlights panel primary field, LWC (public Playwright tests, crm-pages.md §1)
      { css: 'lightning-formatted-text[slot="primaryField"]' }, // the primary field by its slot (public Playwright tests, crm-evidence.md)
      { css: 'force-highlights2 h1 slot[name="primaryField"]' }, // older highlights panel (public code, crm-pages.md §1)
      { css: 'records-highlights2 h1' }, // highlights panel heading, any markup inside (public code, crm-pages.md §1)
      { css: 'h1 slot[name="primaryField"] lightning-formatted-text' }, // native shadow DOM: inside the highlights panel's own shadow root, which has no records-highlights2 ancestor (public code, crm-pages.md §1)
      { css: '.primaryFieldRow .slds-page-header__title' }, // Aura page header (timecamp-browser-plugin scripts-2.0/third_party/salesforce.js)
      ...recordField('Name'), // test anchor of the Name field
    ],
    stage: [
      { css: 'li.slds-path__item.slds-is-current .slds-path__title' }, // Path: is-current is the record's stage (is-active is only the selected tab), the title what users see (Robot and Selenium tests; SLDS)
      { css: 'li.slds-path__item.slds-is-current a.slds-path__link', attr: 'title' }, // Path link's title, there even when the Details tab is not (Robot and Selenium tests, crm-evidence.md)
      { css: 'li.slds-path__item.slds-is-current', attr: 'data-name' }, // Path current step's API value when the title is not rendered (public code, crm-pages.md §1)
      { css: 'li.slds-path__item.slds-is-won .slds-path__title' }, // closed won: Path marks the last step won (SLDS path states)
      { css: 'li.slds-path__item.slds-is-lost .slds-path__title' }, // closed lost: Path marks the last step lost (SLDS path states)
      ...recordField('StageName'), // test anchor of the StageName field
      ...layoutItem(labels.stage, '[slot="outputField"]'), // detail tab layout item
    ],
    amount: [
      ...recordField('Amount'), // test anchor of the Amount field
      ...layoutItem(labels.amount, '[slot="outputField"]'), // detail tab layout item
    ],
    closeDate: [
      ...recordField('CloseDate'), // test anchor of the CloseDate field
      ...layoutItem(labels.closeDate, '[slot="outputField"]'), // detail tab layout item
    ],
    owner: [
      ...recordField('OwnerId', '.test-id__field-value a'), // the owner's link in the OwnerId field (skips "Change Owner")
      ...recordField('OwnerId'), // the OwnerId field's value, rendered without a link
      ...layoutItem(labels.owner, '[slot="outputField"] a'), // detail tab owner link (tackUI userscript, crm-pages.md §1)
      { css: 'force-owner-lookup a' }, // owner lookup in the highlights panel (public code, crm-pages.md §1)
    ],
  },
  // Last resort when markup changes, and the highlights panel's secondary fields
  // (p.slds-text-title[title] + p.fieldComponent) when the Details tab is not open.
  labels,
});
