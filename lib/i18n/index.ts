import { MESSAGES, type MessageKey } from './catalog';
import { translate } from './translate';
import type { Vars } from './types';

/**
 * `t('area.key', vars)`: every string an extension page shows. Keys are
 * literal (no `t(\`stage.${x}\`)`), so tests/i18n/catalog.test.ts can find
 * unused ones; map a value to its key with a typed record instead.
 */
export function t(key: MessageKey, vars?: Vars): string {
  return translate(MESSAGES, key, vars);
}

export type { MessageKey } from './catalog';
export { getLocale, localeTag, setLocale } from './translate';
export type { Locale, Vars } from './types';
