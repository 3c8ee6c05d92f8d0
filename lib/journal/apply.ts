import { runDbCall } from '../db/api';
import type { JournalEntry } from './entry';

/**
 * Writes one journal entry through the repository (the same validated calls
 * the panel made directly before the journal). Idempotent: the entry holds the
 * field's whole value, so writing it twice (a drain cut short by the service
 * worker stopping, then run again) leaves the same text.
 */
export async function applyJournalEntry({ target: t, text }: JournalEntry): Promise<void> {
  const [fn, args] = callFor(t, text);
  // The same call, argument checks and validated write as any other page's.
  const reply = await runDbCall(fn, args);
  if (!reply.ok) throw new Error(reply.error);
}

function callFor(t: JournalEntry['target'], text: string): [string, unknown[]] {
  switch (t.kind) {
    case 'note':
      return ['saveSessionNote', [{ id: t.sessionId, dealId: t.dealId, repId: t.repId }, text]];
    case 'contract':
      return ['patchContract', [t.sessionId, { [t.part]: text }]];
    case 'gap':
      return ['patchGap', [t.sessionId, { [t.part]: text }]];
    case 'answer':
      return ['patchPlanItem', [t.sessionId, t.questionId, { answer: text }]];
    case 'commitment':
      return ['updateCommitment', [t.commitmentId, { [t.part]: text }]];
  }
}
