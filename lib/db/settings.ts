import { getDb } from './database';
import { checked } from './valid';
import { SettingsRecordSchema } from '../schema/records';
import { SETTINGS_RANGES, isValidSetting, parseSettings, type Settings } from '../schema/settings';
import { t } from '../i18n';

export async function getSettings(): Promise<Settings> {
  return parseSettings(await getDb().settings.get('settings'));
}

/** Saves some settings; a value out of its range is refused, with the range, and nothing is saved. */
export async function saveSettings(patch: Partial<Settings>): Promise<Settings> {
  for (const [key, value] of Object.entries(patch) as Array<[keyof Settings, unknown]>) {
    if (!(key in SETTINGS_RANGES)) throw new Error(t('common.refused.noSetting', { key }));
    if (!isValidSetting(key, value)) {
      const [min, max] = SETTINGS_RANGES[key];
      throw new Error(t('common.refused.settingRange', { key, min: String(min), max: String(max) }));
    }
  }
  const db = getDb();
  return db.transaction('rw', db.settings, async () => {
    const next = parseSettings({ ...parseSettings(await db.settings.get('settings')), ...patch });
    await db.settings.put(checked(SettingsRecordSchema, { id: 'settings', ...next }, 'Settings'));
    return next;
  });
}
