// `npm run screenshots`: headless PNGs of the panel on a demo deal, the panel
// alone at 360 px, the popup and the options page, for the README.
import path from 'node:path';
import { launchBrowser, ROOT } from './browser.mjs';
import { dockPanelFrame, dockPart } from './dock.mjs';

const OUT = path.join(ROOT, 'tests/e2e/screenshots');
const SF = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
const b = await launchBrowser();
try {
  const page = await b.context.newPage();
  await page.goto(SF);
  await dockPart(page, 'launcher').click();
  const frame = await dockPanelFrame(page);
  await frame.getByRole('heading', { level: 1 }).waitFor();
  // A rep and a started session make the picture worth a look.
  if (await frame.getByRole('button', { name: 'Add rep' }).count()) {
    await frame.getByRole('button', { name: 'Add rep' }).click();
  }
  await frame.getByRole('button', { name: 'Start session' }).click();
  await frame.getByTestId('question-plan').waitFor();
  await frame.getByRole('textbox', { name: 'Notes' }).fill('Dana feels good about the champion. You need to call procurement today.');
  await page.waitForTimeout(600);
  await frame.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(OUT, 'panel-salesforce.png') });

  const alone = await b.context.newPage();
  await alone.setViewportSize({ width: 360, height: 900 });
  await alone.goto(b.extensionUrl('popup.html'));
  await alone.locator('h1').waitFor();
  await alone.screenshot({ path: path.join(OUT, 'popup.png') });

  await alone.setViewportSize({ width: 1000, height: 900 });
  await alone.goto(b.extensionUrl('options.html'));
  await alone.locator('h1').first().waitFor();
  await alone.waitForTimeout(300);
  await alone.screenshot({ path: path.join(OUT, 'options.png') });

  await page.setViewportSize({ width: 360, height: 800 });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, 'panel-360.png') });

  // The same panel when the system asks for dark colours.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.waitForTimeout(300);
  await page.screenshot({ path: path.join(OUT, 'panel-360-dark.png') });
  console.log(`Screenshots written to ${path.relative(process.cwd(), OUT)}/`);
} finally {
  await b.close();
}
