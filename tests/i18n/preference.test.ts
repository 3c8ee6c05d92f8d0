import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { t, getLocale, setLocale, localeTag } from '@/lib/i18n';
import { LANGUAGE_KEY, applyLanguage, parseLanguageChoice, resolveLocale, saveLanguageChoice, watchLanguage } from '@/lib/i18n/preference';
import { formatDate, formatDuration } from '@/lib/session/format';
import { formatAmount, relativeDay } from '@/components/format';

describe('the manager’s language', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    setLocale('en');
  });

  it('follows the browser: French browsers (fr, fr-CA) get French, every other language English', () => {
    expect(resolveLocale('auto', 'fr-CA')).toBe('fr');
    expect(resolveLocale('auto', 'fr')).toBe('fr');
    expect(resolveLocale('auto', 'de-DE')).toBe('en');
    expect(resolveLocale('auto', 'en-GB')).toBe('en');
  });

  it('lets the Options override win over the browser', () => {
    expect(resolveLocale('en', 'fr-FR')).toBe('en');
    expect(resolveLocale('fr', 'en-US')).toBe('fr');
  });

  it('treats a stored value it does not know as the default', () => {
    expect(parseLanguageChoice('de')).toBe('auto');
    expect(parseLanguageChoice(42)).toBe('auto');
    expect(parseLanguageChoice('fr')).toBe('fr');
  });

  it('applies a saved override before the first paint, and tells open pages when it changes', async () => {
    await saveLanguageChoice('fr');
    expect(await applyLanguage()).toBe('fr');
    expect(t('format.today')).toBe('aujourd’hui');
    const seen: string[] = [];
    const stop = new AbortController();
    watchLanguage((l) => seen.push(l), stop.signal);
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'en' });
    expect(seen).toEqual(['en']);
    expect(getLocale()).toBe('en');
    expect(t('format.today')).toBe('today');
    stop.abort();
    await fakeBrowser.storage.local.set({ [LANGUAGE_KEY]: 'fr' });
    expect(seen).toEqual(['en']);
  });

  it('writes dates, amounts, durations and plurals the French way in French', () => {
    setLocale('fr', 'fr-CA');
    expect(localeTag()).toBe('fr-CA');
    expect(formatDate('2026-11-30')).toMatch(/30 nov\.? 2026/);
    expect(formatAmount(12500, 'EUR').replace(/\s/g, ' ')).toBe('12 500 €');
    expect(formatDuration(3900)).toBe('1 h 5 min');
    expect(relativeDay('2026-11-28', '2026-11-30')).toBe('il y a 2 jours');
    expect(relativeDay('2026-12-01', '2026-11-30')).toBe('demain');
    setLocale('en', 'fr-CA');
    expect(localeTag()).toBe('en-US');
    expect(formatDate('2026-11-30')).toBe('Nov 30, 2026');
    expect(relativeDay('2026-11-29', '2026-11-30')).toBe('yesterday');
    expect(relativeDay('2026-11-25', '2026-11-30')).toBe('5 days ago');
  });
});
