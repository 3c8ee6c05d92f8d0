import { asAmount, asDate, asText, deal, pageLocale, readByLabel, readSel, safely } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return safely(() => {
    const root = doc.querySelector('table.detailList')?.closest('.bPageBlock, #bodyCell') ?? doc;
    if (!readSel(root, S.name)) return null;
    const locale = pageLocale(doc);
    return deal('salesforce-classic', url, dealId, {
      name: asText(readSel(root, S.name)),
      stage: asText(readSel(root, S.stage) ?? readByLabel(root, S.labels.stage)),
      amount: asAmount(readSel(root, S.amount) ?? readByLabel(root, S.labels.amount)),
      closeDate: asDate(readSel(root, S.closeDate) ?? readByLabel(root, S.labels.closeDate), locale),
      owner: asText(readSel(root, S.owner) ?? readByLabel(root, S.labels.owner), (t) => t.replace(/\s*\[(Change|Modifier)\]\s*$/i, '')),
    });
  });
}
