import { describe, expect, it } from 'vitest';
import { DETECTORS } from './detectors';

describe('CRM URL detectors', () => {
  for (const { adapter, testUrls } of DETECTORS) {
    it(`${adapter.id}: finds the deal id on its deal pages and nothing on its other pages`, () => {
      expect(testUrls, `lib/crm/${adapter.id}/test-urls.ts`).toBeDefined();
      for (const [url, dealId] of testUrls!.deals) expect(adapter.detectDeal(new URL(url)), url).toEqual({ dealId });
      for (const url of testUrls!.notDeals) expect(adapter.detectDeal(new URL(url)), url).toBeNull();
    });

    it(`${adapter.id}: rejects every other CRM's URLs`, () => {
      for (const other of DETECTORS) {
        if (other.adapter.id === adapter.id || !other.testUrls) continue;
        for (const url of [...other.testUrls.deals.map(([u]) => u), ...other.testUrls.notDeals]) {
          expect(adapter.detectDeal(new URL(url)), `${adapter.id} on ${url}`).toBeNull();
        }
      }
    });

    it(`${adapter.id}: its deal URLs are on hosts the content script runs on`, () => {
      const patterns = adapter.matches.map((p) => {
        const host = p.split('/')[2]!;
        return new RegExp(`^${host.replace(/[.]/g, '\\.').replace(/^\*\\\./, '(?:[^/]+\\.)?')}$`);
      });
      for (const [url] of testUrls!.deals) expect(patterns.some((re) => re.test(new URL(url).hostname)), url).toBe(true);
    });
  }
});
