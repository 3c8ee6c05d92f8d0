import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { runDbCall } from '../../lib/db/api';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { chosenTier } from '../../lib/model/rep-tier';
import type { Rep } from '../../lib/schema/records';

useFreshDb();

/** The way the panel, popup and Options call: by name, arguments parsed, through runDbCall. */
async function call<T>(fn: string, ...args: unknown[]): Promise<T> {
  const r = await runDbCall(fn, args);
  if (!r.ok) throw new Error(r.error);
  return r.value as T;
}

const rep = (id: string) => getDb().reps.get(id) as Promise<Rep>;

describe('a rep’s tier is either the manager’s choice or flagged as not set', () => {
  it('a rep made from a CRM owner name without a tier chosen is flagged; one chosen in the form is set', async () => {
    const fromOwner = await call<Rep>('createRep', { name: 'Noor Haddad', tier: null, trust: 'bronze' });
    expect(fromOwner.tierSetAt).toBeNull();
    expect(chosenTier(fromOwner)).toBeNull();
    const chosen = await call<Rep>('createRep', { name: 'Priya Shah', tier: 'bottom', trust: 'silver' });
    expect(chosen.tierSetAt).toBe(chosen.createdAt);
    expect(chosenTier(chosen)).toBe('bottom');
    // Both stored as the same records a backup restores.
    expect(await rep(fromOwner.id)).toEqual(fromOwner);
  });

  it('choosing a tier clears the flag, even the tier the rep held as a placeholder; other edits leave it alone', async () => {
    const r = await call<Rep>('createRep', { name: 'Noor Haddad', tier: null, trust: 'bronze' });
    await call('updateRep', r.id, { name: 'Noor H.', trust: 'silver' });
    expect(chosenTier(await rep(r.id))).toBeNull();
    await call('updateRep', r.id, { tier: r.tier });
    const set = await rep(r.id);
    expect(chosenTier(set)).toBe(r.tier);
    expect(set.tierSetAt).not.toBeNull();
    await call('updateRep', r.id, { tier: 'top' });
    expect(chosenTier(await rep(r.id))).toBe('top');
  });

  it('refuses a tier that is not one of top, middle, bottom or not set', async () => {
    const r = await runDbCall('createRep', [{ name: 'X', tier: 'star', trust: 'gold' }]);
    expect(r.ok).toBe(false);
    expect(await getDb().reps.count()).toBe(0);
  });
});

describe('backups keep whether the tier was chosen', () => {
  it('restores an unset rep as unset and a set one as set', async () => {
    const unset = await call<Rep>('createRep', { name: 'Noor Haddad', tier: null, trust: 'bronze' });
    const set = await call<Rep>('createRep', { name: 'Priya Shah', tier: 'middle', trust: 'silver' });
    const backup = JSON.parse(JSON.stringify(await exportBackup()));
    await getDb().reps.clear();
    expect(await restoreBackup(backup, { mode: 'replace' })).toMatchObject({ ok: true });
    expect(await rep(unset.id)).toEqual(unset);
    expect(await rep(set.id)).toEqual(set);
  });

  it('restores a backup made before reps recorded it by the same rule as the database upgrade', async () => {
    const T = '2026-01-01T00:00:00.000Z';
    const old = (id: string, tier: string, updatedAt = T) => ({ id, name: id, tier, trust: 'silver', lastCoachedAt: null, createdAt: T, updatedAt });
    const file = {
      format: 'sideline.backup',
      version: 2,
      exportedAt: T,
      tables: {
        reps: [old('default', 'middle'), old('bottom', 'bottom'), old('edited', 'middle', '2026-02-01T00:00:00.000Z')],
        repLinks: [], deals: [], sessions: [], commitments: [], stageMappings: [], questionBanks: [], questionStates: [], customSites: [], settings: [],
      },
    };
    expect(await restoreBackup(file)).toMatchObject({ ok: true, records: 3 });
    expect((await rep('default')).tierSetAt).toBeNull();
    expect((await rep('default')).tier).toBe('middle');
    expect((await rep('bottom')).tierSetAt).toBe(T);
    expect((await rep('edited')).tierSetAt).toBe('2026-02-01T00:00:00.000Z');
  });

  it('refuses a rep whose tierSetAt is not a date, naming the rep, and changes nothing', async () => {
    const file = {
      format: 'sideline.backup',
      version: 2,
      exportedAt: '2026-01-01T00:00:00.000Z',
      tables: {
        reps: [{ id: 'r1', name: 'Noor', tier: 'top', tierSetAt: 5, trust: 'silver', lastCoachedAt: null, createdAt: '2026-01-01T00:00:00.000Z', updatedAt: '2026-01-01T00:00:00.000Z' }],
        repLinks: [], deals: [], sessions: [], commitments: [], stageMappings: [], questionBanks: [], questionStates: [], customSites: [], settings: [],
      },
    };
    const r = await restoreBackup(file);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors.join(' ')).toMatch(/Rep 1 \(id “r1”\).*time the tier was set/);
    expect(await getDb().reps.count()).toBe(0);
  });
});
