import type { Frame, Page } from 'playwright-core';
import { dockPanelFrame, dockPart } from './dock.mjs';

export const SF_A = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
export const SF_B = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000InitAAAQ/view';
export const SF_LIST = 'https://acme.lightning.force.com/lightning/o/Opportunity/list';
export const HUBSPOT = 'https://app.hubspot.com/contacts/2187654/record/0-3/14523698741';

/** The launcher and the panel iframe, inside the dock's closed shadow root (see dock.mjs). */
export const launcher = (page: Page) => dockPart(page, 'launcher');
export const panelIframe = (page: Page) => dockPart(page, 'panel');

export async function panelFrame(page: Page): Promise<Frame> {
  await panelIframe(page).waitFor();
  return dockPanelFrame(page);
}

/**
 * Sets the panel open or closed whether or not it was left that way. The
 * remembered state arrives from the background shortly after the launcher
 * shows, so a click can cross it: check again after each click.
 */
async function setPanel(page: Page, open: boolean): Promise<void> {
  await launcher(page).waitFor();
  const want = String(open);
  for (let i = 0; i < 5; i++) {
    if ((await launcher(page).getAttribute('aria-expanded')) === want) {
      // Settled: still so a moment later (a remembered state may have been on its way).
      await page.waitForTimeout(150);
      if ((await launcher(page).getAttribute('aria-expanded')) === want) return;
      continue;
    }
    await launcher(page).click();
  }
  throw new Error(`The panel did not stay ${open ? 'open' : 'closed'}`);
}

/** Opens the panel whether or not it was left open (the choice is remembered). */
export async function openPanel(page: Page): Promise<Frame> {
  await setPanel(page, true);
  return panelFrame(page);
}

export async function closePanel(page: Page): Promise<void> {
  await setPanel(page, false);
}

export const dealHeading = (panel: Frame) => panel.getByRole('heading', { level: 1 });
