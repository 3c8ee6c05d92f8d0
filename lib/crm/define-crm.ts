import type { CrmAdapter, DealUrlMatch } from './types';
import { extractFields, safely, type FieldReading } from './fields';

/**
 * One CRM, defined in one place (`lib/crm/<crm>/index.ts`): what the content
 * script needs to find and read its deals. Beside it in the same folder:
 * `test-urls.ts` (the detector's test URLs, for tests only) and `about.ts`
 * (its name and default stage map, for Options and the panel only), kept out
 * so the content script stays small. Everything else (ids, matches, labels,
 * stage defaults, URL cross-tests) is derived from the list in registry.ts.
 */
export interface CrmDefinition<Id extends string> extends FieldReading {
  id: Id;
  /** Match patterns (manifest syntax) of every host this CRM lives on. */
  matches: readonly string[];
  /** Pure URL detector: the deal id when the URL is a deal page. Its test URLs: ./test-urls.ts. */
  detectDeal(url: URL): DealUrlMatch | null;
  /** The part of the page that shows the open record (default: the document); null while there is none. */
  scope?(doc: Document): ParentNode | null;
}

export function defineCrm<const Id extends string>(def: CrmDefinition<Id>): CrmAdapter<Id> {
  const scope = (doc: Document) => (def.scope ? def.scope(doc) : doc);
  return {
    id: def.id,
    matches: def.matches,
    detectDeal: def.detectDeal,
    scope,
    fields: def.fields,
    labels: def.labels,
    extract(doc, url) {
      const m = def.detectDeal(url);
      const root = m && safely(() => scope(doc));
      return m && root ? extractFields(def, root, doc, url, m.dealId) : null;
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

/** The first element of `selectors` (tried in order) that is not hidden by the page; null when none. */
export function firstVisible(doc: ParentNode, selectors: readonly string[], hidden: (el: Element) => boolean): Element | null {
  // One pass over the page for the whole list: a selector that matches
  // nothing would otherwise visit every element of a large CRM page (long
  // related lists) before the next one is tried. The few candidates, in
  // document order, are then tried selector by selector, as before.
  const candidates = [...doc.querySelectorAll(selectors.join(', '))];
  for (const css of selectors) {
    for (const el of candidates) if (el.matches(css) && !hidden(el)) return el;
  }
  return null;
}
