import { useEffect, useId, useMemo, useState, type FormEvent } from 'react';
import { useIdleValue } from '../idle-value';
import { db, useDbQuery } from '../data';
import type { CoachingSession, PlanItem } from '@/lib/schema/records';
import { GAP_CAUSES, SESSION_KINDS } from '@/lib/model/enums';
import { AutosaveField, useSynced } from '../autosave-field';
import { getJournal } from '../journal';
import { CoachFindings } from '../coach-findings';
import { askTellRatioByLine } from '../coach-lines';
import { clock, formatDate } from '../format';
import { QuestionList } from './question-list';
import { SessionCommitments } from './commitments';
import { TEXT_LIMITS } from '@/lib/schema/limits';
import { GuardedButton } from './guard';
import { isSessionEmpty } from '@/lib/session/empty';
import { gapCauseLabel } from '@/lib/session/labels';
import { t } from '@/lib/i18n';

/** A visible timer against the session's time box. */
export function SessionTimer({ startedAt, timeBoxMin }: { startedAt: string; timeBoxMin: number }) {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(t);
  }, []);
  const elapsed = (now - Date.parse(startedAt)) / 1000;
  const box = timeBoxMin * 60;
  const over = elapsed > box;
  return (
    <div className="stack tight session-timer" role="timer" aria-label={t('session.timer.label')}>
      <span className={`timer small${over ? ' over' : ''}`}>
        {clock(elapsed)} / {clock(box)}
        {over ? ` ${t('session.timer.over')}` : ''}
      </span>
      <div className={`progress${over ? ' over' : ''}`} aria-hidden="true">
        <div style={{ width: `${Math.min(100, (elapsed / box) * 100)}%` }} />
      </div>
    </div>
  );
}

/** The session's ask:tell ratio, over the notes as typed and the manager's own questions. */
function AskTell({ texts }: { texts: string[] }) {
  // The caller builds a new list on every render (a save status changing, an
  // autosave landing): the same texts keep the same list, so nothing is
  // deferred and counted again until a text changes.
  const key = texts.join('\u0000');
  const same = useMemo(() => texts, [key]); // `key` holds all of `texts`
  // Counted once the keystroke has painted and the page is idle (long notes stay within a frame).
  const shown = useIdleValue(same);
  const r = useMemo(() => askTellRatioByLine(shown), [shown]);
  return (
    <p className="small muted" data-testid="ask-tell-ratio">
      {t('session.askTell.ratio', { asks: r.asks, tells: r.tells })}{' '}
      {r.tells === 0 ? t('session.askTell.allAsking') : r.asks >= r.tells * 3 ? t('session.askTell.mostlyAsking') : t('session.askTell.askMore')}
    </p>
  );
}

export interface SessionViewProps {
  session: CoachingSession;
  today: string;
  swap: (session: CoachingSession, questionId: string) => PlanItem | null;
  onEnded: (session: CoachingSession) => void;
  /** The plan for another focus: questions not yet asked re-planned (null while the plan cannot be made). */
  replan?: (session: CoachingSession, kind: CoachingSession['kind']) => Promise<PlanItem[] | null>;
  /** An empty session or a plan never begun was dropped. */
  onDiscarded?: () => void;
}

/** Multi-line contract and gap fields grow with their text (where `field-sizing` is not supported). */
function growTextareas(e: FormEvent<HTMLElement>) {
  const t = e.target as HTMLElement;
  if (t instanceof HTMLTextAreaElement && !CSS.supports('field-sizing', 'content')) {
    t.style.height = 'auto';
    t.style.height = `${t.scrollHeight + 2}px`;
  }
}

