import { isHidden } from '../../dom/deep-query';
import { asAmount, asDate, asText, deal, pageLocale, readByLabel, readSel, safely } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** The record page the user is looking at; hidden earlier pages are skipped. */
export function activeRecordRoot(doc: Document): ParentNode | null {
  for (const s of S.activePage) {
    for (const el of doc.querySelectorAll(s.css)) if (!isHidden(el)) return el;
  }
  // Pages without the app shell (e.g. a single record view) have only one record.
  return doc.querySelectorAll('records-highlights2, force-highlights2, .slds-path__nav').length ? doc : null;
}

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return safely(() => {
    const root = activeRecordRoot(doc);
    if (!root) return null;
    const locale = pageLocale(doc);
    return deal('salesforce-lightning', url, dealId, {
      name: asText(readSel(root, S.name)),
      stage: asText(readSel(root, S.stage) ?? readByLabel(root, S.labels.stage)),
      amount: asAmount(readSel(root, S.amount) ?? readByLabel(root, S.labels.amount)),
      closeDate: asDate(readSel(root, S.closeDate) ?? readByLabel(root, S.labels.closeDate), locale),
      owner: asText(readSel(root, S.owner) ?? readByLabel(root, S.labels.owner)),
    });
  });
}
