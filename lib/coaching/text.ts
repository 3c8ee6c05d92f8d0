/**
 * The coach's own strings, looked up in its catalog file only: the coach's
 * bundle (code and weights, ≤ 150 KB gzipped) must not carry every screen's
 * strings. Same lookup and same active language as `t()` from lib/i18n.
 */
import coach from '../i18n/messages/coach';
import { getLocale, translate } from '../i18n/translate';
import type { Locale, Vars } from '../i18n/types';

export type CoachKey = keyof typeof coach;

/** The manager's language (set by the page before it renders), or the one passed in. */
export function tc(key: CoachKey, vars?: Vars, locale: Locale = getLocale()): string {
  if (locale === getLocale()) return translate(coach, key, vars);
  const entry = coach[key][locale];
  const text = typeof entry === 'string' ? entry : new Intl.PluralRules(locale).select(Number(vars?.count ?? 0)) === 'one' ? entry.one : entry.other;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars?.[name];
    return v === undefined ? whole : typeof v === 'number' ? v.toLocaleString(locale) : v;
  });
}
