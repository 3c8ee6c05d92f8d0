import { browser } from 'wxt/browser';
import { LOCALES, type Locale } from './types';
import { setLocale } from './translate';

/**
 * The manager's language choice: the browser's language (the default) or an
 * override from Options. Kept in `storage.local` (not the coaching database):
 * it is a display preference every context can read before its first paint,
 * the content script included.
 */
export const LANGUAGE_KEY = 'sideline:language';
export const LANGUAGE_CHOICES = ['auto', ...LOCALES] as const;
export type LanguageChoice = (typeof LANGUAGE_CHOICES)[number];

/** A stored value that is not a known choice falls back to the default (Dark Reader's rule). */
export function parseLanguageChoice(value: unknown): LanguageChoice {
  return (LANGUAGE_CHOICES as readonly unknown[]).includes(value) ? (value as LanguageChoice) : 'auto';
}

/** The browser's own language tag, e.g. "fr-CA". */
export function browserLanguage(): string {
  try {
    return browser.i18n?.getUILanguage?.() || globalThis.navigator?.language || 'en';
  } catch {
    return globalThis.navigator?.language || 'en';
  }
}

/** French browsers get French; every other language gets English. */
export function resolveLocale(choice: LanguageChoice, uiLanguage: string): Locale {
  if (choice !== 'auto') return choice;
  const lang = uiLanguage.toLowerCase().split(/[-_]/)[0] ?? '';
  return (LOCALES as readonly string[]).includes(lang) ? (lang as Locale) : 'en';
}

export async function loadLanguageChoice(): Promise<LanguageChoice> {
  try {
    const stored = await browser.storage.local.get(LANGUAGE_KEY);
    return parseLanguageChoice(stored[LANGUAGE_KEY]);
  } catch {
    return 'auto';
  }
}

export async function saveLanguageChoice(choice: LanguageChoice): Promise<void> {
  await browser.storage.local.set({ [LANGUAGE_KEY]: parseLanguageChoice(choice) });
}

/** Reads the choice and makes it this page's language. Call before the first render. */
export async function applyLanguage(): Promise<Locale> {
  const uiLanguage = browserLanguage();
  const locale = resolveLocale(await loadLanguageChoice(), uiLanguage);
  setLocale(locale, uiLanguage);
  return locale;
}

/** Calls `onChange` with the new language whenever the choice changes, until `signal` aborts. */
export function watchLanguage(onChange: (locale: Locale) => void, signal?: AbortSignal): void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local' || !(LANGUAGE_KEY in changes)) return;
    const uiLanguage = browserLanguage();
    const locale = resolveLocale(parseLanguageChoice(changes[LANGUAGE_KEY].newValue), uiLanguage);
    setLocale(locale, uiLanguage);
    onChange(locale);
  };
  browser.storage.onChanged.addListener(listener);
  signal?.addEventListener('abort', () => browser.storage.onChanged.removeListener(listener), { once: true });
}
