// `npm run screenshots`: headless PNGs of the panel on a demo deal, the panel
// alone at 360 px, the popup and the options page, for the README.
// Deterministic: a fixed clock, time zone and language, and counted ids and
// "random" numbers in every page and in the service worker, so a second run
// rewrites the same bytes (git status stays clean).
import path from 'node:path';
import { launchBrowser, ROOT } from './browser.mjs';
import { dockPanelFrame, dockPart } from './dock.mjs';

const OUT = path.join(ROOT, 'tests/e2e/screenshots');
const SF = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
/** Monday 23 November 2026, 09:30 in UTC: the date every screenshot shows. */
const FIXED_TIME = Date.UTC(2026, 10, 23, 9, 30);
process.env.TZ = 'UTC';

/**
 * Runs in the service worker and, as an init script, in every page and frame:
 * the same sequence of ids and random numbers on every run. Ids differ per
 * context (a prefix from the context's name) so two pages never make the same one.
 */
function makeRepeatable({ time, context }) {
  if (time !== undefined) {
    const Real = Date;
    globalThis.Date = class extends Real {
      constructor(...args) {
        if (args.length === 0) super(time);
        else super(...args);
      }
      static now() {
        return time;
      }
    };
  }
  let hash = 0;
  for (const c of context + (globalThis.location?.href ?? '')) hash = (hash * 31 + c.charCodeAt(0)) >>> 0;
  let n = 0;
  crypto.randomUUID = () => `${hash.toString(16).padStart(8, '0')}-0000-4000-8000-${(++n).toString(16).padStart(12, '0')}`;
  let seed = hash || 1;
  Math.random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
}

const b = await launchBrowser({ args: ['--lang=en-US'] });
try {
  // Pages and their frames (the panel iframe too): Playwright's clock, fixed but with timers running.
  await b.context.clock.setFixedTime(FIXED_TIME);
  await b.context.addInitScript(makeRepeatable, { context: 'page' });
  const [worker] = b.context.serviceWorkers();
  await worker.evaluate(makeRepeatable, { time: FIXED_TIME, context: 'worker' });
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