export function SessionView({ session, today, swap, onEnded, replan, onDiscarded }: SessionViewProps) {
  const id = useId();
  // The text alone (null: no note yet): an autosave that stores what the box already shows
  // (only its updatedAt is new) leaves the session view as it is.
  const note = useDbQuery((q) => q.getSessionNote(session.id).then((n) => (n ? n.text : null)), [session.id]);
  const commitments = useDbQuery(() => db.commitmentsForSession(session.id), [session.id]) ?? [];
  const [showGap, setShowGap] = useState(session.gap !== null);
  const [ending, setEnding] = useState(false);
  const [emptyAtEnd, setEmptyAtEnd] = useState(false);
  const [replanning, setReplanning] = useState(false);
  const noteText = note ?? '';
  const ownQuestions = session.plan.filter((p) => p.role === 'own').map((p) => p.text);
  const planned = session.status === 'planned';
  const empty = note !== undefined && isSessionEmpty(session, noteText, commitments);

  // The choice shows at once; the re-planned questions follow when they are stored.
  const [kindShown, showKind] = useSynced(session.kind);
  const chooseKind = async (kind: CoachingSession['kind']) => {
    if (kind === session.kind) return;
    showKind(kind);
    setReplanning(true);
    try {
      const plan = replan ? await replan(session, kind) : null;
      await db.updateSession(session.id, plan ? { kind, plan } : { kind });
    } finally {
      setReplanning(false);
    }
  };

  const discard = async () => {
    if (await db.discardSession(session.id)) onDiscarded?.();
  };

  const end = async () => {
    setEnding(true);
    // Let typed text land first: the summary is made from what is stored.
    (document.activeElement as HTMLElement | null)?.blur();
    await getJournal().whenSaved(3000);
    try {
      onEnded(await db.endSession(session.id));
    } finally {
      setEnding(false);
    }
  };

  const repWants = (
    <AutosaveField
      label={t('session.contract.repWants')}
      value={session.contract.repWants ?? ''}
      multiline
      rows={1}
      placeholder={t('session.contract.repWantsPlaceholder')}
      maxLength={TEXT_LIMITS.contractField}
      target={{ kind: 'contract', sessionId: session.id, part: 'repWants' }}
    />
  );

  return (
    <div data-testid="session" data-session-id={session.id}>
      <div className="section session-bar" data-testid="session-bar">
        <div className="row between">
          <h2>{session.mode === 'quick' ? t('session.kind.quick') : planned ? t('session.title.prepared') : t('session.title.planned')}</h2>
          {planned ? (
            <span className="row">
              <span className="small muted">{t('session.notBegun', { min: session.timeBoxMin })}</span>
              <button type="button" className="btn primary" onClick={() => void db.beginSession(session.id)}>
                {t('session.begin')}
              </button>
            </span>
          ) : (
            <SessionTimer startedAt={session.startedAt} timeBoxMin={session.timeBoxMin} />
          )}
        </div>
      </div>
      <div className="section" onInput={growTextareas}>
        {planned ? (
          <p className="small muted" data-testid="prepared-note">
            {session.preparedAt ? t('session.preparedOn', { date: formatDate(session.preparedAt) }) : t('session.prepared')}
          </p>
        ) : null}
        {session.mode === 'full' ? (
          <div className="stack">
            <div className="row">
              <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
                <legend className="label">{t('session.focus')}</legend>
                <div className="seg">
                  {SESSION_KINDS.map((k) => (
                    <label key={k} title={k === 'strategic' ? t('session.focus.strategicHint') : t('session.focus.tacticalHint')}>
                      <input
                        type="radio"
                        name={`${id}-kind`}
                        checked={kindShown === k}
                        disabled={replanning}
                        onChange={() => void chooseKind(k)}
                      />
                      <span>{k === 'strategic' ? t('session.focus.strategic') : t('session.focus.tactical')}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <label className="field" htmlFor={`${id}-box`}>
                <span>{t('session.timeBox')}</span>
                <input
                  id={`${id}-box`}
                  className="input"
                  type="number"
                  min={1}
                  max={240}
                  style={{ width: 80 }}
                  value={session.timeBoxMin}
                  onChange={(e) => {
                    const n = Math.round(Number(e.target.value));
                    if (n >= 1 && n <= 240) void db.updateSession(session.id, { timeBoxMin: n });
                  }}
                />
              </label>
            </div>
            <fieldset className="card soft stack grow-fields" style={{ margin: 0 }}>
              <legend className="label">{t('session.contract')}</legend>
              {repWants}
              <AutosaveField
                label={t('session.contract.what')}
                value={session.contract.what}
                maxLength={TEXT_LIMITS.contractField}
                multiline
                rows={1}
                target={{ kind: 'contract', sessionId: session.id, part: 'what' }}
              />
              <AutosaveField
                label={t('session.contract.reason')}
                value={session.contract.reason}
                maxLength={TEXT_LIMITS.contractField}
                multiline
                rows={1}
                target={{ kind: 'contract', sessionId: session.id, part: 'reason' }}
              />
              <AutosaveField
                label={t('session.contract.importance')}
                value={session.contract.importance}
                maxLength={TEXT_LIMITS.contractField}
                multiline
                rows={1}
                target={{ kind: 'contract', sessionId: session.id, part: 'importance' }}
              />
            </fieldset>
            {showGap ? (
              <fieldset className="card soft stack grow-fields" style={{ margin: 0 }}>
                <legend className="label">{t('session.gap')}</legend>
                <AutosaveField
                  label={t('session.gap.current')}
                  multiline
                  rows={1}
                  value={session.gap?.current ?? ''}
                  maxLength={TEXT_LIMITS.contractField}
                  target={{ kind: 'gap', sessionId: session.id, part: 'current' }}
                />
                <AutosaveField
                  label={t('session.gap.desired')}
                  multiline
                  rows={1}
                  value={session.gap?.desired ?? ''}
                  maxLength={TEXT_LIMITS.contractField}
                  target={{ kind: 'gap', sessionId: session.id, part: 'desired' }}
                />
                <label className="field" htmlFor={`${id}-cause`}>
                  <span>{t('session.gap.cause')}</span>
                  <select
                    id={`${id}-cause`}
                    className="input"
                    value={session.gap?.cause ?? ''}
                    onChange={(e) => {
                      const cause = (e.target.value || null) as (typeof GAP_CAUSES)[number] | null;
                      void db.patchGap(session.id, { cause });
                    }}
                  >
                    <option value="">{t('session.gap.unclear')}</option>
                    {GAP_CAUSES.map((cause) => (
                      <option key={cause} value={cause}>
                        {gapCauseLabel(cause)}
                      </option>
                    ))}
                  </select>
                </label>
              </fieldset>
            ) : (
              <div>
                <button
                  type="button"
                  className="btn small"
                  onClick={() => {
                    setShowGap(true);
                    void db.patchGap(session.id, {});
                  }}
                >
                  {t('session.gap.add')}
                </button>
              </div>
            )}
          </div>
        ) : (
          <div className="card soft stack grow-fields" role="group" aria-label={t('session.contract')}>
            {repWants}
          </div>
        )}
      </div>

      <div className="section">
        <QuestionList sessionId={session.id} plan={session.plan} onSwap={(qid) => swap(session, qid)} />
      </div>

      <div className="section">
        {/* The notes box waits for the saved note: typing into an empty box first would overwrite it. */}
        {note === undefined ? (
          <div className="stack tight" aria-busy="true" aria-label={t('session.notes.loading')}>
            <span className="label">{t('session.notes')}</span>
            <div className="skeleton" style={{ height: 60 }} />
          </div>
        ) : (
        <AutosaveField
          label={t('session.notes')}
          value={noteText}
          maxLength={TEXT_LIMITS.note}
          multiline
          rows={5}
          placeholder={t('session.notes.placeholder')}
          target={{ kind: 'note', sessionId: session.id, dealId: session.dealId, repId: session.repId }}
          below={(text) => (
            <>
              <CoachFindings text={text} notes />
              <AskTell texts={[text, ...ownQuestions]} />
            </>
          )}
        />
        )}
      </div>

      <div className="section">
        <SessionCommitments session={session} commitments={commitments} today={today} />
      </div>

      <div className="section">
        {planned ? (
          <div className="row">
            <button type="button" className="btn primary" onClick={() => void db.beginSession(session.id)}>
              {t('session.begin')}
            </button>
            <GuardedButton className="btn ghost danger" confirmLabel={t('session.discardPlan.confirm')} onConfirm={discard}>
              {t('session.discardPlan')}
            </GuardedButton>
          </div>
        ) : emptyAtEnd && empty ? (
          <div className="notice stack tight" role="group" aria-label={t('session.nothingRecorded')}>
            <p className="small">{t('session.nothingRecorded.text')}</p>
            <div className="row">
              <button type="button" className="btn primary" onClick={() => void discard()}>
                {t('session.discard')}
              </button>
              <button type="button" className="btn ghost" onClick={() => setEmptyAtEnd(false)}>
                {t('session.keepGoing')}
              </button>
            </div>
          </div>
        ) : (
          <div className="row">
            <GuardedButton
              className="btn primary"
              confirmLabel={t('session.end.confirm')}
              disabled={ending}
              onConfirm={() => (empty ? setEmptyAtEnd(true) : end())}
            >
              {t('session.end')}
            </GuardedButton>
            {empty ? (
              <GuardedButton className="btn ghost" confirmLabel={t('session.discard.confirm')} onConfirm={discard}>
                {t('session.discard')}
              </GuardedButton>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}
