import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/setup';
import { loadCoachingReport } from '../../lib/db/report';
import { saveSettings } from '../../lib/db/settings';
import { deal, endedSession, put, rep } from './fixtures';

useFreshDb();

const SECRET = 'Rep is worried about a health issue';
const m = { questionsAsked: 3, asks: 5, tells: 2, findings: { directive: 2 }, repOwned: 2, managerSuggested: 1, kept: 2, missed: 1, renegotiated: 0, open: 0 };

async function seed() {
  await saveSettings({ weeklyGoalMin: 60 });
  await put({
    reps: [rep('r1', 'middle', { name: '=HYPERLINK("https://evil.example")' }), rep('r2', 'top', { name: 'Tom [x](javascript:alert(1))' })],
    deals: [deal('d1', 'r1', '2026-11-20T00:00:00.000Z', { name: '<img src=x onerror=alert(1)>' })],
    sessions: [
      endedSession('s1', 'r1', '2026-11-24T10:00:00.000Z', 1800, {
        measures: m,
        // The running note lives inside its session (database version 3).
        note: { text: SECRET, createdAt: '2026-11-24T10:00:00.000Z', updatedAt: '2026-11-24T10:00:00.000Z' },
      }),
      endedSession('s2', 'r2', '2026-11-17T10:00:00.000Z', 900, { measures: { ...m, tells: 6 } }),
      endedSession('old', 'r2', '2026-06-01T10:00:00.000Z', 900, { measures: m }),
    ],
  });
}

describe('“Export coaching report” for the manager’s own leader', () => {
  it('Markdown: sessions per rep and tier, time against the goal, the ask:tell trend and commitments kept, without notes', async () => {
    await seed();
    const md = await loadCoachingReport('2026-11-25', 2, 'markdown', false);
    expect(md).toContain('# Coaching report, last 2 weeks');
    expect(md).toContain('- Sessions: 2'); // the June session is outside the 2 weeks
    expect(md).toContain('- Coaching time: 45 min of 120 min planned (38 %)');
    expect(md).toContain('| 2026-11-23 | 1 | 30 | 60 | 5 | 2 |');
    expect(md).toContain('| 2026-11-16 | 1 | 15 | 60 | 5 | 6 |');
    expect(md).toContain('- Commitments kept: 4 of 6 followed up (67 %)');
    // Names from CRM pages come out as text, never as a live link or HTML.
    expect(md).toContain('Tom \\[x\\]\\(javascript:alert\\(1\\)\\) | Top | 1 | 15 | 2 | 1 | 0 | 0 |');
    expect(md).not.toContain(SECRET);
    expect(md).not.toContain('<img');
  });

  it('notes only when the manager ticks it, escaped; CSV cells never run as formulas', async () => {
    await seed();
    const md = await loadCoachingReport('2026-11-25', 2, 'markdown', true);
    expect(md).toContain(SECRET);
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    const csv = await loadCoachingReport('2026-11-25', 2, 'csv', false);
    expect(csv.split('\r\n')[0]).toBe('"part","week_of","rep","tier","sessions","minutes","goal_minutes","asks","tells","questions_asked","rep_owned","manager_suggested","kept","missed","renegotiated","open","deal","note"');
    expect(csv).toContain(`"rep",,"'=HYPERLINK(""https://evil.example"")","middle",1,30`);
    expect(csv).not.toContain(SECRET);
    const withNotes = await loadCoachingReport('2026-11-25', 2, 'csv', true);
    expect(withNotes).toContain(`"${SECRET}"`);
  });
});
