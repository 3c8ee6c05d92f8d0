import type { Catalog } from './types';
import background from './messages/background';
import coach from './messages/coach';
import common from './messages/common';
import content from './messages/content';
import format from './messages/format';
import manifest from './messages/manifest';
import options from './messages/options';
import panel from './messages/panel';
import popup from './messages/popup';
import review from './messages/review';
import session from './messages/session';

/** Every area's strings; tests check no key is defined twice. */
export const AREAS = { background, coach, common, content, format, manifest, options, panel, popup, review, session } satisfies Record<string, Catalog>;

export const MESSAGES = {
  ...background,
  ...coach,
  ...common,
  ...content,
  ...format,
  ...manifest,
  ...options,
  ...panel,
  ...popup,
  ...review,
  ...session,
} satisfies Catalog;

export type MessageKey = keyof typeof MESSAGES;
