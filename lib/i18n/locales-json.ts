import type { Catalog, Locale } from './types';

/**
 * `_locales/<lang>/messages.json` in the browser's format, made from the
 * catalog at build time (wxt.config.ts): the manifest's `__MSG_…__` strings and
 * the stores read it. Message names allow only [A-Za-z0-9_@], so `area.key`
 * becomes `area_key`; `{name}` becomes a `$NAME$` placeholder; a plural entry
 * becomes `key_one` and `key_other`.
 */
export type ChromeMessage = { message: string; placeholders?: Record<string, { content: string; example?: string }> };

export const messageName = (key: string): string => key.replace(/\./g, '_');

function toChrome(text: string): ChromeMessage {
  const names: string[] = [];
  const message = text.replace(/\$/g, '$$$$').replace(/\{(\w+)\}/g, (_, name: string) => {
    if (!names.includes(name)) names.push(name);
    return `$${name.toUpperCase()}$`;
  });
  if (names.length === 0) return { message };
  return { message, placeholders: Object.fromEntries(names.map((n, i) => [n, { content: `$${i + 1}` }])) };
}

export function localesJson(catalog: Catalog, locale: Locale): Record<string, ChromeMessage> {
  const out: Record<string, ChromeMessage> = {};
  for (const key of Object.keys(catalog).sort()) {
    const text = catalog[key]![locale];
    if (typeof text === 'string') out[messageName(key)] = toChrome(text);
    else {
      out[`${messageName(key)}_one`] = toChrome(text.one);
      out[`${messageName(key)}_other`] = toChrome(text.other);
    }
  }
  return out;
}
