import type { BrowserContext, Page } from 'playwright-core';
export const ROOT: string;
export const FIXTURES: string;
export const EXTENSION: string;
export const DEMO_INDEX: string;
export function fixtureRoutes(): Map<string, string>;
export function installRoutes(context: BrowserContext): Promise<Map<string, string>>;
export function chromiumPath(): string;
export interface LaunchedBrowser {
  context: BrowserContext;
  extensionId: string;
  extensionUrl(path: string): string;
  close(): Promise<void>;
}
export function launchBrowser(opts?: {
  headless?: boolean;
  extensionPath?: string;
  args?: string[];
  viewport?: { width: number; height: number } | null;
}): Promise<LaunchedBrowser>;
export function collectErrors(page: Page): string[];
