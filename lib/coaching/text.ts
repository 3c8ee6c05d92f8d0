/**
 * The coach's own strings, looked up in its catalog file only: the coach's
 * bundle (code and weights, ≤ 150 KB gzipped) must not carry every screen's
 * strings. Same rules as `t()` from lib/i18n (plural forms by
 * Intl.PluralRules, numbers written the locale's way), with the formatters
 * kept: the planner fills several counts per plan and its budget is 0.5 ms,
 * and `Number#toLocaleString(tag)` builds a new formatter on every call.
 */
import coach from '../i18n/messages/coach';
import { getLocale, localeTag } from '../i18n/translate';
import type { Locale, Vars } from '../i18n/types';

export type CoachKey = keyof typeof coach;

const plurals = new Map<string, Intl.PluralRules>();
const numbers = new Map<string, Intl.NumberFormat>();
function pluralRules(tag: string): Intl.PluralRules {
  let r = plurals.get(tag);
  if (!r) plurals.set(tag, (r = new Intl.PluralRules(tag)));
  return r;
}
function numberFormat(tag: string): Intl.NumberFormat {
  let f = numbers.get(tag);
  if (!f) numbers.set(tag, (f = new Intl.NumberFormat(tag)));
  return f;
}

/** A coach string in the manager's language (the page's, set before it renders), or in the one passed in. */
export function tc(key: CoachKey, vars?: Vars, locale: Locale = getLocale()): string {
  // The page's regional tag (fr-CA stays fr-CA) when the language is the page's.
  const tag = locale === getLocale() ? localeTag() : locale;
  const entry = coach[key][locale];
  const text = typeof entry === 'string' ? entry : pluralRules(tag).select(Number(vars?.count ?? 0)) === 'one' ? entry.one : entry.other;
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    return v === undefined ? whole : typeof v === 'number' ? numberFormat(tag).format(v) : v;
  });
}

