import { describe, expect, it } from 'vitest';
import { loadFixture } from './load-fixture';
import { ADAPTERS, findAdapter } from '../../lib/crm/registry';
import { createCustomAdapter } from '../../lib/crm/custom';
import { DealContext } from '../../lib/schema/deal-context';
import type { CrmAdapter } from '../../lib/crm/types';

function read(file: string, url?: string, adapters: readonly CrmAdapter[] = ADAPTERS) {
  const { doc, url: u } = loadFixture(file, url);
  const found = findAdapter(u, adapters);
  expect(found, `an adapter for ${u.href}`).not.toBeNull();
  const deal = found!.adapter.extract(doc, u);
  expect(deal).not.toBeNull();
  expect(DealContext.safeParse(deal).success).toBe(true);
  return deal!;
}

const values = (d: DealContext) => ({
  name: d.name?.value ?? null,
  stage: d.stage?.value ?? null,
  amount: d.amount ? [d.amount.value, d.amount.currency] : null,
  closeDate: d.closeDate?.value ?? null,
  owner: d.owner?.value ?? null,
});

describe('Salesforce Lightning', () => {
  it('reads a record rendered inside native shadow roots', () => {
    const d = read('salesforce-lightning/opportunity-native-shadow.html');
    expect(values(d)).toEqual({
      name: 'Umbrella — Renewal',
      stage: 'Proposal/Price Quote',
      amount: [64250, 'USD'],
      closeDate: '2027-01-31',
      owner: 'Priya Natarajan',
    });
    expect(d.name!.source).toMatch(/^selector: /);
  });

  it('reads the open record in a French org, not the one Salesforce keeps hidden from the previous page', () => {
    const d = read('salesforce-lightning/opportunity-fr.html');
    expect(values(d)).toEqual({
      name: 'Hooli — Déploiement',
      stage: 'Analyse des besoins',
      amount: [45000, 'EUR'],
      closeDate: '2027-02-03',
      owner: 'Camille Durand',
    });
    expect(d.stage!.source).toBe('label: Étape');
  });

  it('reads the active console tab, and the Path’s current step rather than the selected one', () => {
    const d = read('salesforce-lightning/opportunity-console.html');
    expect(d.name!.value).toBe('Stark Industries — Fleet');
    expect(d.stage!.value).toBe('Negotiation/Review');
    expect(d.amount!.value).toBe(2_400_000);
    expect(d.owner).toBeNull(); // not on the page: reported missing, never guessed
  });
});

