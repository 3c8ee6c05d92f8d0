import { getDb } from './database';
import { parseSettings, type Settings } from '../schema/settings';

export async function getSettings(): Promise<Settings> {
  return parseSettings(await getDb().settings.get('settings'));
}

export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const next = parseSettings({ ...parseSettings(await db.settings.get('settings')), ...patch });
    await db.settings.put({ id: 'settings', ...next });
    return next;
  });
}
