/**
 * Where the panel sits on a CRM page. `overlay`: over the page's right edge
 * (the default). `push`: the page is moved aside by the panel's width, so the
 * CRM's fields stay visible beside it. Kept in extension storage (not the
 * database): the background hands it to the content script with the
 * remembered open state, so CRM pages never touch storage themselves.
 */
export const PANEL_PLACEMENTS = ['overlay', 'push'] as const;
export type PanelPlacement = (typeof PANEL_PLACEMENTS)[number];
export const PANEL_PLACEMENT_KEY = 'ui:panelPlacement';

/** A stored value, checked: anything unknown is the default. */
export function parsePlacement(raw: unknown): PanelPlacement {
  return (PANEL_PLACEMENTS as readonly unknown[]).includes(raw) ? (raw as PanelPlacement) : 'overlay';
}
