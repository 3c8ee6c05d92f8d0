import { readPanelKey } from '@/lib/model/messages';

/**
 * The key our content script gave this panel iframe in its URL fragment; the
 * background answers for the tab only with it. Undefined in the extension's
 * own top-level pages (popup, options, the panel window), which need none.
 */
export const PANEL_KEY: string | undefined = typeof location === 'undefined' ? undefined : readPanelKey(location.hash);
