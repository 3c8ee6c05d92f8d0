import { defineCrm, pathDetector } from '../define-crm';

// Classic lives on my.salesforce.com (sandboxes acme--uat.sandbox.my.salesforce.com, developer orgs
// *.develop.my.salesforce.com: Salesforce Inspector Reloaded maps .lightning.force. to .my.salesforce.),
// government clouds (*.salesforce.mil, Salesforce Inspector Reloaded manifest), Defender for Cloud Apps
// (*.my.salesforce.com.mcas.ms, public tests) and instance hosts (na85.salesforce.com); never on Lightning hosts.
const HOST = /^(?:[a-z0-9-]+(?:\.sandbox|\.develop)?\.my\.salesforce\.(?:com(?:\.mcas\.ms)?|mil)|[a-z]{2,4}\d+\.salesforce\.com)$/;
const RECORD = /^\/(006[A-Za-z0-9]{12}(?:[A-Za-z0-9]{3})?)\/?$/;

const labels = {
  stage: ['Stage', 'Étape'],
  amount: ['Amount', 'Montant'],
  closeDate: ['Close Date', 'Date de clôture'],
  owner: ['Opportunity Owner', "Propriétaire de l'opportunité"],
};

/** Classic's detail table gives each field a stable id, oppN_ileinner (public Selenium page objects; toggl src/content/force.js). */
export const salesforceClassic = defineCrm({
  id: 'salesforce-classic',
  matches: ['https://*.salesforce.com/*', 'https://*.salesforce.mil/*', 'https://*.my.salesforce.com.mcas.ms/*'],
  detectDeal: pathDetector(HOST, RECORD), // test URLs: ./test-urls.ts
  scope: (doc) => doc.querySelector('table.detailList')?.closest('.bPageBlock, #bodyCell') ?? doc,
  fields: {
    name: [
      { css: '#opp3_ileinner' }, // Opportunity Name cell of the detail table (public Selenium page objects)
      { css: '#bodyCell .content h2.pageDescription' }, // page header under "Opportunity" (toggl src/content/force.js)
    ],
    stage: [{ css: '#opp11_ileinner' }], // Stage cell of the detail table (public Selenium page objects)
    amount: [{ css: '#opp7_ileinner' }], // Amount cell of the detail table (public Selenium page objects)
    closeDate: [{ css: '#opp9_ileinner' }], // Close Date cell of the detail table (public Selenium page objects)
    owner: [
      { css: '#opp1_ileinner a[id]' }, // owner link in the Opportunity Owner cell, skipping the [Change] link (public Selenium page objects)
      { css: '#opp1_ileinner' }, // Opportunity Owner cell, text (public Selenium page objects)
    ],
  },
  labels,
  clean: { owner: (t) => t.replace(/\s*\[(Change|Modifier)\]\s*$/i, '') },
});
