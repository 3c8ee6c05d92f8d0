// Types and zod-free modules only: the popup shows this, and reads through the background.
import { useId } from 'react';
import {
  TIER_WORDS,
  followThrough,
  pct,
  questionsPerSession,
  repOwnedShare,
  tellLine,
  tierCallout,
  type CoachingReview,
  type TierKey,
  type TimeSplit,
} from '@/lib/review/summary';
import { REP_TIERS } from '@/lib/schema/enums';
import type { RepTier } from '@/lib/schema/records';
import { db, useDbQuery } from '../data';
import { todayIso } from '../format';
import { GoalBars, Sparkline, TierBar } from './charts';

// The visible word is part of the accessible name (WCAG 2.5.3 Label in Name): "Middle", not "Mid".
const TIER_SHORT: Record<RepTier, string> = { top: 'Top', middle: 'Middle', bottom: 'Bottom' };
const TIER_LONG: Record<RepTier, string> = { top: 'Top performer', middle: 'Middle performer', bottom: 'Bottom performer' };

/**
 * "Your coaching": a mirror of the manager's own coaching, this week against
 * last week and over 12 weeks, and where the time went by tier. Leaders coach
 * their managers on their coaching; this is what they would look at.
 */
export function YourCoaching({ compact = false }: { compact?: boolean }) {
  const today = todayIso();
  const review = useDbQuery((q) => q.loadCoachingReview(today), [today]);
  return <YourCoachingView review={review} compact={compact} />;
}

/** The region itself, given the review (undefined while it is read): the popup reads it with the agenda in one call. */
export function YourCoachingView({ review, compact = false }: { review: CoachingReview | undefined; compact?: boolean }) {
  const h = useId();
  return (
    <section className="section" aria-labelledby={h} data-testid="your-coaching">
      <h2 id={h}>Your coaching</h2>
      {review === undefined ? (
        <div aria-busy="true" className="stack tight">
          <div className="skeleton" style={{ width: '70%' }} />
          <div className="skeleton" />
        </div>
      ) : (
        <ReviewBody review={review} compact={compact} />
      )}
    </section>
  );
}

function ReviewBody({ review, compact }: { review: CoachingReview; compact: boolean }) {
  const weeks = review.weeks;
  const now = weeks[weeks.length - 1]!;
  const before = weeks[weeks.length - 2];
  const anySession = weeks.some((w) => w.sessions > 0);
  if (!anySession) {
    return (
      <p className="small muted">
        No ended sessions in the last 12 weeks. When you end a session, how much you asked and told, the questions you used and who owned the
        commitments show here.
      </p>
    );
  }
  const q = questionsPerSession(now);
  const qBefore = before ? questionsPerSession(before) : null;
  const followUpsJudged = weeks.reduce((t, w) => ({ kept: t.kept + w.kept, missed: t.missed + w.missed, renegotiated: t.renegotiated + w.renegotiated }), { kept: 0, missed: 0, renegotiated: 0 });
  const weekMin = Math.round(review.week.totalSec / 60);
  const callout = tierCallout(review.month);
  return (
    <div className="stack">
      <div className="measure">
        <span data-testid="tell-line">{tellLine(weeks)}</span>
        <Sparkline values={weeks.map((w) => (w.measured ? w.tells : null))} label={`Tells per week, last 12 weeks: ${weeks.map((w) => w.tells).join(', ')}`} />
        <span className="small">
          Questions per session: <span className="measure-value">{q === null ? '—' : q.toFixed(1)}</span>
          <span className="muted"> (last week {qBefore === null ? '—' : qBefore.toFixed(1)})</span>
        </span>
        <Sparkline values={weeks.map(questionsPerSession)} label={`Questions per session per week: ${weeks.map((w) => questionsPerSession(w)?.toFixed(1) ?? 'none').join(', ')}`} />
        <span className="small">
          Commitments the rep owned: <span className="measure-value">{pct(repOwnedShare(now))}</span>
          <span className="muted"> (last week {before ? pct(repOwnedShare(before)) : '—'})</span>
        </span>
        <Sparkline values={weeks.map(repOwnedShare)} max={1} label={`Rep-owned share per week: ${weeks.map((w) => pct(repOwnedShare(w))).join(', ')}`} />
        <span className="small">
          Follow-through, 12 weeks: <span className="measure-value">{pct(followThrough(followUpsJudged))}</span>
          <span className="muted"> ({followUpsJudged.kept} kept of {followUpsJudged.kept + followUpsJudged.missed + followUpsJudged.renegotiated})</span>
        </span>
        <Sparkline values={weeks.map(followThrough)} max={1} label={`Follow-through per week: ${weeks.map((w) => pct(followThrough(w))).join(', ')}`} />
        <span className="small" data-testid="time-goal">
          This week: <span className="measure-value">{weekMin}</span> of {review.goalMin} min goal
        </span>
        <GoalBars
          minutes={weeks.map((w) => Math.round(w.sec / 60))}
          goal={review.goalMin}
          label={`Minutes per week against a ${review.goalMin}-minute goal: ${weeks.map((w) => Math.round(w.sec / 60)).join(', ')}`}
        />
      </div>
      <TierTime split={review.month} title="This month by tier" />
      {callout ? (
        <p className={`small ${review.month.byTier.middle * 2 < review.month.totalSec ? 'notice warn' : 'muted'}`} data-testid="tier-callout">
          {callout}
        </p>
      ) : null}
      {compact ? null : <RepTime split={review.week} goalMin={review.goalMin} />}
    </div>
  );
}

