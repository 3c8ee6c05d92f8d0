import { launchBrowser, type LaunchedBrowser } from './browser.mjs';

/**
 * One Chromium for the whole browser suite: the e2e project runs its files in
 * one worker without isolation, so this module (and the browser) is shared.
 */
let launched: Promise<LaunchedBrowser> | undefined;
export function sharedBrowser(): Promise<LaunchedBrowser> {
  launched ??= launchBrowser();
  return launched;
}

process.once('exit', () => {
  void launched?.then((b) => b.close());
});
