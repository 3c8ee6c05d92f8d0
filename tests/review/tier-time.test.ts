import { describe, expect, it } from 'vitest';
import { useFreshDb } from '../db/setup';
import { loadTodaysAgenda, weekStartIso } from '../../lib/db/agenda';
import { loadCoachingReview } from '../../lib/db/review';
import { loadCoachingReport } from '../../lib/db/report';
import { updateRep } from '../../lib/db/reps';
import { tierCallout } from '../../lib/review/summary';
import { endedSession, put, rep } from './fixtures';

useFreshDb();

const TODAY = '2026-11-25';
const at = (day: string) => `${day}T10:00:00.000Z`;

/** This month: 60 min with a rep whose tier is not set, 30 with a middle performer, 10 with a top one. */
async function seed() {
  await put({
    reps: [rep('mia', 'middle', { name: 'Mia' }), rep('tom', 'top', { name: 'Tom' }), rep('noor', 'middle', { name: 'Noor', tierSetAt: null })],
    sessions: [
      endedSession('s-noor', 'noor', at('2026-11-24'), 60 * 60),
      endedSession('s-mia', 'mia', at('2026-11-24'), 30 * 60),
      endedSession('s-tom', 'tom', at('2026-11-10'), 10 * 60),
    ],
  });
}

describe('minutes by tier: time with reps of no tier set is its own group', () => {
  it('never counts a placeholder tier as middle: the middle share is middle performers’ time of all time', async () => {
    await seed();
    const review = await loadCoachingReview(TODAY);
    expect(review.month.byTier).toEqual({ top: 600, middle: 1800, bottom: 0, unset: 3600, unlinked: 0 });
    expect(review.month.totalSec).toBe(6000);
    expect(review.week.byRep.map((r) => [r.name, r.tier])).toEqual([
      ['Noor', null],
      ['Mia', 'middle'],
    ]);
    expect(tierCallout(review.month)).toBe('60 % of your time went to reps with no tier set this month; middle performers got 30 %, and they gain the most.');
  });

  it('moves the time to the chosen tier once the manager sets it', async () => {
    await seed();
    await updateRep('noor', { tier: 'middle' });
    const review = await loadCoachingReview(TODAY);
    expect(review.month.byTier).toMatchObject({ middle: 5400, unset: 0 });
    expect(tierCallout(review.month)).toBe('90 % of your time went to middle performers this month, where coaching moves results most.');
  });

  it('says “not set” in the coaching report rather than a tier the manager never chose', async () => {
    await seed();
    const md = await loadCoachingReport(TODAY, 4, 'markdown', false);
    expect(md).toContain('| Noor | Not set | 1 | 60 |');
    expect(md).toContain('| Mia | Middle | 1 | 30 |');
  });
});

describe('the agenda flags reps with no tier set', () => {
  it('lists them first, newest first; once set they take their tier’s place', async () => {
    await put({
      reps: [
        rep('mia', 'middle', { name: 'Mia' }),
        rep('tom', 'top', { name: 'Tom' }),
        rep('old', 'middle', { name: 'Olga', tierSetAt: null, createdAt: '2026-10-01T00:00:00.000Z' }),
        rep('new', 'middle', { name: 'Noor', tierSetAt: null, createdAt: '2026-11-20T00:00:00.000Z' }),
      ],
    });
    const order = async () => (await loadTodaysAgenda(TODAY, weekStartIso(TODAY))).agenda.repRows!.map((r) => r.rep.name);
    expect(await order()).toEqual(['Noor', 'Olga', 'Mia', 'Tom']);
    await updateRep('new', { tier: 'top' });
    await updateRep('old', { tier: 'middle' });
    // Middle first, then top; within a tier, never coached alike, the newer rep first.
    expect(await order()).toEqual(['Mia', 'Olga', 'Noor', 'Tom']);
  });
});
