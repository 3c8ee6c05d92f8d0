import { asAmount, asDate, asText, deal, pageLocale, readByLabel, readSel, safely, type Found } from '../fields';
import type { CrmAdapter } from '../types';
import type { DealFieldName } from '../../schema/deal-context';

/** A manager-configured in-house CRM (stored as CustomSiteRecord; only what the adapter needs here). */
export interface CustomSiteConfig {
  id: string;
  urlPattern: string;
  fields: Partial<Record<DealFieldName, { selector?: string; label?: string } | undefined>>;
}

/** `https://crm.acme.internal/deals/*` → a RegExp on the whole URL; `*` matches anything. */
export function patternToRegExp(pattern: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*');
  return new RegExp(`^${escaped}$`);
}

/** The deal id of a custom site: the last path segment that has a digit in it, else the path. */
export function customDealId(url: URL): string {
  const parts = url.pathname.split('/').filter(Boolean);
  return [...parts].reverse().find((p) => /\d/.test(p)) ?? (url.pathname + url.search || '/');
}

export function createCustomAdapter(site: CustomSiteConfig): CrmAdapter {
  const re = patternToRegExp(site.urlPattern);
  const read = (doc: Document, f: DealFieldName): Found | null => {
    const cfg = site.fields[f];
    if (!cfg) return null;
    const bySelector = cfg.selector?.trim() ? safely(() => readSel(doc, [{ css: cfg.selector!.trim() }])) : null;
    return bySelector ?? (cfg.label?.trim() ? readByLabel(doc, [cfg.label.trim()]) : null);
  };
  const detectDeal = (url: URL) => (re.test(url.href) ? { dealId: customDealId(url) } : null);
  return {
    id: 'custom',
    label: 'Custom site',
    matches: [],
    detectDeal,
    extract: (doc, url) =>
      safely(() => {
        const m = detectDeal(url);
        if (!m) return null;
        return {
          ...deal('custom', url, m.dealId, {
            name: asText(read(doc, 'name')),
            stage: asText(read(doc, 'stage')),
            amount: asAmount(read(doc, 'amount')),
            closeDate: asDate(read(doc, 'closeDate'), pageLocale(doc)),
            owner: asText(read(doc, 'owner')),
          }),
          siteId: site.id,
        };
      }),
  };
}