describe('other CRMs', () => {
  it('Salesforce Classic: the oppN_ileinner detail table, without the [Change] link', () => {
    expect(values(read('salesforce-classic/opportunity.html'))).toEqual({
      name: 'Wayne Enterprises — Security',
      stage: 'Value Proposition',
      amount: [310000, 'USD'],
      closeDate: '2027-04-15',
      owner: 'Lucius Fox',
    });
  });

  it('HubSpot: skeletons are not values while the sidebar loads', () => {
    const d = read('hubspot/deal-loading.html');
    expect(d.name!.value).toBe('Globex — Data platform');
    expect(d.stage).toBeNull();
    expect(d.amount).toBeNull();
  });

  it('HubSpot: the highlight card on a regional host', () => {
    const d = read('hubspot/deal.html', 'https://app-eu1.hubspot.com/contacts/25897412/record/0-3/98765432101');
    expect(d.dealId).toBe('98765432101');
    expect(values(d)).toMatchObject({ name: 'Acme Robotics — Annual plan', amount: [48000, 'USD'], closeDate: '2027-01-20' });
  });

  it('Dynamics 365: the title without "- Saved" and the business-process-flow stage', () => {
    expect(values(read('dynamics/opportunity.html'))).toEqual({
      name: 'Fabrikam — Retail rollout',
      stage: 'Develop',
      amount: [85000, 'EUR'],
      closeDate: '2027-03-31',
      owner: 'Nadia Petrova',
    });
  });

  it('Pipedrive: the title from the textarea value, British dates', () => {
    expect(values(read('pipedrive/deal.html'))).toEqual({
      name: 'Soylent — Catering contract',
      stage: 'Proposal Made',
      amount: [12500, 'GBP'],
      closeDate: '2027-02-28',
      owner: 'Ana Souza',
    });
  });

  it('Zoho CRM on the EU domain', () => {
    expect(values(read('zoho/deal.html'))).toEqual({
      name: 'Vandelay — Import licences',
      stage: 'Negotiation/Review',
      amount: [22000, 'USD'],
      closeDate: '2027-02-12',
      owner: 'Art Vandelay',
    });
  });

  it('Close: what the visible labels allow', () => {
    expect(values(read('close/lead.html'))).toEqual({
      name: 'Bluth Company',
      stage: 'Proposal Sent',
      amount: [18000, 'USD'],
      closeDate: '2027-03-03',
      owner: 'Michael Bluth',
    });
  });

  it('a custom in-house CRM read by a selector and labels the manager configured', () => {
    const site = createCustomAdapter({
      id: 'acme',
      urlPattern: 'https://crm.acme.internal/deals/*',
      fields: {
        name: { selector: 'h1.deal-title' },
        stage: { label: 'Pipeline stage' },
        amount: { label: 'Deal value' },
        closeDate: { label: 'Target close' },
        owner: { label: 'Account executive' },
      },
    });
    const d = read('custom/deal.html', undefined, [site]);
    expect(d.siteId).toBe('acme');
    expect(d.dealId).toBe('7781');
    expect(values(d)).toEqual({
      name: 'Tyrell — Replicant fleet service',
      stage: 'Technical Validation',
      amount: [96000, 'USD'],
      closeDate: '2027-05-30',
      owner: 'Rachael Rosen',
    });
  });

  it('never throws into the page, even on a broken configuration', () => {
    const bad = createCustomAdapter({ id: 'x', urlPattern: 'https://crm.acme.internal/deals/*', fields: { name: { selector: '[[[' } } });
    const { doc, url } = loadFixture('custom/deal.html');
    expect(() => bad.extract(doc, url)).not.toThrow();
  });
});

