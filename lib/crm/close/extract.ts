import { extractFields } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** "Won on Mar 15, 2027" → "Mar 15, 2027" (board cards read "… on <date>"). */
const afterOn = (t: string) => t.replace(/^.*\bon\s+/i, '');

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return extractFields('close', doc, doc, url, dealId, S, { closeDate: afterOn });
}
