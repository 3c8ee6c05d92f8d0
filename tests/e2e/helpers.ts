import type { Frame, Page } from 'playwright-core';

export const SF_A = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
export const SF_B = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000InitAAAQ/view';
export const SF_LIST = 'https://acme.lightning.force.com/lightning/o/Opportunity/list';
export const HUBSPOT = 'https://app.hubspot.com/contacts/2187654/record/0-3/14523698741';

export const launcher = (page: Page) => page.locator('[data-sideline="launcher"]');

export async function panelFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('iframe[data-sideline="panel"]', { state: 'attached' });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('panel iframe has no frame');
  return frame;
}

/** Opens the panel whether or not it was left open (the choice is remembered). */
export async function openPanel(page: Page): Promise<Frame> {
  await launcher(page).waitFor();
  if ((await launcher(page).getAttribute('aria-expanded')) !== 'true') await launcher(page).click();
  return panelFrame(page);
}

export async function closePanel(page: Page): Promise<void> {
  if ((await launcher(page).getAttribute('aria-expanded')) === 'true') await launcher(page).click();
}

export const dealHeading = (panel: Frame) => panel.getByRole('heading', { level: 1 });
