import { defineCrm } from '../define-crm';
import type { CrmAdapter } from '../types';
import { DEAL_FIELDS } from '../../schema/deal-fields';
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
  const each = <T>(pick: (selector: string | undefined, label: string | undefined) => T) =>
    Object.fromEntries(DEAL_FIELDS.map((f) => [f, pick(site.fields[f]?.selector?.trim(), site.fields[f]?.label?.trim())])) as Record<DealFieldName, T>;
  // The manager's selector first, then the label next to the field; a site may not show a name (the panel asks for it).
  const adapter = defineCrm({
    id: 'custom',
    matches: [],
    detectDeal: (url) => (re.test(url.href) ? { dealId: customDealId(url) } : null),
    fields: each((s) => (s ? [{ css: s }] : [])),
    labels: each((_, l) => (l ? [l] : [])),
    nameOptional: true,
  });
  return {
    ...adapter,
    label: 'Custom site',
    extract: (doc, url) => {
      const d = adapter.extract(doc, url);
      return d && { ...d, siteId: site.id };
    },
  };
}
