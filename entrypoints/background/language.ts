import { browser } from 'wxt/browser';
import { applyLanguage, watchLanguage } from '@/lib/i18n/preference';
import { updateBadge } from '@/lib/review/badge';

/**
 * What the background shows (the toolbar tooltip, the morning reminder) and
 * the text it builds for pages (the agenda's focus line) are in the manager's
 * language: read at start-up, and followed when Options changes it, so the
 * tooltip changes at once rather than at the next follow-up.
 */
let ready: Promise<unknown> = Promise.resolve();

export function setupLanguage(): void {
  ready = applyLanguage().catch(warn);
  watchLanguage(() => void updateBadge(browser).catch(warn));
}

/** Settles once the language is read: a page's call that wakes the service worker is answered in the right language. */
export const languageRead = (): Promise<unknown> => ready;

function warn(e: unknown): void {
  console.warn('Sideline: language', e);
}
