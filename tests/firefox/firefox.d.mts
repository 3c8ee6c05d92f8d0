import type { Browser, Page } from 'puppeteer-core';
export const FIREFOX_EXTENSION: string;
export function firefoxPath(): string;
export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id Firefox installed the build under. */
  addonId: string;
  /** A new tab that serves the demo CRM pages from tests/fixtures. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}
export function launchFirefox(opts?: { extensionPath?: string }): Promise<LaunchedFirefox>;
