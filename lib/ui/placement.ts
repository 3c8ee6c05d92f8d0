/**
 * Where the panel sits on a CRM page. `overlay`: over the page's right edge
 * (the default). `push`: the page is moved aside by the panel's width, so the
 * CRM's fields stay visible beside it. `side`: the browser's own side panel
 * (Chrome's `sidePanel`, Firefox's sidebar) shows the panel page for the
 * active tab, and nothing is put into the CRM page but the launcher (Chrome).
 * Kept in extension storage (not the database): the background hands it to
 * the content script with the remembered open state, so CRM pages never
 * touch storage themselves.
 */
export const PANEL_PLACEMENTS = ['overlay', 'push', 'side'] as const;
export type PanelPlacement = (typeof PANEL_PLACEMENTS)[number];
export const PANEL_PLACEMENT_KEY = 'ui:panelPlacement';

/** A stored value, checked: anything unknown is the default. */
export function parsePlacement(raw: unknown): PanelPlacement {
  return (PANEL_PLACEMENTS as readonly unknown[]).includes(raw) ? (raw as PanelPlacement) : 'overlay';
}

/** The panel page in the browser's side panel (Chrome) or sidebar (Firefox): its own page, never web-accessible. */
export const SIDE_PANEL_PATH = '/sidepanel.html';
