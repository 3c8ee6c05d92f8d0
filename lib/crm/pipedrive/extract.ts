import { extractFields } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return extractFields('pipedrive', doc, doc, url, dealId, S);
}
