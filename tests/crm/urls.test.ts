import { describe, expect, it } from 'vitest';
import { ADAPTERS } from '../../lib/crm/registry';
import { DETECTORS } from './detectors';

describe('CRM URL detectors', () => {
  for (const [id, d] of Object.entries(DETECTORS)) {
    it(`${id}: finds the deal id on its deal pages and nothing on its other pages`, () => {
      for (const [url, dealId] of d.testUrls.deals) expect(d.detectDeal(new URL(url)), url).toEqual({ dealId });
      for (const url of d.testUrls.notDeals) expect(d.detectDeal(new URL(url)), url).toBeNull();
    });

    it(`${id}: rejects every other CRM's URLs`, () => {
      for (const [otherId, other] of Object.entries(DETECTORS)) {
        if (otherId === id) continue;
        for (const url of [...other.testUrls.deals.map(([u]) => u), ...other.testUrls.notDeals]) {
          expect(d.detectDeal(new URL(url)), `${id} on ${url}`).toBeNull();
        }
      }
    });
  }

  it('covers every adapter in the registry', () => {
    expect(Object.keys(DETECTORS).sort()).toEqual(ADAPTERS.map((a) => a.id).sort());
  });
});
