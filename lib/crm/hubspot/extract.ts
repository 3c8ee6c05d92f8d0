import { asAmount, asDate, asText, deal, pageLocale, readByLabel, readSel, safely } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** "Contract Sent (Sales Pipeline)" → "Contract Sent": the pipeline name is not the stage. */
export const stripPipeline = (t: string) => t.replace(/\s*\([^()]*\)\s*$/, '');

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  return safely(() => {
    // Hidden tabs stay in the DOM: prefer the visible record layout.
    const root = doc.querySelector('[data-test-id="middle-pane"]')?.closest('[data-layout], main, body') ?? doc;
    const name = asText(readSel(root, S.name));
    if (!name) return null;
    const locale = pageLocale(doc);
    return deal('hubspot', url, dealId, {
      name,
      stage: asText(readSel(root, S.stage) ?? readByLabel(root, S.labels.stage), stripPipeline),
      amount: asAmount(readSel(root, S.amount) ?? readByLabel(root, S.labels.amount)),
      closeDate: asDate(readSel(root, S.closeDate) ?? readByLabel(root, S.labels.closeDate), locale),
      owner: asText(readSel(root, S.owner) ?? readByLabel(root, S.labels.owner)),
    });
  });
}
