import { extractFields } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  const root = doc.querySelector('table.detailList')?.closest('.bPageBlock, #bodyCell') ?? doc;
  return extractFields('salesforce-classic', root, doc, url, dealId, S, {
    owner: (t) => t.replace(/\s*\[(Change|Modifier)\]\s*$/i, ''),
  });
}
