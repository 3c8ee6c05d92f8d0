/**
 * Settings are validated field by field (Dark Reader's lesson): one bad field
 * falls back to its default instead of wiping the others.
 *
 * Plain checks (lib/model: the popup reads settings on every open). The zod
 * schemas the options form uses (SettingsFields in records.ts) are built from
 * these same ranges, so there is one definition.
 */
export const SETTINGS_DEFAULTS = {
  stageQuestionCount: 4,
  defaultTimeBoxMin: 15,
  quickSessionMin: 5,
  reminderDays: 2,
  /** The coaching time the manager aims to spend each week. */
  weeklyGoalMin: 120,
  /** Hour of the morning reminder notification (local time); 0 = off. */
  morningReminderHour: 0,
} as const;
export type Settings = { -readonly [K in keyof typeof SETTINGS_DEFAULTS]: number };

/** Each setting is a whole number in [min, max]. */
export const SETTINGS_RANGES: { readonly [K in keyof Settings]: readonly [min: number, max: number] } = {
  stageQuestionCount: [3, 5],
  defaultTimeBoxMin: [5, 120],
  quickSessionMin: [3, 15],
  reminderDays: [0, 14],
  weeklyGoalMin: [15, 1200],
  morningReminderHour: [0, 11],
};

export function isValidSetting(key: keyof Settings, value: unknown): value is number {
  const [min, max] = SETTINGS_RANGES[key];
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

export function parseSettings(raw: unknown): Settings {
  const input = (raw && typeof raw === 'object' ? raw : {}) as Record<string, unknown>;
  const out = { ...SETTINGS_DEFAULTS } as Settings;
  for (const key of Object.keys(SETTINGS_RANGES) as Array<keyof Settings>) {
    const v = input[key];
    if (isValidSetting(key, v)) out[key] = v;
  }
  return out;
}
