import { browser } from 'wxt/browser';
import { createRouter } from './router';
import { setupPanelKeys } from './panel-keys';
import { setupTabDeals } from './tab-deals';
import { setupCustomSites } from './custom-sites';
import { setupCommands } from './commands';
import { setupDatabase } from './database';
import { setupJournal } from './journal';
import { setupBadge } from './badge';
import { setupSidePanel } from './side-panel';
import { setupLanguage } from './language';

/**
 * The whole background, one concern per module; the router checks every
 * message's shape and sender. Listeners are registered synchronously (the
 * service worker may be woken by any of them).
 */
export function setupBackground(): void {
  const router = createRouter();
  setupDatabase(router);
  setupPanelKeys(router);
  setupTabDeals(router);
  setupCustomSites(router);
  setupCommands();
  setupJournal(router);
  setupBadge();
  setupSidePanel();
  setupLanguage();
  browser.runtime.onMessage.addListener(router.listener);
}
