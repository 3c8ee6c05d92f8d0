import content from './messages/content';
import { translate } from './translate';
import type { Vars } from './types';

/**
 * The content script's strings only: importing the whole catalog would put
 * every page's text in a script that loads on every CRM page (≤ 12 KB budget).
 */
export function tContent(key: keyof typeof content, vars?: Vars): string {
  return translate(content, key, vars);
}