/** Real pages' traits, shaped like the public evidence (crm-evidence.md): each fixture read field by field. */
describe('real pages: traits from the public evidence', () => {
  it('Salesforce console: reads the active workspace tab even though the hidden background tab comes first', () => {
    const d = read('salesforce-lightning/console-two-tabs.html');
    expect(values(d)).toEqual({
      name: 'Oscorp — Lab retrofit',
      stage: 'Id. Decision Makers',
      amount: [1_250_000, 'USD'],
      closeDate: '2027-06-30',
      owner: 'Norman Osborn',
    });
    expect(d.amount!.source).toBe('selector: [data-target-selection-name="sfdc:RecordField.Opportunity.Amount"] .test-id__field-value');
  });

  it('Salesforce Dynamic Forms: record_flexipage-record-field, no layout items, no Path', () => {
    const d = read('salesforce-lightning/dynamic-forms.html');
    expect(values(d)).toEqual({
      name: 'Initech — TPS rollout',
      stage: 'Perception Analysis',
      amount: [87_500, 'USD'],
      closeDate: '2027-09-15',
      owner: 'Bill Lumbergh',
    });
    expect(d.stage!.source).toBe('selector: [data-target-selection-name="sfdc:RecordField.Opportunity.StageName"] .test-id__field-value');
    expect(d.owner!.source).toBe('selector: [data-target-selection-name="sfdc:RecordField.Opportunity.OwnerId"] .test-id__field-value a');
  });

  it('Salesforce with the Details tab closed: the highlights panel and the Path are enough', () => {
    const d = read('salesforce-lightning/details-inactive.html');
    expect(values(d)).toEqual({
      name: 'Umbrella — Lab safety',
      stage: 'Needs Analysis',
      amount: [132_000, 'USD'],
      closeDate: '2027-11-30',
      owner: 'Alice Wesker',
    });
    expect(d.stage!.source).toBe('selector: li.slds-path__item.slds-is-current .slds-path__title');
    expect(d.amount!.source).toBe('label: Amount');
    expect(d.owner!.source).toBe('selector: force-owner-lookup a');
  });

  it('Salesforce Classic in a sandbox org', () => {
    const d = read('salesforce-classic/sandbox.html');
    expect(d.host).toBe('acme--uat.sandbox.my.salesforce.com');
    expect(values(d)).toEqual({
      name: 'Cyberdyne — Test rollout',
      stage: 'Needs Analysis',
      amount: [54_321, 'USD'],
      closeDate: '2027-08-29',
      owner: 'Miles Dyson',
    });
  });

  it('HubSpot 2024: the highlight-record-label title, the bare-text owner, and never the association cards’ decoys', () => {
    const d = read('hubspot/deal-2024.html');
    expect(values(d)).toEqual({
      name: 'Hooli — Nucleus licences',
      stage: 'Decision Maker Bought-In',
      amount: [36_500, 'USD'],
      closeDate: '2027-05-14',
      owner: 'Gavin Belson',
    });
    expect(d.name!.source).toBe('selector: [data-test-id="highlight-record-label"]');
    expect(d.owner!.source).toBe('selector: [data-card-type="PROPERTIES_V3"] [data-test-id="hubspot_owner_id"]');
  });

  it('Dynamics 365 with the header collapsed: tiles show the value before the label; body fields are inputs', () => {
    const d = read('dynamics/collapsed-header.html');
    expect(values(d)).toEqual({
      name: 'Litware — Field service',
      stage: 'Propose',
      amount: [212_000, 'USD'],
      closeDate: '2027-10-15',
      owner: 'Omar Haddad',
    });
    expect(d.amount!.source).toBe('label: Est. Revenue');
    expect(d.owner!.source).toBe('selector: div[id^="headerControlsList_"] a[aria-label]');
    expect(d.closeDate!.source).toBe('selector: [data-id="estimatedclosedate.fieldControl-date-time-input"]');
  });

  it('Dynamics 365: a record open in a dialog is read from the dialog, not the form behind it', () => {
    const d = read('dynamics/dialog.html');
    expect(values(d)).toEqual({
      name: 'Alpine Ski House — Lift passes',
      stage: 'Qualify',
      amount: [18_750, 'USD'],
      closeDate: '2028-01-31',
      owner: 'Dana Birk',
    });
  });

  it('Zoho through Zoho One, new UI: #titlecard_ and data-zcqa values, text or cx-prop-value', () => {
    const d = read('zoho/one.html');
    expect(d.dealId).toBe('4876876000007654321');
    expect(values(d)).toEqual({
      name: 'Kramerica — Oil bladder',
      stage: 'Proposal/Price Quote',
      amount: [9_800, 'USD'],
      closeDate: '2027-03-09',
      owner: 'Cosmo Kramer',
    });
    expect(d.stage!.source).toBe('selector: [data-zcqa="value_Stage"][cx-prop-value]');
    expect(d.name!.source).toBe('selector: #titlecard_POTENTIALNAME');
  });
});

describe('custom sites', () => {
  it('a broken selector for one field does not stop the others, and a site without a name still reads the rest', () => {
    const site = createCustomAdapter({
      id: 'acme',
      urlPattern: 'https://crm.acme.internal/deals/*',
      fields: { name: { selector: '[[[' }, stage: { label: 'Pipeline stage' }, owner: { label: 'Account executive' } },
    });
    const { doc, url } = loadFixture('custom/deal.html');
    const d = site.extract(doc, url)!;
    expect(d.name).toBeNull();
    expect(d.siteId).toBe('acme');
    expect(values(d)).toMatchObject({ stage: 'Technical Validation', owner: 'Rachael Rosen' });
    expect(site.extract(doc, new URL('https://crm.acme.internal/reports/1'))).toBeNull();
  });
});

describe('Salesforce Path without its title text', () => {
  it('reads the current step from the Path link’s title', () => {
    const { doc, url } = loadFixture('salesforce-lightning/details-inactive.html');
    for (const t of [...doc.querySelectorAll('.slds-path__title')]) t.remove();
    const d = findAdapter(url)!.adapter.extract(doc, url)!;
    expect(d.stage).toEqual({ value: 'Needs Analysis', source: 'selector: li.slds-path__item.slds-is-current a.slds-path__link' });
  });
});
