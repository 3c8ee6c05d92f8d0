// Settings are plain (lib/model/settings.ts); the zod form fields are SettingsFields in records.ts.
export * from '../model/settings';
