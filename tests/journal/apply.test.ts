import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { useFreshDb } from '../db/setup';
import { getDb } from '../../lib/db/database';
import { startSession } from '../../lib/db/sessions';
import { addCommitment } from '../../lib/db/commitments';
import { getSessionNote } from '../../lib/db/notes';
import { applyJournalEntry } from '../../lib/journal/apply';
import { createDrainer } from '../../lib/journal/drain';
import { entryKey, JOURNAL_VERSION, type JournalEntry, type JournalTarget } from '../../lib/journal/entry';

useFreshDb();
beforeEach(() => fakeBrowser.reset());

let n = 0;
function entry(target: JournalTarget, text: string): JournalEntry {
  n++;
  return { v: JOURNAL_VERSION, target, text, at: 1000 + n, writer: 'panel', n };
}

async function setup() {
  const session = await startSession({
    dealId: 'deal-1',
    repId: 'rep-1',
    mode: 'full',
    kind: 'tactical',
    timeBoxMin: 20,
    stage: 'discovery',
    plan: [{ questionId: 'q1', text: 'What does the buyer need to believe?', role: 'stage', reason: 'Discovery', followUps: [], asked: true, answer: '' }],
  });
  const commitment = await addCommitment({
    sessionId: session.id,
    dealId: 'deal-1',
    repId: 'rep-1',
    text: '',
    dueDate: '2026-12-01',
    followUp: '',
    suggestedBy: 'rep',
  });
  return { session, commitment };
}

describe('journal entries land in the database through the repository', () => {
  it('writes every kind of typed field: note, contract, gap, answer, commitment', async () => {
    const { session, commitment } = await setup();
    const s = session.id;
    await applyJournalEntry(entry({ kind: 'note', sessionId: s, dealId: 'deal-1', repId: 'rep-1' }, 'Dana heard the CFO'));
    await applyJournalEntry(entry({ kind: 'contract', sessionId: s, part: 'what' }, 'The Globex close plan'));
    await applyJournalEntry(entry({ kind: 'contract', sessionId: s, part: 'importance' }, 'Her first six-figure deal'));
    await applyJournalEntry(entry({ kind: 'gap', sessionId: s, part: 'desired' }, 'Runs the exec meeting'));
    await applyJournalEntry(entry({ kind: 'answer', sessionId: s, questionId: 'q1' }, 'That we cut their onboarding time'));
    await applyJournalEntry(entry({ kind: 'commitment', commitmentId: commitment.id, part: 'text' }, 'I will book the CFO'));
    await applyJournalEntry(entry({ kind: 'commitment', commitmentId: commitment.id, part: 'followUp' }, 'Ask me Monday'));

    expect((await getSessionNote(s))?.text).toBe('Dana heard the CFO');
    const stored = (await getDb().sessions.get(s))!;
    expect(stored.contract).toMatchObject({ what: 'The Globex close plan', reason: '', importance: 'Her first six-figure deal' });
    expect(stored.gap).toEqual({ current: '', desired: 'Runs the exec meeting', cause: null });
    expect(stored.plan[0]).toMatchObject({ asked: true, answer: 'That we cut their onboarding time' });
    expect(await getDb().commitments.get(commitment.id)).toMatchObject({ text: 'I will book the CFO', followUp: 'Ask me Monday' });
  });

  it('a 20,000-character note typed one keystroke at a time lands whole, and the journal ends empty', async () => {
    const { session } = await setup();
    const target: JournalTarget = { kind: 'note', sessionId: session.id, dealId: 'deal-1', repId: 'rep-1' };
    const drain = createDrainer(fakeBrowser.storage.local, applyJournalEntry);
    const long = 'Tell me more about the buying committee. '.repeat(500).slice(0, 20_000);
    for (const len of [1, 5_000, 12_000, 20_000]) {
      const e = entry(target, long.slice(0, len));
      await fakeBrowser.storage.local.set({ [entryKey(e)]: e });
    }
    await drain();
    expect((await getSessionNote(session.id))?.text).toBe(long);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).toEqual([]);
  });
});
