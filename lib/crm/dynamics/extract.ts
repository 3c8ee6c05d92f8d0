import { asAmount, asDate, asText, deal, pageLocale, readByLabel, readSel, safely } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** "Globex renewal - Saved" → "Globex renewal". */
export const stripSaveState = (t: string) => t.replace(/\s+-\s+(Saved|Unsaved|Read-only|Enregistré|Non enregistré|Gespeichert)$/i, '');

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return safely(() => {
    const name = asText(readSel(doc, S.name), stripSaveState);
    if (!name) return null;
    return deal('dynamics', url, dealId, {
      name,
      stage: asText(readSel(doc, S.stage)),
      amount: asAmount(readSel(doc, S.amount) ?? readByLabel(doc, S.labels.amount)),
      closeDate: asDate(readSel(doc, S.closeDate) ?? readByLabel(doc, S.labels.closeDate), pageLocale(doc)),
      owner: asText(readSel(doc, S.owner) ?? readByLabel(doc, S.labels.owner)),
    });
  });
}
