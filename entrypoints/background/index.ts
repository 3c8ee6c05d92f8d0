import { createRouter } from './router';
import { setupPanelKeys } from './panel-keys';
import { setupTabDeals } from './tab-deals';
import { setupCustomSites } from './custom-sites';
import { setupCommands } from './commands';
import { setupDatabase } from './database';

/**
 * The service worker can be stopped at any moment, so it keeps nothing that
 * matters in memory, and every listener is registered synchronously here.
 * One concern per module; the router checks every message's shape and sender.
 */
export default defineBackground(() => {
  const router = createRouter();
  setupDatabase(router);
  setupPanelKeys(router);
  setupTabDeals(router);
  setupCustomSites(router);
  setupCommands();
  browser.runtime.onMessage.addListener(router.listener);
});
