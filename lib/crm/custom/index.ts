import { deepScope, type DeepScope } from '../../dom/deep-query';
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
  const read = (deep: DeepScope, f: DealFieldName): Found | null => {
    const cfg = site.fields[f];
    if (!cfg) return null;
    const bySelector = cfg.selector?.trim() ? safely(() => readSel(deep, [{ css: cfg.selector!.trim() }])) : null;
    return bySelector ?? (cfg.label?.trim() ? readByLabel(deep, [cfg.label.trim()]) : null);
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
        const deep = deepScope(doc); // one shadow-root walk for all five fields
        return {
          ...deal('custom', url, m.dealId, {
            name: asText(read(deep, 'name')),
            stage: asText(read(deep, 'stage')),
            amount: asAmount(read(deep, 'amount')),
            closeDate: asDate(read(deep, 'closeDate'), pageLocale(doc)),
            owner: asText(read(deep, 'owner')),
          }),
          siteId: site.id,
        };
      }),
  };
}
