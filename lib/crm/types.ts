import type { CrmId, DealContext } from '../schema/deal-context';

/** The part of a URL an adapter recognises as a deal page. */
export interface DealUrlMatch {
  dealId: string;
}

/**
 * One CRM. Pure: a URL and a DOM in, a DealContext out. Lives in
 * `lib/crm/<crm>/` as url.ts (detector + test URLs), selectors.ts (ordered
 * fallbacks, a reason each) and extract.ts, wired together in index.ts.
 */
export interface CrmAdapter {
  id: CrmId;
  /** Human name shown in the UI, e.g. "Salesforce Lightning". */
  label: string;
  /** Match patterns (manifest syntax) of the hosts this CRM lives on. */
  matches: readonly string[];
  /** Pure URL detector: the deal id when `url` is a deal page, else null. */
  detectDeal(url: URL): DealUrlMatch | null;
  /**
   * Reads the deal from the live DOM. Never throws; fields not found are null.
   * Returns null when the page does not (yet) show this deal at all.
   */
  extract(doc: Document, url: URL): DealContext | null;
}

/** Test URLs kept beside each detector (github-url-detection style). */
export interface DetectorTestUrls {
  /** URLs that are deal pages, with the deal id each must yield. */
  deals: ReadonlyArray<readonly [url: string, dealId: string]>;
  /** URLs on this CRM that are not deal pages (lists, home, reports, boards). */
  notDeals: readonly string[];
}
