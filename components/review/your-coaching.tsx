// Types and zod-free modules only: the popup shows this, and reads through the background.
import { useId } from 'react';
import {
  TIER_LEGEND,
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
import { TierNotSet } from '../tier-flag';
import { tierLabel } from '@/lib/session/labels';
import { localeTag, t } from '@/lib/i18n';

const decimal = (x: number) => x.toLocaleString(localeTag(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });

// The visible word is part of the accessible name (WCAG 2.5.3 Label in Name): "Middle", not "Mid".

/**
 * "Your coaching": a mirror of the manager's own coaching, this week against
 * last week and over 12 weeks, and where the time went by tier. Leaders coach
 * their managers on their coaching; this is what they would look at.
 */
export function YourCoaching({ compact = false }: { compact?: boolean }) {
  const today = todayIso();
  const review = useDbQuery((q) => q.loadCoachingReview(today), [today]);
  const h = useId();
  return (
    <section className="section" aria-labelledby={h} data-testid="your-coaching">
      <h2 id={h}>{t('review.heading')}</h2>
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
      <p className="small muted">{t('review.empty')}</p>
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
        <Sparkline values={weeks.map((w) => (w.measured ? w.tells : null))} label={t('review.chart.tells', { values: weeks.map((w) => w.tells).join(', ') })} />
        <span className="small">
          {t('review.questionsPerSession')} <span className="measure-value">{q === null ? '—' : decimal(q)}</span>
          <span className="muted"> {t('review.lastWeek', { value: qBefore === null ? '—' : decimal(qBefore) })}</span>
        </span>
        <Sparkline values={weeks.map(questionsPerSession)} label={t('review.chart.questions', { values: weeks.map((w) => { const v = questionsPerSession(w); return v === null ? '—' : decimal(v); }).join(' ; ') })} />
        <span className="small">
          {t('review.repOwned')} <span className="measure-value">{pct(repOwnedShare(now))}</span>
          <span className="muted"> {t('review.lastWeek', { value: before ? pct(repOwnedShare(before)) : '—' })}</span>
        </span>
        <Sparkline values={weeks.map(repOwnedShare)} max={1} label={t('review.chart.repOwned', { values: weeks.map((w) => pct(repOwnedShare(w))).join(', ') })} />
        <span className="small">
          {t('review.followThrough')} <span className="measure-value">{pct(followThrough(followUpsJudged))}</span>
          <span className="muted"> {t('review.keptOf', { kept: followUpsJudged.kept, judged: followUpsJudged.kept + followUpsJudged.missed + followUpsJudged.renegotiated })}</span>
        </span>
        <Sparkline values={weeks.map(followThrough)} max={1} label={t('review.chart.followThrough', { values: weeks.map((w) => pct(followThrough(w))).join(', ') })} />
        <span className="small" data-testid="time-goal">
          {t('review.thisWeek')} <span className="measure-value">{weekMin}</span> {t('review.ofGoal', { goal: review.goalMin })}
        </span>
        <GoalBars
          minutes={weeks.map((w) => Math.round(w.sec / 60))}
          goal={review.goalMin}
          label={t('review.chart.minutes', { goal: review.goalMin, values: weeks.map((w) => Math.round(w.sec / 60)).join(', ') })}
        />
      </div>
      <TierTime split={review.month} title={t('review.monthByTier')} />
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
  // Time with reps of no tier set is its own part, never counted as a tier.
  const keys: TierKey[] = ['top', 'middle', 'bottom', 'unset', 'unlinked'];
  const parts = keys.filter((k) => (k !== 'unlinked' && k !== 'unset') || split.byTier[k] > 0).map((k) => ({ key: k, value: split.byTier[k] }));
  const label = `${title}: ${parts.map((p) => `${t(TIER_WORDS[p.key as TierKey])} ${t('format.minutes', { m: Math.round(p.value / 60) })}`).join(', ')}`;
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
            {t(TIER_LEGEND[p.key as TierKey])} {t('format.minutes', { m: Math.round(p.value / 60) })}
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
      <span className="small muted">{t('review.weekByRep', { goal: goalMin })}</span>
      <ul className="list">
        {split.byRep.map((r) => (
          <li key={r.repId} className="measure small">
            <span className="one-line">
              {r.name} <span className="muted">{(r.tier ? tierLabel(r.tier) : t('review.tierNotSet')).toLowerCase()}</span>
            </span>
            <span className="measure-value">{t('format.minutes', { m: Math.round(r.sec / 60) })}</span>
            <div className="progress" style={{ gridColumn: '1 / -1' }}>
              <div style={{ width: `${Math.round(((r.sec / 60) / top) * 100)}%` }} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Top, middle, bottom in one click: a rep's tier from the popup. A rep with no tier set is flagged, and any click sets it. */
export function TierSwitch({ repId, name, tier }: { repId: string; name: string; tier: RepTier | null }) {
  return (
    <span className="row">
      {tier === null ? <TierNotSet /> : null}
      <span className="seg tiny" role="group" aria-label={t('review.tierOf', { name })}>
        {REP_TIERS.map((r) => (
          <button key={r} type="button" aria-pressed={r === tier} title={tierLabel(r)} aria-label={tierLabel(r)} onClick={() => void db.updateRep(repId, { tier: r })}>
            {t(TIER_LEGEND[r])}
          </button>
        ))}
      </span>
    </span>
  );
}
