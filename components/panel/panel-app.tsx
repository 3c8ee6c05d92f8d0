import { useEffect, useState } from 'react';
import { usePanelDeal } from './use-panel-deal';
import { IN_SIDE_PANEL, useSidePanelDeal } from './side-panel';
import { t } from '@/lib/i18n';
import { DealHeader, StagePrompt } from '../deal-header';
import { WhatSidelineRead } from './what-sideline-read';
import { RepChip, RepEditor, RepPicker } from '../rep-chip';
import { FollowUps } from '../session/commitments';
import { SessionView } from '../session/session-view';
import { SessionSummary } from '../session/summary';
import { SessionHistory } from '../session/history';
import { todayIso } from '../format';
import { db, useDbQuery } from '../data';
import { effectiveDeal } from '@/lib/db/effective-deal';
import { mapStage } from '@/lib/crm/stage-map';
import { initialPlan, replanForFocus, type PlanContext } from '@/lib/session/plan-input';
import { RepRecordLine } from '../session/rep-record';
import { swapPlanItem } from '@/lib/session/swap';
import type { DealContext } from '@/lib/schema/deal-context';
import { dealKey, type DealFieldName } from '@/lib/model/crm';
import type { CoachingSession, Deal } from '@/lib/schema/records';
import type { DealVisit } from '@/lib/db/deal-visit';
import { provisionalDeal, rememberShownDeal } from './known-deals';

/** In the browser's side panel: the active tab's deal (components/panel/side-panel.ts). */
const usePanelState = IN_SIDE_PANEL ? useSidePanelDeal : usePanelDeal;

export function PanelApp() {
  const state = usePanelState();
  // Read once per panel, not per deal: the workspace below starts afresh for
  // every deal, and these two calls would otherwise delay the next deal's header.
  const mappings = useDbQuery(() => db.listStageMappings(), []);
  const banks = useDbQuery(() => db.listBanks(), []);
  const close = () => {
    if (new URLSearchParams(location.search).has('tab')) return window.close();
    if (state.tabId !== null) void browser.tabs.sendMessage(state.tabId, { type: 'panel:set-open', open: false }).catch(() => {});
  };
  return (
    <div className="panel">
      <div className="panel-bar row between">
        <span className="brand">Sideline</span>
        {/* The browser's side panel has its own close control. */}
        {IN_SIDE_PANEL ? null : (
          <button type="button" className="btn ghost small" onClick={close} aria-label={t('panel.close')}>
            ✕
          </button>
        )}
      </div>
      {state.status === 'loading' || state.status === 'pending' ? (
        <div className="section" aria-busy="true" aria-label={t('panel.readingLabel')}>
          <p className="small muted" role="status">
            {state.status === 'pending' ? t('panel.waitingForName') : t('panel.reading')}
          </p>
          <div className="skeleton" style={{ width: '70%', height: 16 }} />
          <div className="skeleton" style={{ width: '50%' }} />
          <div className="skeleton" style={{ width: '60%' }} />
        </div>
      ) : state.status === 'none' ? (
        <div className="empty">
          <strong>{IN_SIDE_PANEL ? t('panel.side.empty') : t('panel.noDeal')}</strong>
          <span className="small">{IN_SIDE_PANEL ? t('panel.side.emptyHint') : t('panel.noDealHint')}</span>
        </div>
      ) : state.status === 'error' ? (
        <div className="section">
          <p className="notice bad" role="alert">
            {t('panel.backgroundError', { message: state.message })}
          </p>
        </div>
      ) : (
        <DealWorkspace key={dealKey(state.deal)} context={state.deal} tabId={state.tabId} waiting={state.waiting} mappings={mappings} banks={banks} />
      )}
    </div>
  );
}

