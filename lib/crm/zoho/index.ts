import { defineCrm } from '../define-crm';
import type { SelectorList } from '../fields';
import type { DealUrlMatch } from '../types';

const DOMAINS = ['com', 'eu', 'in', 'com.au', 'au', 'jp', 'com.cn', 'ca', 'sa', 'uk'];
const TLD = `(?:${DOMAINS.map((d) => d.replace('.', '\\.')).join('|')})`;
const CRM_HOST = new RegExp(`^crm\\.zoho\\.${TLD}$`);
const ONE_HOST = new RegExp(`^one\\.zoho\\.${TLD}$`);
const CRM_RECORD = /^(?:\/cxapp)?\/crm\/(?:org\d+\/)?tab\/Potentials\/(\d+)(?:\/|$)/;
// Zoho One embeds the CRM path after /zohoone/<org>/home/cxapp (crm-evidence.md Zoho CRM).
const ONE_RECORD = /^\/zohoone\/[^/]+\/home\/cxapp\/crm\/(?:org\d+\/)?tab\/Potentials\/(\d+)(?:\/|$)/;

/** Test URLs: ./test-urls.ts. */
function detectDeal(url: URL): DealUrlMatch | null {
  if (url.protocol !== 'https:') return null;
  const m = CRM_HOST.test(url.hostname) ? CRM_RECORD.exec(url.pathname) : ONE_HOST.test(url.hostname) ? ONE_RECORD.exec(url.pathname) : null;
  return m ? { dealId: m[1]! } : null;
}

/** The new UI tags a field's value data-zcqa="value_<API name or label>", often holding it in cx-prop-value (crm-evidence.md Zoho CRM). */
const zcqa = (...keys: string[]): SelectorList =>
  keys.flatMap((k) => [
    { css: `[data-zcqa="value_${k}"]` }, // the value as text, with its currency (new UI)
    { css: `[data-zcqa="value_${k}"][cx-prop-value]`, attr: 'cx-prop-value' }, // the value as an attribute when no text shows (new UI)
  ]);

export const zoho = defineCrm({
  id: 'zoho',
  matches: DOMAINS.flatMap((d) => [`https://crm.zoho.${d}/*`, `https://one.zoho.${d}/*`]),
  detectDeal,
  fields: {
    name: [
      { css: '#subvalue_POTENTIALNAME' }, // classic UI deal name (public Selenium and puppeteer scripts)
      { css: '#headervalue_POTENTIALNAME' }, // classic UI record header (public Selenium and puppeteer scripts)
      { css: '#titlecard_POTENTIALNAME' }, // new UI title card #titlecard_<COLUMN> (crm-evidence.md Zoho CRM)
      { css: '[id^="titlecard_"]' }, // new UI title card whatever the column's name (crm-evidence.md Zoho CRM)
      { css: 'crux-detailpage-header #recHeader1' }, // newer Lyte UI record header (public code, L)
    ],
    stage: [
      { css: '#subvalue_STAGE' }, // classic UI, by analogy with POTENTIALNAME (GUESS)
      ...zcqa('Stage'), // new UI, API name and label alike
    ],
    amount: [
      { css: '#subvalue_AMOUNT' }, // classic UI (GUESS)
      ...zcqa('Amount'), // new UI, API name and label alike
    ],
    closeDate: [
      { css: '#subvalue_CLOSINGDATE' }, // classic UI (GUESS)
      ...zcqa('Closing_Date', 'Closing Date'), // new UI: API name, then label
    ],
    owner: [
      { css: '#subvalue_SMOWNERID' }, // classic UI (GUESS)
      ...zcqa('Owner', 'Deal Owner'), // new UI: API name, then label
    ],
  },
  labels: {
    stage: ['Stage', 'Étape', 'Phase'],
    amount: ['Amount', 'Montant', 'Betrag'],
    closeDate: ['Closing Date', 'Date de clôture', 'Abschlussdatum'],
    owner: ['Deal Owner', "Propriétaire de l'affaire", 'Deal-Inhaber'],
  },
});
