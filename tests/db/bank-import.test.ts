import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { importBankFile, saveImportedBank } from '../../lib/db/bank-import';
import { BUILTIN_BANK } from '../../lib/coaching/builtin-bank';

useFreshDb();

const file = (id: string, name: string, texts: string[]) =>
  new TextEncoder().encode(
    JSON.stringify({
      format: 'sideline.question-bank',
      version: 1,
      bank: { id, name, questions: texts.map((text, i) => ({ id: `${id}-${i}`, text, stages: ['discovery'], category: 'process' })) },
    }),
  );

describe('importing a bank whose id is already here', () => {
  it('imports a new bank at once, but asks before touching one the manager has', async () => {
    expect(await importBankFile(file('team', 'Team bank', ['Who else is involved?']))).toMatchObject({ ok: true, replaced: false, bank: { id: 'team' } });
    const again = await importBankFile(file('team', 'Team bank v2', ['Who decides?', 'What happens next?']));
    expect(again).toMatchObject({ ok: 'clash', existing: { id: 'team', name: 'Team bank', questions: 1, builtIn: false }, bank: { name: 'Team bank v2' } });
    // Asking changed nothing.
    expect((await getDb().questionBanks.get('team'))?.name).toBe('Team bank');
  });

  it('replaces the bank when the manager says so, or keeps both as a copy', async () => {
    await importBankFile(file('team', 'Team bank', ['Who else is involved?']));
    const clash = await importBankFile(file('team', 'Team bank v2', ['Who decides?']));
    if (clash.ok !== 'clash') throw new Error('expected a clash');
    expect(await saveImportedBank(clash.bank, 'copy')).toMatchObject({
      ok: true,
      replaced: false,
      bank: { id: 'team-copy', name: 'Team bank v2 (copy)', questions: [{ id: 'team-copy:team-0', text: 'Who decides?' }] },
    });
    expect(await saveImportedBank(clash.bank, 'copy')).toMatchObject({ ok: true, bank: { id: 'team-copy-2' } });
    expect(await saveImportedBank(clash.bank, 'replace')).toMatchObject({ ok: true, replaced: true, bank: { id: 'team', name: 'Team bank v2' } });
    expect((await getDb().questionBanks.toCollection().primaryKeys()).sort()).toEqual(['team', 'team-copy', 'team-copy-2']);
  });

  it('never replaces the built-in bank: a file with its id can only come in as a copy', async () => {
    const clash = await importBankFile(file(BUILTIN_BANK.id, 'My edit of the built-in bank', ['What would help most?']));
    expect(clash).toMatchObject({ ok: 'clash', existing: { builtIn: true } });
    if (clash.ok !== 'clash') throw new Error('expected a clash');
    expect(await saveImportedBank(clash.bank, 'replace')).toMatchObject({ ok: true, replaced: false, bank: { id: `${BUILTIN_BANK.id}-copy` } });
  });
});
