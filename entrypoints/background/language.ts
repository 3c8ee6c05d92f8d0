import { browser } from 'wxt/browser';
import { applyLanguage, watchLanguage } from '@/lib/i18n/preference';
import { updateBadge } from '@/lib/review/badge';

/**
 * What the background shows (the toolbar tooltip, the morning reminder) is in
 * the manager's language: read at start-up, and followed when Options changes
 * it, so the tooltip changes at once rather than at the next follow-up.
 */
export function setupLanguage(): void {
  void applyLanguage().catch(warn);
  watchLanguage(() => void updateBadge(browser).catch(warn));
}

function warn(e: unknown): void {
  console.warn('Sideline: language', e);
}
