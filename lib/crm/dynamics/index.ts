import { defineCrm } from '../define-crm';
import type { DealUrlMatch } from '../types';

// Commercial regions (crm.dynamics.com, crm4, crm11 …) and the government and sovereign
// clouds (PowerPaneReturns src/js/util/manifest-builder.js): crm.microsoftdynamics.us (GCC High),
// crm.appsplatform.us (DoD), crm.microsoftdynamics.de (Germany).
const HOST = /^[a-z0-9-]+\.crm\d*\.(?:dynamics\.com|microsoftdynamics\.(?:us|de)|appsplatform\.us)$/;
const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Test URLs: ./test-urls.ts. */
function detectDeal(url: URL): DealUrlMatch | null {
  if (url.protocol !== 'https:' || !HOST.test(url.hostname) || url.pathname.toLowerCase() !== '/main.aspx') return null;
  // Parameters come in any order (microsoft/EasyRepro WebClient.cs); URLSearchParams also decodes %7B…%7D.
  const q = url.searchParams;
  if (q.get('pagetype') !== 'entityrecord' || q.get('etn') !== 'opportunity') return null;
  const m = GUID.exec(q.get('id') ?? '');
  return m ? { dealId: m[1]!.toLowerCase() } : null;
}

/** data-id attributes are what Microsoft's own UI tests use (microsoft/EasyRepro Api.UCI/DTO/AppElementReference.cs). */
export const dynamics = defineCrm({
  id: 'dynamics',
  matches: ['https://*.dynamics.com/*', 'https://*.microsoftdynamics.us/*', 'https://*.microsoftdynamics.de/*', 'https://*.appsplatform.us/*'],
  detectDeal,
  // A record opened in a dialog is the last div[id*="dialogPageContainer"] (EasyRepro WebClient.cs); the form behind it is another record.
  scope: (doc) => [...doc.querySelectorAll('div[id*="dialogPageContainer"]')].reverse().find((d) => d.querySelector('h1[data-id="header_title"]')) ?? doc,
  fields: {
    name: [
      { css: 'h1[data-id="header_title"]', attr: 'title' }, // form header title; its title attribute has no "- Saved" suffix (EasyRepro AppElementReference.cs)
      { css: 'h1[data-id="header_title"]' }, // form header title text (EasyRepro; many Selenium suites)
    ],
    stage: [
      { css: '#bpfContainer li[data-selected-stage="true"] [data-id^="MscrmControls.Containers.ProcessBreadCrumb-processHeaderStageName_"]' }, // business process flow: the active stage's name (ewingjm/power-playwright BusinessProcessFlow.cs)
      { css: '#bpfContainer li[data-selected-stage="true"]', attr: 'aria-label' }, // active stage item label (EasyRepro BPF_*)
    ],
    amount: [
      { css: '[data-id="header_estimatedvalue.fieldControl-currency-text-input"]', attr: 'value' }, // header Est. Revenue input, inside #headerFieldsFlyout once expanded (EasyRepro Entity_Header_*; power-playwright MainFormHeader.cs)
      { css: 'div[data-id^="header_estimatedvalue"] [data-id$="fieldControl-currency-text-input"]', attr: 'value' }, // header Est. Revenue, other control id (public typings, crm-pages.md §5)
      { css: '[data-id="estimatedvalue.fieldControl-currency-text-input"]', attr: 'value' }, // Est. Revenue on the form body: an input whose text is its value (EasyRepro GetValue)
    ],
    closeDate: [
      { css: '[data-id="header_estimatedclosedate.fieldControl-date-time-input"]', attr: 'value' }, // header Est. Close Date input in the expanded flyout (EasyRepro Entity_Header_*)
      { css: '[data-id="estimatedclosedate.fieldControl-date-time-input"]', attr: 'value' }, // Est. Close Date on the form body (EasyRepro GetValue)
    ],
    owner: [
      { css: 'div[data-id="header_ownerid.fieldControl-LookupResultsDropdown_ownerid_selected_tag_text"]' }, // header owner lookup tag in the expanded flyout (EasyRepro; public Selenium)
      { css: 'div[id^="headerControlsList_"] a[aria-label]', attr: 'aria-label' }, // collapsed header: the owner tile's link, named by aria-label (crm-evidence.md Dynamics 365)
      { css: 'div[data-id="ownerid.fieldControl-LookupResultsDropdown_ownerid_selected_tag_text"]' }, // owner lookup tag on the form body (power-playwright SimpleLookupControl.cs)
    ],
  },
  labels: {
    amount: ['Est. Revenue', 'Revenu est.', 'Gesch. Umsatz'],
    closeDate: ['Est. Close Date', 'Date de clôture est.', 'Gesch. Abschlussdatum'],
    owner: ['Owner', 'Propriétaire', 'Besitzer'],
  },
  // The collapsed header shows tiles with the value before its label (crm-evidence.md Dynamics 365).
  valueBeforeLabelIn: 'div[id^="headerControlsList_"]',
  // "Globex renewal - Saved" → "Globex renewal".
  clean: { name: (t) => t.replace(/\s+-\s+(Saved|Unsaved|Read-only|Enregistré|Non enregistré|Gespeichert)$/i, '') },
});
