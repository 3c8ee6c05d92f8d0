import { isHidden } from '../../dom/deep-query';
import { extractFields, safely } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** The record page the user is looking at; hidden earlier pages are skipped. */
export function activeRecordRoot(doc: Document): ParentNode | null {
  for (const s of S.activePage) {
    // Usually the first match is the active page: querySelector stops there,
    // where querySelectorAll would visit the whole (large) document first.
    const first = doc.querySelector(s.css);
    if (!first) continue;
    if (!isHidden(first)) return first;
    for (const el of doc.querySelectorAll(s.css)) if (!isHidden(el)) return el;
  }
  // Pages without the app shell (e.g. a single record view) have only one record.
  return doc.querySelectorAll('records-highlights2, force-highlights2, .slds-path__nav').length ? doc : null;
}

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  const root = safely(() => activeRecordRoot(doc));
  return root ? extractFields('salesforce-lightning', root, doc, url, dealId, S) : null;
}
