import type { Frame, Page } from 'playwright-core';
export interface DockPart {
  count(): Promise<number>;
  waitFor(opts?: { state?: 'attached' | 'detached'; timeout?: number }): Promise<void>;
  getAttribute(name: string): Promise<string | null>;
  isVisible(): Promise<boolean>;
  click(): Promise<void>;
  focus(): Promise<void>;
}
export function dockPart(page: Page, part: 'launcher' | 'panel'): DockPart;
export function dockPanelFrame(page: Page, timeout?: number): Promise<Frame>;
