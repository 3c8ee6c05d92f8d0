import { afterEach, describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { runDbCall } from '../../lib/db/api';
import { setLocale } from '../../lib/i18n';
import { saveSettings } from '../../lib/db/settings';
import type { Rep } from '../../lib/schema/records';

/**
 * A write the database refuses is explained to a French manager in French
 * (the background speaks the page's language), naming the field and the
 * limit; English keeps its wording (tests/db/valid-writes.test.ts).
 */
useFreshDb();
afterEach(() => setLocale('en'));

async function refusal(fn: string, ...args: unknown[]): Promise<string> {
  const r = await runDbCall(fn, args);
  if (r.ok) throw new Error(`${fn} was accepted`);
  return r.error;
}

describe('refused writes in French', () => {
  it('names the record, the field and the limit, and changes nothing', async () => {
    const created = await runDbCall('createRep', [{ name: 'Dana Reyes', tier: 'middle', trust: 'bronze' }]);
    const rep = (created.ok ? created.value : undefined) as Rep;
    setLocale('fr');
    expect(await refusal('updateRep', rep.id, { name: 'n'.repeat(121) })).toBe(
      'Le commercial n’a pas été enregistré : le champ « nom » est trop long (au plus 120 caractères, celui-ci en a 121)',
    );
    expect(await refusal('updateRep', rep.id, { name: '   ' })).toBe('Le commercial n’a pas été enregistré : le champ « nom » est vide');
    expect((await getDb().reps.get(rep.id))?.name).toBe('Dana Reyes');
  });

  it('explains a custom site with no field to find, and a setting out of range', async () => {
    setLocale('fr');
    const site = await runDbCall('saveCustomSite', [{ name: 'Mon CRM', urlPattern: 'https://crm.example/deals/*', fields: {} }]);
    expect(site).toMatchObject({ ok: true, value: { ok: false, errors: ['Indiquez comment trouver au moins un champ (un sélecteur CSS ou le libellé affiché à côté).'] } });
    const unnamed = await runDbCall('saveCustomSite', [{ name: '', urlPattern: 'https://crm.example/deals/*', fields: { name: { selector: 'h1' } } }]);
    expect(unnamed).toMatchObject({ ok: true, value: { ok: false, errors: ['Le champ « nom » est vide'] } });
    expect(await getDb().customSites.count()).toBe(0);
    await expect(saveSettings({ defaultTimeBoxMin: 500 })).rejects.toThrow(
      'Les réglages n’ont pas été enregistrés : defaultTimeBoxMin doit être un nombre entier de 5 à 120',
    );
  });
});
