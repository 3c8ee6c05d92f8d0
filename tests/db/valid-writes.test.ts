import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { runDbCall } from '../../lib/db/api';
import { upsertDealFromContext } from '../../lib/db/deals';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { TEXT_LIMITS } from '../../lib/schema/limits';
import type { CoachingSession, Commitment, Deal, Rep } from '../../lib/schema/records';
import type { DealContext } from '../../lib/schema/deal-context';

useFreshDb();

/** Every call here goes the way the embedded panel's do: by name, through runDbCall. */
async function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  const r = await runDbCall(fn, args);
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}
async function refusal(fn: string, ...args: unknown[]): Promise<string> {
  const r = await runDbCall(fn, args);
  if (r.ok) throw new Error(`${fn} was accepted`);
  return r.error;
}

function ctx(over: Partial<DealContext> = {}): DealContext {
  return {
    crm: 'hubspot',
    dealId: '9876543210',
    host: 'app.hubspot.com',
    url: 'https://app.hubspot.com/contacts/123/record/0-3/9876543210',
    name: { value: 'Initech — Pilot', source: 'test' },
    stage: { value: 'Appointment scheduled', source: 'test' },
    amount: null,
    closeDate: null,
    owner: { value: 'Dana Reyes', source: 'test' },
    ...over,
  };
}

async function sessionOnDeal(over: Partial<DealContext> = {}) {
  const { deal } = await call<{ deal: Deal }>('recordDealVisit', ctx(over));
  const rep = await call<Rep>('createRep', { name: 'Dana Reyes', tier: 'middle', trust: 'bronze' });
  const session = await call<CoachingSession>('startSession', {
    dealId: deal.id,
    repId: rep.id,
    mode: 'quick',
    kind: 'strategic',
    timeBoxMin: 5,
    stage: 'discovery',
    plan: [{ questionId: 'q1', text: 'What would help most?', role: 'opener', reason: 'Start with the person', followUps: [], asked: false, answer: '' }],
  });
  return { deal, rep, session };
}

/** The manager's backup, restored into an emptied database, gives back the same data. */
async function expectBackupRestores() {
  const before = await exportBackup(new Date(0));
  const file = JSON.stringify(before);
  await Promise.all(getDb().tables.map((t) => t.clear()));
  expect(await restoreBackup(file)).toMatchObject({ ok: true });
  expect(await exportBackup(new Date(0))).toEqual(before);
}