function DealWorkspace({
  context,
  tabId,
  waiting,
  mappings,
  banks,
}: {
  context: DealContext;
  tabId: number | null;
  waiting?: DealFieldName[];
  mappings: Awaited<ReturnType<typeof db.listStageMappings>> | undefined;
  banks: Awaited<ReturnType<typeof db.listBanks>> | undefined;
}) {
  const today = todayIso();
  const [opened, setOpened] = useState<DealVisit | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [editRep, setEditRep] = useState(false);
  const [summaryOf, setSummaryOf] = useState<CoachingSession | null>(null);
  const [starting, setStarting] = useState(false);
  const contextJson = JSON.stringify(context);

  useEffect(() => {
    // One call records the deal and finds its unfinished session.
    db.recordDealVisit(context).then(setOpened, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
    // The content script sends the deal again as more fields render: the JSON, not the object, says it changed.
  }, [contextJson]);

  const dealId = opened?.deal.id ?? null;
  // Live reads keep the deal and its session current; until their first
  // answer, what recordDealVisit returned is already right.
  const liveDeal = useDbQuery(async () => (dealId ? db.getDeal(dealId) : undefined), [dealId]);
  const liveActive = useDbQuery(async () => (dealId ? db.getActiveSessionForDeal(dealId) : undefined), [dealId]);
  const deal = liveDeal ?? opened?.deal;
  const active = liveActive === undefined ? opened?.active : liveActive;
  const rep = useDbQuery(async () => (deal?.repId ? db.getRep(deal.repId) : null), [deal?.repId]);
  // Follow-ups belong to the next session: commitments made in a session that
  // ended before this one was prepared or begun, never ones made a minute ago.
  const followUps = useDbQuery(async (q) => {
    if (!rep || !active) return { list: [], deals: new Map<string, Deal>() };
    const list = await q.followUpsForSession(rep.id, active.id);
    const deals = await q.getDeals([...new Set(list.map((c) => c.dealId))]);
    return { list, deals: new Map(deals.map((d) => [d.id, d])) };
  }, [rep?.id, active?.id]);

  useEffect(() => {
    if (deal && active !== undefined) rememberShownDeal(deal, !!active);
  }, [deal, active]);

  if (error) return <p className="section notice bad" role="alert">{t('panel.saveError', { error })}</p>;
  if (!deal || mappings === undefined || active === undefined) {
    // A deal this panel has shown before: its header at once, with the corrections it had (components/panel/known-deals.ts).
    const known = mappings === undefined ? undefined : provisionalDeal(context);
    const knownEff = known && effectiveDeal(known.deal);
    return (
      <>
        {known && knownEff ? (
          <DealHeader
            deal={known.deal}
            eff={knownEff}
            context={context}
            stage={knownEff.stageLabel ? mapStage(known.deal.crm, knownEff.stageLabel, mappings!) : null}
            waiting={waiting}
            compact={known.inSession}
          />
        ) : null}
        <div className="section" aria-busy="true">
          <div className="skeleton" style={{ width: '70%', height: 16 }} />
        </div>
      </>
    );
  }
  const eff = effectiveDeal(deal);
  const stage = eff.stageLabel ? mapStage(deal.crm, eff.stageLabel, mappings) : null;

  /** What the planner needs, read fresh: banks, settings, the rep's earlier sessions, the deal's open commitments. */
  const planContext = async (kind: 'strategic' | 'tactical', seed: string): Promise<{ ctx: PlanContext; settings: Awaited<ReturnType<typeof db.getSettings>> } | null> => {
    if (!stage) return null;
    const [allBanks, settings, repSessions, dealCommitments] = await Promise.all([
      db.listBanks(),
      db.getSettings(),
      rep ? db.sessionsForRep(rep.id, 10) : Promise.resolve([]),
      db.openCommitmentsForDeal(deal.id),
    ]);
    return {
      settings,
      ctx: {
        stage,
        deal: eff,
        stageSince: deal.stageSince,
        rep: rep ?? undefined,
        kind,
        repSessions,
        dealCommitments,
        banks: allBanks.filter((b) => b.enabled !== false),
        stageQuestionCount: settings.stageQuestionCount,
        today,
        seed,
      },
    };
  };

  /** Quick: starts at once. Full: prepares the plan; the clock starts with Begin. */
  const start = async (mode: 'quick' | 'full') => {
    if (!stage || starting) return;
    setStarting(true);
    try {
      const kind = 'strategic';
      const made = await planContext(kind, `${deal.id}:${new Date().toISOString()}`);
      if (!made) return;
      const plan = initialPlan(made.ctx, mode);
      setSummaryOf(null);
      await db.startSession({
        dealId: deal.id,
        repId: rep?.id ?? null,
        mode,
        kind,
        timeBoxMin: mode === 'quick' ? made.settings.quickSessionMin : made.settings.defaultTimeBoxMin,
        stage,
        plan,
        begin: mode === 'quick',
      });
    } finally {
      setStarting(false);
    }
  };

  const replan = async (s: CoachingSession, kind: 'strategic' | 'tactical') => {
    // The session's own seed: switching back and forth gives the same questions.
    const made = await planContext(kind, `${s.id}:${kind}`);
    return made ? replanForFocus(s.plan, { ...made.ctx, repSessions: made.ctx.repSessions.filter((x) => x.id !== s.id) }) : null;
  };

  return (
    <>
      <DealHeader deal={deal} eff={eff} context={context} stage={stage} waiting={waiting} compact={!!active} />
      {active ? null : <WhatSidelineRead context={context} tabId={tabId} />}
      <div className="section">
        {rep === undefined ? (
          <div className="skeleton" style={{ width: '50%' }} aria-label={t('panel.loadingRep')} />
        ) : rep ? (
          editRep ? (
            <RepEditor rep={rep} onDone={() => setEditRep(false)} />
          ) : (
            <>
              <RepChip rep={rep} today={today} onEdit={() => setEditRep(true)} />
              <RepRecordLine repId={rep.id} />
            </>
          )
        ) : eff.ownerName ? (
          <RepPicker crm={deal.crm} ownerName={eff.ownerName} dealId={deal.id} />
        ) : (
          <p className="small muted">{t('panel.setOwner')}</p>
        )}
      </div>
      {eff.stageLabel && !stage ? <StagePrompt crm={deal.crm} label={eff.stageLabel} /> : null}
      {followUps ? <FollowUps commitments={followUps.list} dealsById={followUps.deals} today={today} /> : null}
      {active ? (
        <SessionView
          session={active}
          today={today}
          swap={(s, qid) => swapPlanItem(s, qid, banks ?? [])}
          replan={replan}
          onEnded={(s) => setSummaryOf(s)}
        />
      ) : summaryOf ? (
        <SessionSummary session={summaryOf} deal={eff} rep={rep ?? undefined} onClose={() => setSummaryOf(null)} />
      ) : (
        <div className="section">
          <h2>{t('panel.coachThisDeal')}</h2>
          {!stage ? (
            <p className="small muted">{eff.stageLabel ? t('panel.chooseStage') : t('panel.setStage')}</p>
          ) : null}
          <div className="row">
            <button type="button" className="btn primary" disabled={!stage || starting} onClick={() => void start('quick')}>
              {t('panel.startSession')}
            </button>
            <button type="button" className="btn" disabled={!stage || starting} onClick={() => void start('full')}>
              {t('panel.planFullSession')}
            </button>
          </div>
          <p className="small muted">{t('panel.startHelp')}</p>
        </div>
      )}
      <SessionHistory dealId={deal.id} rep={rep ?? undefined} />
    </>
  );
}