function TierTime({ split, title }: { split: TimeSplit; title: string }) {
  const keys: TierKey[] = ['top', 'middle', 'bottom', 'unlinked'];
  const parts = keys.filter((k) => k !== 'unlinked' || split.byTier.unlinked > 0).map((k) => ({ key: k, value: split.byTier[k] }));
  const label = `${title}: ${parts.map((p) => `${TIER_WORDS[p.key as TierKey]} ${Math.round(p.value / 60)} min`).join(', ')}`;
  return (
    <div className="stack tight">
      <span className="small muted">{title}</span>
      <TierBar parts={parts} label={label} />
      <span className="small row" aria-hidden="true">
        {parts.map((p) => (
          <span key={p.key}>
            <svg className="legend-dot" viewBox="0 0 8 8" width={8} height={8}>
              <rect width={8} height={8} className={`tier-${p.key}`} />
            </svg>
            {TIER_WORDS[p.key as TierKey].replace(' performers', '')} {Math.round(p.value / 60)} min
          </span>
        ))}
      </span>
    </div>
  );
}

/** This week's minutes per rep against an even share of the goal. */
function RepTime({ split, goalMin }: { split: TimeSplit; goalMin: number }) {
  if (!split.byRep.length) return null;
  const top = Math.max(...split.byRep.map((r) => r.sec / 60), 1);
  return (
    <div className="stack tight">
      <span className="small muted">This week by rep ({goalMin} min goal in all)</span>
      <ul className="list">
        {split.byRep.map((r) => (
          <li key={r.repId} className="measure small">
            <span className="one-line">
              {r.name} <span className="muted">{TIER_LONG[r.tier].toLowerCase()}</span>
            </span>
            <span className="measure-value">{Math.round(r.sec / 60)} min</span>
            <div className="progress" style={{ gridColumn: '1 / -1' }}>
              <div style={{ width: `${Math.round(((r.sec / 60) / top) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Top, middle, bottom in one click: a rep's tier from the popup. */
export function TierSwitch({ repId, name, tier }: { repId: string; name: string; tier: RepTier }) {
  return (
    <span className="seg tiny" role="group" aria-label={`${name}'s tier`}>
      {REP_TIERS.map((t) => (
        <button key={t} type="button" aria-pressed={t === tier} title={TIER_LONG[t]} aria-label={TIER_LONG[t]} onClick={() => void db.updateRep(repId, { tier: t })}>
          {TIER_SHORT[t]}
        </button>
      ))}
    </span>
  );
}
