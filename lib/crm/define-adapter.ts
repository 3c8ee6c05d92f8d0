import type { CrmId, DealContext } from '../schema/deal-context';
import type { CrmAdapter, DealUrlMatch } from './types';

/** Wires a CRM's URL detector to its extraction: extract runs only on that CRM's deal URLs. */
export function defineAdapter(a: {
  id: CrmId;
  label: string;
  matches: readonly string[];
  detectDeal: (url: URL) => DealUrlMatch | null;
  extract: (doc: Document, url: URL, dealId: string) => DealContext | null;
}): CrmAdapter {
  return {
    id: a.id,
    label: a.label,
    matches: a.matches,
    detectDeal: a.detectDeal,
    extract: (doc, url) => {
      const m = a.detectDeal(url);
      return m ? a.extract(doc, url, m.dealId) : null;
    },
  };
}

/**
 * The usual deal-URL detector: an https URL on a matching host whose path
 * matches `record`; the deal id is capture group `group`.
 */
export function pathDetector(host: RegExp, record: RegExp, group = 1): (url: URL) => DealUrlMatch | null {
  return (url) => {
    if (url.protocol !== 'https:' || !host.test(url.hostname)) return null;
    const id = record.exec(url.pathname)?.[group];
    return id ? { dealId: id } : null;
  };
}
