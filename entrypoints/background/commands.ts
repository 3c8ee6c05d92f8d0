import { browser } from 'wxt/browser';

/** The keyboard command (Alt+Shift+S) toggles the panel in the active tab. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    browser.tabs.sendMessage(tab.id, { type: 'panel:set-open', open: 'toggle' }).catch(() => {
      // Not a CRM deal tab: nothing to toggle.
    });
  });
}
