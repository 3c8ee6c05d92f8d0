/**
 * Names every context agrees on: message types, storage keys and limits.
 * lib/messaging/protocol.ts builds the zod union of the messages on these;
 * the content script and the embedded panel use them without zod.
 */
export const MESSAGE_TYPES = [
  'deal:pending',
  'deal:detected',
  'deal:none',
  'panel:remember-open',
  'panel:register',
  'panel:get-deal',
  'panel:open-window',
  'panel:open-side',
  'panel:set-open',
  'custom:test',
  'page:report',
  'custom:config',
  'custom:sync',
  'db:call',
  'journal:drain',
  'db:changed',
] as const;
export type MessageType = (typeof MESSAGE_TYPES)[number];

/** Longest custom-site id a message may carry. */
export const SITE_ID_MAX = 100;

/**
 * The panel key: a random secret the content script puts in the fragment of
 * the panel iframe it creates and registers with the background. The panel
 * sends it with every message; a panel.html the page framed itself has none.
 */
export const PANEL_KEY_LENGTH = 32;
export const PANEL_KEY_PATTERN = /^[0-9a-f]{32}$/;

/** Session-storage key of the deal shown in a tab (the service worker keeps nothing in memory). */
export function tabDealKey(tabId: number): string {
  return `tab:${tabId}:deal`;
}
/** Session-storage key of the panel key the content script of a tab registered. */
export function tabPanelKey(tabId: number): string {
  return `tab:${tabId}:panel`;
}
export const PANEL_OPEN_KEY = 'ui:panelOpen';

/** The panel key from a panel page's URL fragment (`#k=<key>`), or undefined. */
export function readPanelKey(hash: string): string | undefined {
  const key = new URLSearchParams(hash.replace(/^#/, '')).get('k');
  return key && PANEL_KEY_PATTERN.test(key) ? key : undefined;
}
