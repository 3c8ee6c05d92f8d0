import type { Catalog, Locale, Text, Vars } from './types';

/**
 * The active language for this page, and the lookup every string goes through.
 *
 * Pages look strings up in the bundled catalog rather than with
 * `browser.i18n.getMessage`, because the browser's i18n always answers in the
 * browser's language and the manager can choose another in Options. The same
 * catalog is written to `_locales/<lang>/messages.json` at build time
 * (lib/i18n/locales-json.ts) for the manifest and the stores.
 */

let active: Locale = 'en';
let tag = 'en-US';

/** Default region per language when the browser's own tag is in another language. */
const DEFAULT_TAG: Record<Locale, string> = { en: 'en-US', fr: 'fr-FR' };

/**
 * Sets the language; `browserTag` (e.g. "fr-CA") keeps the manager's regional
 * formats for dates and amounts when it is in the same language.
 */
export function setLocale(locale: Locale, browserTag?: string): void {
  active = locale;
  tag = browserTag && browserTag.toLowerCase().split('-')[0] === locale ? browserTag : DEFAULT_TAG[locale];
}

export function getLocale(): Locale {
  return active;
}

/** The BCP 47 tag dates, numbers and durations are formatted with. */
export function localeTag(): string {
  return tag;
}

const pluralRules = new Map<string, Intl.PluralRules>();
function pluralOf(n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(tag);
  if (!rules) pluralRules.set(tag, (rules = new Intl.PluralRules(tag)));
  return rules.select(n);
}

function pick(text: Text, vars: Vars | undefined): string {
  if (typeof text === 'string') return text;
  const count = Number(vars?.count ?? 0);
  return pluralOf(count) === 'one' ? text.one : text.other;
}

const numberFormats = new Map<string, Intl.NumberFormat>();
function formatNumber(n: number): string {
  // One formatter per locale: toLocaleString would build a new one on every call.
  let f = numberFormats.get(tag);
  if (!f) numberFormats.set(tag, (f = new Intl.NumberFormat(tag)));
  return f.format(n);
}

/** Fills `{name}` placeholders; numbers are written the locale's way (1 234 in French). */
export function fill(message: string, vars: Vars | undefined): string {
  if (!vars) return message;
  return message.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const v = vars[name];
    if (v === undefined) return whole;
    return typeof v === 'number' ? formatNumber(v) : v;
  });
}

export function translate<C extends Catalog>(catalog: C, key: keyof C & string, vars?: Vars): string {
  const entry = catalog[key];
  // A key missing at run time can only come from data (tests check every key
  // used in code exists); showing the key beats showing nothing.
  if (!entry) return key;
  return fill(pick(entry[active], vars), vars);
}
