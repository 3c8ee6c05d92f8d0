/**
 * The shape of Sideline's strings. Zod-free and tiny: every bundle, the
 * content script included, imports it.
 *
 * One entry holds both languages side by side, so a string cannot exist in
 * one language only (the type says so, and tests/i18n/catalog.test.ts checks
 * placeholders match). A plural entry gives the forms Intl.PluralRules picks.
 */
export const LOCALES = ['en', 'fr'] as const;
export type Locale = (typeof LOCALES)[number];

export type Plural = { one: string; other: string };
export type Text = string | Plural;
export type Entry = { en: Text; fr: Text };
export type Catalog = Record<string, Entry>;

/** Values put into `{name}` placeholders; numbers are formatted for the locale. */
export type Vars = Record<string, string | number>;
