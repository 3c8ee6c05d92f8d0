import type { CrmId, DealContext, DealFieldName } from '../schema/deal-context';
import type { SelectorList } from './fields';

/** The part of a URL an adapter recognises as a deal page. */
export interface DealUrlMatch {
  dealId: string;
}

/** The visible labels of a field, every language the CRM ships in one list. */
export type FieldLabels = Partial<Record<DealFieldName, readonly string[]>>;

/**
 * One CRM, as the content script uses it. Pure: a URL and a DOM in, a
 * DealContext out. Built by `defineCrm` in `lib/crm/<crm>/index.ts`
 * (custom sites: `createCustomAdapter`).
 */
export interface CrmAdapter<Id extends string = CrmId> {
  id: Id;
  /** Human name; only custom sites carry it here (CRMs keep theirs in about.ts, out of the content script). */
  label?: string;
  /** Match patterns (manifest syntax) of the hosts this CRM lives on. */
  matches: readonly string[];
  /** Pure URL detector: the deal id when `url` is a deal page, else null. */
  detectDeal(url: URL): DealUrlMatch | null;
  /**
   * Reads the deal from the live DOM. Never throws; fields not found are null.
   * Returns null when the page does not (yet) show this deal at all.
   */
  extract(doc: Document, url: URL): DealContext | null;
  /** The part of the page that holds the record the user is looking at (null: none yet). */
  scope?(doc: Document): ParentNode | null;
  /** What is tried for each field, in order (for "What Sideline read"). */
  fields?: Readonly<Record<DealFieldName, SelectorList>>;
  labels?: FieldLabels;
}

/** Test URLs kept beside each detector (github-url-detection style), in `lib/crm/<crm>/test-urls.ts`. */
export interface DetectorTestUrls {
  /** URLs that are deal pages, with the deal id each must yield. */
  deals: ReadonlyArray<readonly [url: string, dealId: string]>;
  /** URLs on this CRM that are not deal pages (lists, home, reports, boards). */
  notDeals: readonly string[];
}

/** What Options and the panel show of a CRM (`lib/crm/<crm>/about.ts`); never in the content script. */
export interface CrmAbout {
  /** Human name shown in the UI, e.g. "Salesforce Lightning". */
  label: string;
  /** Default mapping of the CRM's stage labels (any case, accents, "(Pipeline)" suffix) to coaching stages. */
  stages: Readonly<Record<string, import('../schema/stage').CanonicalStage>>;
}
