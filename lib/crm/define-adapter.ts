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
