import type { CoachingSession, Rep, RepTier } from '../schema/records';
import { addDays, weekStartIso } from '../dates';
import { t, type MessageKey } from '../i18n';
import { chosenTier } from '../model/rep-tier';

/*
 * "Your coaching": the manager's own behaviour over weeks, summed from the
 * measures each ended session keeps. Pure and zod-free: the background builds
 * it, the popup and the report show it.
 */

export const REVIEW_WEEKS = 12;

export interface WeekPoint {
  /** Monday of the week, YYYY-MM-DD. */
  day: string;
  sessions: number;
  /** Sessions that carry measures (sessions of old backups may not). */
  measured: number;
  sec: number;
  questionsAsked: number;
  asks: number;
  tells: number;
  repOwned: number;
  managerSuggested: number;
  kept: number;
  missed: number;
  renegotiated: number;
  findings: Record<string, number>;
}

/** A tier, or time with reps whose tier the manager has not set (never counted as a tier), or with no rep linked. */
export type TierKey = RepTier | 'unset' | 'unlinked';

export interface TimeSplit {
  totalSec: number;
  byTier: Record<TierKey, number>;
  /** Per rep, most time first. */
  byRep: Array<{ repId: string; name: string; tier: RepTier | null; sec: number; sessions: number }>;
}

export interface CoachingReview {
  today: string;
  /** Oldest first; the last one is this week. */
  weeks: WeekPoint[];
  goalMin: number;
  week: TimeSplit;
  month: TimeSplit;
}

/** Local midnight of the first day of the month holding `today`, as an ISO instant. */
export function monthStartIso(today: string): string {
  return new Date(`${today.slice(0, 7)}-01T00:00:00`).toISOString();
}

/** The week starts (ISO instants, oldest first) of the last `n` weeks up to the one holding `today`. */
export function weekStarts(today: string, n = REVIEW_WEEKS): string[] {
  return Array.from({ length: n }, (_, i) => weekStartIso(addDays(today, -7 * (n - 1 - i))));
}

/** Where the review's read starts: the earlier of the oldest week and the month's first day. */
export function reviewSince(today: string, n = REVIEW_WEEKS): string {
  const w = weekStarts(today, n)[0]!;
  const m = monthStartIso(today);
  return w < m ? w : m;
}

function emptyWeek(day: string): WeekPoint {
  return { day, sessions: 0, measured: 0, sec: 0, questionsAsked: 0, asks: 0, tells: 0, repOwned: 0, managerSuggested: 0, kept: 0, missed: 0, renegotiated: 0, findings: {} };
}

function split(sessions: readonly CoachingSession[], reps: ReadonlyMap<string, Rep>): TimeSplit {
  const byTier: Record<TierKey, number> = { top: 0, middle: 0, bottom: 0, unset: 0, unlinked: 0 };
  const byRep = new Map<string, TimeSplit['byRep'][number]>();
  let totalSec = 0;
  for (const s of sessions) {
    const sec = s.durationSec ?? 0;
    totalSec += sec;
    const rep = s.repId ? reps.get(s.repId) : undefined;
    if (!rep) {
      byTier.unlinked += sec;
      continue;
    }
    const tier = chosenTier(rep);
    byTier[tier ?? 'unset'] += sec;
    const row = byRep.get(rep.id) ?? { repId: rep.id, name: rep.name, tier, sec: 0, sessions: 0 };
    row.sec += sec;
    row.sessions++;
    byRep.set(rep.id, row);
  }
  return { totalSec, byTier, byRep: [...byRep.values()].sort((a, b) => b.sec - a.sec || a.name.localeCompare(b.name)) };
}

/**
 * Sums ended sessions (read through the endedAt index from reviewSince) into
 * weeks, this week's and this month's time by tier and rep. Tiers are the
 * reps' tiers now: a rep moved to another tier moves their time with them,
 * and a rep whose tier is not set yet counts under "unset", not as a tier.
 */
