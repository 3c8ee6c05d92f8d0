import { afterEach, describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/setup';
import { loadCoachingReport } from '../../lib/db/report';
import { saveSettings } from '../../lib/db/settings';
import { setLocale } from '../../lib/i18n';
import { suggestedFocus } from '../../lib/review/focus';
import { tellLine, tierCallout } from '../../lib/review/summary';
import { deal, endedSession, put, rep } from './fixtures';

useFreshDb();
afterEach(() => setLocale('en'));

const m = { questionsAsked: 3, asks: 5, tells: 2, findings: {}, repOwned: 2, managerSuggested: 1, kept: 2, missed: 1, renegotiated: 0, open: 0 };

describe('a French-speaking manager’s coaching report and agenda lines', () => {
  it('writes the report for the leader in French, numbers the French way', async () => {
    await saveSettings({ weeklyGoalMin: 60 });
    await put({
      reps: [rep('r1', 'top', { name: 'Léa' })],
      deals: [deal('d1', 'r1', '2026-11-20T00:00:00.000Z')],
      sessions: [endedSession('s1', 'r1', '2026-11-24T10:00:00.000Z', 1800, { measures: m })],
    });
    setLocale('fr', 'fr-FR');
    const md = await loadCoachingReport('2026-11-25', 2, 'markdown', false);
    expect(md).toContain('# Rapport de coaching, 2 dernières semaines');
    expect(md).toContain('- Temps de coaching : 30 min sur 120 min prévues (25 %)');
    expect(md).toContain('| Commercial | Niveau | Séances |');
    expect(md).toContain('| Léa | Haut | 1 | 30 |');
    expect(md).not.toMatch(/Coaching report|Week by week|By rep/);
  });

  it('says what to coach on, the tell count and where the time went in French', () => {
    setLocale('fr');
    expect(suggestedFocus({ openCommitment: undefined, today: '2026-11-30', lastSession: { stage: 'discovery', gap: undefined } as never })).toBe(
      'Qui fait partie du groupe d’achat, et quel problème il veut résoudre',
    );
    const week = { tells: 3 } as never;
    expect(tellLine([{ tells: 7 } as never, week])).toBe('Vous avez affirmé 3 fois cette semaine, 7 la semaine dernière.');
    expect(tierCallout({ totalSec: 100, byTier: { top: 62, middle: 30, bottom: 8, unlinked: 0 }, byRep: [] } as never)).toBe(
      '62 % de votre temps est allé aux plus performants ce mois-ci ; les performants du milieu en ont eu 30 %, et ce sont eux qui y gagnent le plus.',
    );
  });
});
