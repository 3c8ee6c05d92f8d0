// `npm start`: Chromium with the built extension on the bundled demo CRM pages,
// offline. Headed when there is a display; headless (and says so) when not.
import { DEMO_INDEX, launchBrowser } from './browser.mjs';

const SF_DEMO = 'https://acme.lightning.force.com/lightning/r/Opportunity/0065g00000GlbxAAAH/view';
const headless = process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;

const b = await launchBrowser({ headless, viewport: null, args: headless ? [] : ['--start-maximized'] });
const index = await b.context.newPage();
await index.goto(DEMO_INDEX);
const deal = await b.context.newPage();
await deal.goto(SF_DEMO);

console.log(`
Sideline is running in Chromium with the demo CRM pages (served offline from tests/fixtures).
  • Demo index: ${DEMO_INDEX}
  • A Salesforce deal: ${SF_DEMO}
Press the "Sideline" tab at the right edge of a deal page (or Alt+Shift+S) to open the coaching panel.
The toolbar puzzle icon holds the popup (today's agenda); right-click it for Options.`);
if (headless) {
  console.log(`
No display was found, so Chromium runs headless: nothing will appear on screen.
Run "npm run screenshots" to see the panel, popup and options as PNGs in tests/e2e/screenshots/.
Press Ctrl+C to stop.`);
} else {
  console.log('Close the browser window or press Ctrl+C to stop.');
}

const stop = async () => {
  await b.close();
  process.exit(0);
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
b.context.on('close', () => process.exit(0));
