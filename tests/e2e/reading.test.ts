import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Worker } from 'playwright-core';
import { sharedBrowser } from './shared-browser';
import type { LaunchedBrowser } from './browser.mjs';

/**
 * Every demo deal page read by the built content script in real Chromium.
 * The unit tests read the same fixtures in happy-dom, which does not keep
 * selectors from crossing shadow boundaries as a browser does; this is where
 * a selector that only works there would show.
 */
const DEALS: Array<[url: string, name: string, stage: string | null, amount: number | null, closeDate: string | null, owner: string | null]> = [
  ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ShdwAAAC/view', 'Umbrella — Renewal', 'Proposal/Price Quote', 64250, '2027-01-31', 'Priya Natarajan'],
  ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000CnslAAAA/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000XYZabAAC%2Fview', 'Stark Industries — Fleet', 'Negotiation/Review', 2_400_000, '2027-02-28', null],
  ['https://acme.my.salesforce.com/0065g00000ClscA', 'Wayne Enterprises — Security', 'Value Proposition', 310_000, '2027-04-15', 'Lucius Fox'],
  ['https://app.hubspot.com/contacts/2187654/record/0-3/14523698741', 'Acme Robotics — Annual plan', 'Contract Sent', 48_000, '2027-01-20', 'Jordan Lee'],
  ['https://crm.zoho.eu/crm/org20071234/tab/Potentials/4876876000001234567', 'Vandelay — Import licences', 'Negotiation/Review', 22_000, '2027-02-12', 'Art Vandelay'],
  ['https://acme.pipedrive.com/deal/1432', 'Soylent — Catering contract', 'Proposal Made', 12_500, '2027-02-28', 'Ana Souza'],
  ['https://app.close.com/lead/lead_Ab12Cd34Ef56Gh78Ij90/', 'Bluth Company', 'Proposal Sent', 18_000, '2027-03-03', 'Michael Bluth'],
  ['https://acme-fr.lightning.force.com/lightning/r/Opportunity/0061t00000FrncAAAE/view', 'Hooli — Déploiement', 'Analyse des besoins', 45_000, '2027-02-03', 'Camille Durand'],
  ['https://contoso.crm4.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9', 'Fabrikam — Retail rollout', 'Develop', 85_000, '2027-03-31', 'Nadia Petrova'],
  // Real pages' traits, shaped like the public evidence (crm-evidence.md); the same fixtures as tests/crm/adapters.test.ts.
  ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000TwoTbAAC/view?ws=%2Flightning%2Fr%2FAccount%2F0015g00000OscrpAAC%2Fview', 'Oscorp — Lab retrofit', 'Id. Decision Makers', 1_250_000, '2027-06-30', 'Norman Osborn'],
  ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000DynFmAAC/view', 'Initech — TPS rollout', 'Perception Analysis', 87_500, '2027-09-15', 'Bill Lumbergh'],
  ['https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000ActvtAAC/view', 'Umbrella — Lab safety', 'Needs Analysis', 132_000, '2027-11-30', 'Alice Wesker'],
  ['https://acme--uat.sandbox.my.salesforce.com/0065g00000SbxcAAAA', 'Cyberdyne — Test rollout', 'Needs Analysis', 54_321, '2027-08-29', 'Miles Dyson'],
  ['https://app.hubspot.com/contacts/2187654/record/0-3/22334455667', 'Hooli — Nucleus licences', 'Decision Maker Bought-In', 36_500, '2027-05-14', 'Gavin Belson'],
  ['https://contoso.crm.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entityrecord&etn=opportunity&id=7a2e4d6c-1b3f-4e5d-8c7b-9a0f1e2d3c4b', 'Litware — Field service', 'Propose', 212_000, '2027-10-15', 'Omar Haddad'],
  ['https://contoso.crm.dynamics.com/main.aspx?appid=0a1b2c3d-0000-4000-8000-123456789abc&pagetype=entityrecord&etn=opportunity&id=3c9b8a7d-6e5f-4a3b-9c2d-1e0f9a8b7c6d', 'Alpine Ski House — Lift passes', 'Qualify', 18_750, '2028-01-31', 'Dana Birk'],
  ['https://one.zoho.com/zohoone/acmecorp/home/cxapp/crm/org712345678/tab/Potentials/4876876000007654321', 'Kramerica — Oil bladder', 'Proposal/Price Quote', 9_800, '2027-03-09', 'Cosmo Kramer'],
];

interface Read {
  name: string | null;
  stage: string | null;
  amount: number | null;
  closeDate: string | null;
  owner: string | null;
}

let b: LaunchedBrowser;
let worker: Worker;
let page: Page;
beforeAll(async () => {
  b = await sharedBrowser();
  worker = b.context.serviceWorkers()[0]!;
  page = await b.context.newPage();
});
afterAll(async () => {
  await page.close();
});

/** What the content script told the background about the active tab (kept in session storage). */
async function readOfActiveTab(): Promise<Read | null> {
  return worker.evaluate(async () => {
    const { chrome } = globalThis as unknown as {
      chrome: { tabs: { query(q: object): Promise<Array<{ id: number }>> }; storage: { session: { get(k: string): Promise<Record<string, unknown>> } } };
    };
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    const key = `tab:${tab!.id}:deal`;
    const stored = (await chrome.storage.session.get(key))[key] as { deal?: Record<string, { value: unknown } | null> } | undefined;
    const d = stored?.deal;
    if (!d) return null;
    const v = (f: string) => (d[f]?.value ?? null) as never;
    return { name: v('name'), stage: v('stage'), amount: v('amount'), closeDate: v('closeDate'), owner: v('owner') };
  });
}

describe('reading deal pages in real Chromium', () => {
  for (const [url, name, stage, amount, closeDate, owner] of DEALS) {
    it(`reads “${name}” (${new URL(url).host})`, async () => {
      await page.goto(url);
      await page.bringToFront();
      await expect.poll(readOfActiveTab, { timeout: 10_000 }).toEqual({ name, stage, amount, closeDate, owner });
    });
  }
});
