import { extractFields } from '../fields';
import type { DealContext } from '../../schema/deal-context';
import * as S from './selectors';

/** "Contract Sent (Sales Pipeline)" → "Contract Sent": the pipeline name is not the stage. */
export const stripPipeline = (t: string) => t.replace(/\s*\([^()]*\)\s*$/, '');

export function extract(doc: Document, url: URL, dealId: string): DealContext | null {
  // Hidden tabs stay in the DOM: prefer the visible record layout.
  const root = doc.querySelector('[data-test-id="middle-pane"]')?.closest('[data-layout], main, body') ?? doc;
  return extractFields('hubspot', root, doc, url, dealId, S, { stage: stripPipeline });
}
