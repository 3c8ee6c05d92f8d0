import { extractFields } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** "Globex renewal - Saved" → "Globex renewal". */
export const stripSaveState = (t: string) => t.replace(/\s+-\s+(Saved|Unsaved|Read-only|Enregistré|Non enregistré|Gespeichert)$/i, '');

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return extractFields('dynamics', doc, doc, url, dealId, S, { name: stripSaveState });
}
