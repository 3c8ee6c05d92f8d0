import { browser } from 'wxt/browser';
import { openSidePanelOnCommand } from './side-panel';

/** The keyboard command (Alt+Shift+S) toggles the panel in the active tab. */
export function setupCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== 'toggle-panel' || tab?.id === undefined) return;
    const tabId = tab.id;
    const toggleDock = () =>
      void browser.tabs.sendMessage(tabId, { type: 'panel:set-open', open: 'toggle' }).catch(() => {
        // Not a CRM deal tab: nothing to toggle.
      });
    // Placement "side": the browser's side panel instead (synchronously, within the key press).
    if (!openSidePanelOnCommand(tabId, toggleDock, tab.windowId)) toggleDock();
  });
}
