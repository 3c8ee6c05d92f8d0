/**
 * Stage names for the planner's reasons, read from the session screens'
 * catalog (lib/session/labels.ts shows the same names): its own module, so the
 * coach's bundle (lib/coaching/lint.ts) does not carry the session strings.
 */
import session from '../i18n/messages/session';
import { getLocale } from '../i18n/translate';
import type { Locale } from '../i18n/types';
import type { CanonicalStage } from '../model/stage';

/** The stage names' keys, the one list: the session screens (lib/session/labels.ts) show them too. */
export const STAGE_KEY = {
  prospecting: 'session.stage.prospecting',
  qualification: 'session.stage.qualification',
  discovery: 'session.stage.discovery',
  solution: 'session.stage.solution',
  proposal: 'session.stage.proposal',
  negotiation: 'session.stage.negotiation',
  closing: 'session.stage.closing',
  won: 'session.stage.won',
  lost: 'session.stage.lost',
} as const satisfies Record<CanonicalStage, keyof typeof session>;

/** A stage's name in a given language, for the planner's reasons (a plan may be made in a language other than the page's). */
export function stageName(stage: CanonicalStage, locale: Locale = getLocale()): string {
  return session[STAGE_KEY[stage]][locale];
}