export function summarizeCoaching(sessions: readonly CoachingSession[], reps: readonly Rep[], today: string, goalMin: number, n = REVIEW_WEEKS): CoachingReview {
  const starts = weekStarts(today, n);
  const weeks = starts.map((s) => emptyWeek(localDay(s)));
  const repById = new Map(reps.map((r) => [r.id, r]));
  const ended = sessions.filter((s) => s.status === 'ended' && s.endedAt);
  for (const s of ended) {
    const at = s.endedAt!;
    if (at < starts[0]!) continue;
    let i = starts.length - 1;
    while (i > 0 && at < starts[i]!) i--;
    const w = weeks[i]!;
    w.sessions++;
    w.sec += s.durationSec ?? 0;
    const m = s.measures;
    if (!m) continue;
    w.measured++;
    w.questionsAsked += m.questionsAsked;
    w.asks += m.asks;
    w.tells += m.tells;
    w.repOwned += m.repOwned;
    w.managerSuggested += m.managerSuggested;
    w.kept += m.kept;
    w.missed += m.missed;
    w.renegotiated += m.renegotiated;
    for (const [k, v] of Object.entries(m.findings)) w.findings[k] = (w.findings[k] ?? 0) + v;
  }
  const thisWeek = starts[starts.length - 1]!;
  const month = monthStartIso(today);
  return {
    today,
    weeks,
    goalMin,
    week: split(ended.filter((s) => s.endedAt! >= thisWeek), repById),
    month: split(ended.filter((s) => s.endedAt! >= month), repById),
  };
}

/** The local calendar day of an ISO instant. */
function localDay(iso: string): string {
  const d = new Date(iso);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/* Figures the popup, the options page and the report say in words. */

export const share = (part: number, whole: number): number | null => (whole > 0 ? part / whole : null);
export const questionsPerSession = (w: WeekPoint): number | null => (w.measured ? w.questionsAsked / w.measured : null);
export const repOwnedShare = (w: Pick<WeekPoint, 'repOwned' | 'managerSuggested'>): number | null => share(w.repOwned, w.repOwned + w.managerSuggested);
export const followThrough = (w: Pick<WeekPoint, 'kept' | 'missed' | 'renegotiated'>): number | null => share(w.kept, w.kept + w.missed + w.renegotiated);
export const pct = (x: number | null): string => (x === null ? '—' : `${Math.round(x * 100)} %`);


/** "You told 3 times this week, 7 last week." */
export function tellLine(weeks: readonly WeekPoint[]): string {
  const now = weeks[weeks.length - 1];
  const before = weeks[weeks.length - 2];
  if (!now) return '';
  return before ? t('review.tellLine', { count: now.tells, before: before.tells }) : t('review.tellLineThisWeek', { count: now.tells });
}

/** What each group of reps is called in sentences ("top performers"): keys, so the words follow the language. */
export const TIER_WORDS = {
  top: 'review.tierWords.top',
  middle: 'review.tierWords.middle',
  bottom: 'review.tierWords.bottom',
  unset: 'review.tierWords.unset',
  unlinked: 'review.tierWords.unlinked',
} as const satisfies Record<TierKey, MessageKey>;

/** The same groups as legend words ("Top", "Middle"…). */
export const TIER_LEGEND = {
  top: 'review.tierLegend.top',
  middle: 'review.tierLegend.middle',
  bottom: 'review.tierLegend.bottom',
  unset: 'review.tierNotSetOption',
  unlinked: 'review.tierLegend.unlinked',
} as const satisfies Record<TierKey, MessageKey>;

/**
 * The month's time by tier in one sentence, calling out where it went when
 * that is not the middle 60 %, where coaching moves results most.
 */
export function tierCallout(month: TimeSplit): string | null {
  if (month.totalSec <= 0) return null;
  // The middle share is middle performers' time over all time: time with reps of no tier set is not theirs.
  const tiers: TierKey[] = ['top', 'middle', 'bottom', 'unset', 'unlinked'];
  const most = tiers.reduce((a, b) => (month.byTier[b] > month.byTier[a] ? b : a), 'middle' as TierKey);
  const p = (t: TierKey) => Math.round((month.byTier[t] / month.totalSec) * 100);
  if (most === 'middle') return t('review.calloutMiddle', { share: p('middle') });
  return t('review.calloutOther', { share: p(most), tier: t(TIER_WORDS[most]), middle: p('middle') });
}