describe('what the manager writes can always be restored from a backup', () => {
  it('refuses a 100,001-character note with a readable error, keeps the note as it was, and the backup restores', async () => {
    const { session } = await sessionOnDeal();
    await call('saveSessionNote', session, 'Rep wants help with procurement.');
    const error = await refusal('saveSessionNote', session, 'x'.repeat(100_001));
    expect(error).toMatch(/note was not saved: text: Too big: expected string to have <=100000 characters/);
    expect((await getDb().notes.toArray()).map((n) => n.text)).toEqual(['Rep wants help with procurement.']);
    await expectBackupRestores();
  });

  it('refuses a commitment due "not-a-date", on creation and on edit, and the backup restores', async () => {
    const { session } = await sessionOnDeal();
    const base = { sessionId: session.id, dealId: session.dealId, repId: session.repId, text: 'Map the buying committee', followUp: '', suggestedBy: 'rep' };
    expect(await refusal('addCommitment', { ...base, dueDate: 'not-a-date' })).toMatch(/addCommitment was refused: argument 1\.dueDate: must be a date/);
    const c = await call<Commitment>('addCommitment', { ...base, dueDate: '2026-12-01' });
    expect(await refusal('updateCommitment', c.id, { dueDate: 'not-a-date' })).toMatch(/dueDate: must be a date/);
    expect(await refusal('updateCommitment', c.id, { text: 'y'.repeat(TEXT_LIMITS.commitmentText + 1) })).toMatch(
      /The commitment was not saved: text: Too big/,
    );
    expect((await getDb().commitments.get(c.id))?.dueDate).toBe('2026-12-01');
    await expectBackupRestores();
  });

  it('stores a 305-character CRM owner name clipped, links it to a rep, and the backup restores', async () => {
    const owner = `Dana ${'R'.repeat(300)}`;
    const { deal, rep } = await sessionOnDeal({ owner: { value: owner, source: 'test' } });
    expect(deal.ownerName).toBe(owner);
    await call('linkOwnerToRep', 'hubspot', owner, rep.id);
    const [link] = await getDb().repLinks.toArray();
    expect(link!.ownerKey).toBe(owner.toLowerCase().slice(0, TEXT_LIMITS.ownerKey));
    expect((await getDb().deals.get(deal.id))?.repId).toBe(rep.id);
    // The same long name on the next visit still finds the rep.
    const again = await call<{ deal: Deal }>('recordDealVisit', ctx({ owner: { value: owner, source: 'test' } }));
    expect(again.deal.repId).toBe(rep.id);
    await expectBackupRestores();
  });

  it('clips every text a CRM page gives to what a deal may hold, instead of refusing the deal', async () => {
    const long = 'L'.repeat(900);
    // Messages from the content script are capped already; the repository clips whatever reaches it.
    const deal = await upsertDealFromContext({ ...ctx(), name: { value: long, source: 'test' }, owner: { value: long, source: 'test' } });
    expect(deal.name).toHaveLength(TEXT_LIMITS.dealText);
    expect(deal.ownerName).toHaveLength(TEXT_LIMITS.dealText);
    await call('setStageMapping', 'hubspot', long, 'discovery');
    expect((await getDb().stageMappings.toArray())[0]!.label).toHaveLength(TEXT_LIMITS.stageLabel);
    await expectBackupRestores();
  });

  it('refuses an update with a field the API does not know, or a value of the wrong kind, and stores neither', async () => {
    const { session } = await sessionOnDeal();
    const error = await refusal('updateSession', session.id, { status: 'bogus', plan: 'x' });
    expect(error).toContain('updateSession was refused');
    expect(error).toContain('argument 2.plan: Invalid input: expected array, received string');
    expect(error).toContain('Unrecognized key: "status"');
    const stored = await getDb().sessions.get(session.id);
    expect(stored?.status).toBe('active');
    expect(stored?.plan).toHaveLength(1);
  });

  it('refuses unknown calls, extra arguments and arguments of the wrong type by name', async () => {
    expect(await refusal('deleteEverything')).toBe('Unknown database call deleteEverything');
    expect(await refusal('getDeal', 'd1', 'extra')).toMatch(/getDeal was refused: .*Too big: expected array to have <=1 items/);
    expect(await refusal('getDeal', 42)).toMatch(/getDeal was refused: argument 1: Invalid input: expected string, received number/);
    expect(await refusal('constructor')).toBe('Unknown database call constructor');
  });

  it('refuses each kind of bad write with the field and the limit, and changes nothing', async () => {
    const { deal, rep, session } = await sessionOnDeal();
    expect(await refusal('updateRep', rep.id, { name: 'n'.repeat(121) })).toMatch(/The rep was not saved: name: Too big/);
    expect(await refusal('updateRep', rep.id, { name: '   ' })).toMatch(/The rep was not saved: name: Too small/);
    expect(await refusal('setDealOverride', deal.id, 'name', 'n'.repeat(501))).toMatch(/The correction was not saved: overrides\.name: Too big/);
    expect(await refusal('setDealOverride', deal.id, 'closeDate', '31/12/2026')).toMatch(/overrides\.closeDate/);
    expect(await refusal('saveSettings', { reminderDays: 99 })).toMatch(/saveSettings was refused: argument 1\.reminderDays: Too big/);
    expect(await refusal('patchContract', session.id, { what: 'w'.repeat(2001) })).toMatch(/The session was not saved: contract\.what: Too big/);
    expect(await refusal('patchPlanItem', session.id, 'q1', { answer: 'a'.repeat(20_001) })).toMatch(/The session was not saved: plan\.0\.answer: Too big/);
    expect(await refusal('updateSession', session.id, { timeBoxMin: 0 })).toMatch(/timeBoxMin: Too small/);
    const c = await call<Commitment>('addCommitment', {
      sessionId: session.id, dealId: deal.id, repId: rep.id, text: 'Call the CFO', dueDate: '2026-12-01', followUp: '', suggestedBy: 'rep',
    });
    expect(await refusal('resolveCommitment', c.id, 'renegotiated', '', '2026-02-30x')).toMatch(/argument 4: must be a date/);
    expect(await refusal('resolveCommitment', c.id, 'done', 'o'.repeat(2001))).toMatch(/The commitment was not saved: outcomeNote: Too big/);
    expect((await getDb().commitments.get(c.id))?.status).toBe('open');
    expect((await getDb().reps.get(rep.id))?.name).toBe('Dana Reyes');
    await expectBackupRestores();
  });
});
