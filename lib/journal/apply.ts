import { dbApi } from '../db/api';
import type { JournalEntry } from './entry';

/**
 * Writes one journal entry through the repository (the same validated calls
 * the panel made directly before the journal). Idempotent: the entry holds the
 * field's whole value, so writing it twice (a drain cut short by the service
 * worker stopping, then run again) leaves the same text.
 */
export async function applyJournalEntry({ target: t, text }: JournalEntry): Promise<void> {
  switch (t.kind) {
    case 'note':
      await dbApi.saveSessionNote({ id: t.sessionId, dealId: t.dealId, repId: t.repId }, text);
      return;
    case 'contract':
      await dbApi.patchContract(t.sessionId, { [t.part]: text });
      return;
    case 'gap':
      await dbApi.patchGap(t.sessionId, { [t.part]: text });
      return;
    case 'answer':
      await dbApi.patchPlanItem(t.sessionId, t.questionId, { answer: text });
      return;
    case 'commitment':
      await dbApi.updateCommitment(t.commitmentId, { [t.part]: text });
      return;
  }
}
