import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, fixtureUrls, loadFixture } from './load-fixture';
import { findAdapter } from '../../lib/crm/registry';
import { pageOutline, pageReport } from '../../lib/crm/page-outline';
import { buildPageReport, redactedPath } from '../../lib/crm/page-report';
import type { DealContext } from '../../lib/schema/deal-context';

/** Every fixture of a supported CRM that shows a deal. */
const deals = readdirSync(FIXTURES)
  .filter((d) => d !== 'custom' && statSync(path.join(FIXTURES, d)).isDirectory())
  .flatMap((d) => readdirSync(path.join(FIXTURES, d)).map((f) => `${d}/${f}`))
  .filter((f) => f.endsWith('.html') && fixtureUrls(f).some((u) => findAdapter(new URL(u))));

/** What must never be in a report, as text: every value read, the record id. */
function secrets(d: DealContext): string[] {
  const out = [d.dealId];
  for (const f of [d.name, d.stage, d.owner]) if (f) out.push(f.value);
  if (d.amount) out.push(d.amount.text, String(d.amount.value), d.amount.value.toLocaleString('en-US'));
  if (d.closeDate) out.push(d.closeDate.text, d.closeDate.value);
  return out.map((s) => s.toLowerCase());
}

/** Nor any word of them in an id, class or data-* value of the outline. */
const secretWords = (d: DealContext) =>
  [d.name, d.stage, d.owner].flatMap((f) => f?.value.toLowerCase().match(/[\p{L}\d]{3,}/gu) ?? []);
const valueWords = (outline: string) =>
  [...outline.matchAll(/="([^"]*)"|\.([^\s.[·]+)/g)].flatMap((m) => (m[1] ?? m[2]!).toLowerCase().split(/[^\p{L}\d]+/u));

describe('the page report keeps the structure and leaves the deal out', () => {
  it('covers the fixtures', () => expect(deals.length).toBeGreaterThanOrEqual(15));

  for (const file of deals) {
    it(`${file}: no value read from the page is in its outline or its report`, () => {
      const { doc, url } = loadFixture(file, fixtureUrls(file).find((u) => findAdapter(new URL(u))));
      const found = findAdapter(url)!;
      const deal = found.adapter.extract(doc, url);
      if (!deal) return; // a page still loading: nothing read, nothing to leak
      const reply = pageReport(doc, url)!;
      expect(reply.crm).toBe(deal.crm);
      expect(reply.outline.split('\n').length).toBeGreaterThan(3);
      const report = buildPageReport(deal, reply.outline, '1.2.3').toLowerCase();
      for (const s of secrets(deal)) {
        expect(reply.outline.toLowerCase(), `${file} outline holds "${s}"`).not.toContain(s);
        expect(report, `${file} report holds "${s}"`).not.toContain(s);
      }
      const words = valueWords(reply.outline);
      for (const w of secretWords(deal)) expect(words, `${file} outline holds the word "${w}"`).not.toContain(w);
      expect(report).not.toContain(url.host.toLowerCase());
    });
  }

  it('keeps the hooks a maintainer needs: tags, ids, classes and structural data-* values', () => {
    const { doc, url } = loadFixture('hubspot/deal-2024.html');
    const outline = pageReport(doc, url)!.outline;
    expect(outline.split('\n')[0]).toBe('div[data-layout="record"]');
    expect(outline).toContain('h2[data-test-id="highlight-record-label"].Text__StyledText-sc-1x2w0z2-0 ·');
    expect(outline).toContain('[data-card-type="PROPERTIES_V3"]');
    expect(outline).toContain('span[data-test-id="hubspot_owner_id"][data-deferred-property-input-root] ·');
    expect(outline).toContain('a[data-selenium-test="property-input-name"][href] ·');
    const sf = loadFixture('salesforce-lightning/console-two-tabs.html');
    const sfOutline = pageReport(sf.doc, sf.url)!.outline;
    // Scoped to the record on screen: the background tab is not in it.
    expect(sfOutline.split('\n')[0]).toBe('div.windowViewMode-maximized.active.lafPageHost');
    expect(sfOutline).not.toContain('aria-expanded');
    expect(sfOutline).toContain('div[data-target-selection-name="sfdc:RecordField.Opportunity.Amount"]');
  });

  it('drops data-* values, ids and classes that hold deal data: text on the page, record ids, words of what was read', () => {
    const { doc, url } = loadFixture('salesforce-lightning/details-inactive.html');
    const deal = findAdapter(url)!.adapter.extract(doc, url)!;
    const extra = doc.createElement('div');
    extra.id = 'rec-0065g00000ActvtAAC';
    extra.className = 'card umbrella-card slds-card';
    extra.setAttribute('data-stage', 'Prospecting');
    extra.setAttribute('data-owner', 'alice_wesker');
    extra.setAttribute('data-amount', '132000');
    extra.setAttribute('data-kind', 'record-card');
    doc.body.append(extra);
    const outline = pageOutline(doc.body, deal);
    expect(outline).toContain('div[id].card.….slds-card[data-stage][data-owner][data-amount][data-kind="record-card"]');
    expect(outline).not.toMatch(/umbrella|alice|prospecting"|132000|0065g/i);
  });

  it('the address keeps its shape, not its ids or query values', () => {
    expect(redactedPath('https://acme.crm.dynamics.com/main.aspx?pagetype=entityrecord&etn=opportunity&id=5f1d3c2b-9a8e-4f7d-b6c5-a4b3c2d1e0f9')).toBe('/main.aspx?pagetype=…&etn=…&id=…');
    expect(redactedPath('https://app.hubspot.com/contacts/2187654/record/0-3/14523698741')).toBe('/contacts/:id/record/:id/:id');
  });

  it('says which selector or label matched each field, what nothing matched, and what was tried', () => {
    const { doc, url } = loadFixture('salesforce-lightning/opportunity-console.html');
    const deal = findAdapter(url)!.adapter.extract(doc, url)!;
    const report = buildPageReport(deal, 'body', '1.2.3');
    expect(report).toContain('  name: selector: records-highlights2 h1 slot[name="primaryField"] lightning-formatted-text');
    expect(report).toContain('  owner: nothing matched');
    expect(report).toContain('    selector: [data-target-selection-name="sfdc:RecordField.Opportunity.OwnerId"] .test-id__field-value a');
    expect(report).toContain('    label: Opportunity Owner');
  });
});
