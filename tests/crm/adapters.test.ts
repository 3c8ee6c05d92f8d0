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
