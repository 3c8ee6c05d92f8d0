import { useDeferredValue, useEffect, useId, useMemo, useState, type FormEvent } from 'react';
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
    <div className="stack tight session-timer" role="timer" aria-label="Session time">
      <span className={`timer small${over ? ' over' : ''}`}>
        {clock(elapsed)} / {clock(box)}
        {over ? ' — over time' : ''}
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
  // Counted after the keystroke has painted (long notes stay within a frame).
  const shown = useDeferredValue(same);
  const r = useMemo(() => askTellRatioByLine(shown), [shown]);
  return (
    <p className="small muted" data-testid="ask-tell-ratio">
      Ask:tell {r.asks}:{r.tells}
      {r.tells === 0 ? ' — all asking so far.' : r.asks >= r.tells * 3 ? ' — mostly asking.' : ' — try asking more than telling.'}
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
      label="What the rep wants from today"
      value={session.contract.repWants ?? ''}
      multiline
      rows={1}
      placeholder="In the rep's words"
      maxLength={TEXT_LIMITS.contractField}
      target={{ kind: 'contract', sessionId: session.id, part: 'repWants' }}
    />
  );

  return (
    <div data-testid="session" data-session-id={session.id}>
      <div className="section session-bar" data-testid="session-bar">
        <div className="row between">
          <h2>{session.mode === 'quick' ? 'Quick session' : planned ? 'Prepared session' : 'Planned session'}</h2>
          {planned ? (
            <span className="row">
              <span className="small muted">{session.timeBoxMin} min, not begun</span>
              <button type="button" className="btn primary" onClick={() => void db.beginSession(session.id)}>
                Begin
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
            Prepared{session.preparedAt ? ` ${formatDate(session.preparedAt)}` : ''}. Nothing is timed until you press Begin with the rep; the plan waits on
            today’s agenda.
          </p>
        ) : null}
        {session.mode === 'full' ? (
          <div className="stack">
            <div className="row">
              <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
                <legend className="label">Focus</legend>
                <div className="seg">
                  {SESSION_KINDS.map((k) => (
                    <label key={k} title={k === 'strategic' ? 'The future and the plan: who and what' : 'One behaviour or skill: how'}>
                      <input
                        type="radio"
                        name={`${id}-kind`}
                        checked={kindShown === k}
                        disabled={replanning}
                        onChange={() => void chooseKind(k)}
                      />
                      <span>{k === 'strategic' ? 'Strategic' : 'Tactical'}</span>
                    </label>
                  ))}
                </div>
              </fieldset>
              <label className="field" htmlFor={`${id}-box`}>
                <span>Time box (min)</span>
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
              <legend className="label">Up-front contract</legend>
              {repWants}
              <AutosaveField
                label="What we'll cover"
                value={session.contract.what}
                maxLength={TEXT_LIMITS.contractField}
                multiline
                rows={1}
                target={{ kind: 'contract', sessionId: session.id, part: 'what' }}
              />
              <AutosaveField
                label="Why now"
                value={session.contract.reason}
                maxLength={TEXT_LIMITS.contractField}
                multiline
                rows={1}
                target={{ kind: 'contract', sessionId: session.id, part: 'reason' }}
              />
              <AutosaveField
                label="Why it matters to the rep"
                value={session.contract.importance}
                maxLength={TEXT_LIMITS.contractField}
                multiline
                rows={1}
                target={{ kind: 'contract', sessionId: session.id, part: 'importance' }}
              />
            </fieldset>
            {showGap ? (
              <fieldset className="card soft stack grow-fields" style={{ margin: 0 }}>
                <legend className="label">Gap analysis</legend>
                <AutosaveField
                  label="Where the rep is now"
                  multiline
                  rows={1}
                  value={session.gap?.current ?? ''}
                  maxLength={TEXT_LIMITS.contractField}
                  target={{ kind: 'gap', sessionId: session.id, part: 'current' }}
                />
                <AutosaveField
                  label="Where the rep wants to be"
                  multiline
                  rows={1}
                  value={session.gap?.desired ?? ''}
                  maxLength={TEXT_LIMITS.contractField}
                  target={{ kind: 'gap', sessionId: session.id, part: 'desired' }}
                />
                <label className="field" htmlFor={`${id}-cause`}>
                  <span>What stands in the way</span>
                  <select
                    id={`${id}-cause`}
                    className="input"
                    value={session.gap?.cause ?? ''}
                    onChange={(e) => {
                      const cause = (e.target.value || null) as (typeof GAP_CAUSES)[number] | null;
                      void db.patchGap(session.id, { cause });
                    }}
                  >
                    <option value="">Not clear yet</option>
                    <option value="skill">Skill</option>
                    <option value="will">Will</option>
                    <option value="knowledge">Knowledge</option>
                    <option value="system">System</option>
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
                  Add gap analysis
                </button>
              </div>
            )}
          </div>
        ) : (
          <div className="card soft stack grow-fields" role="group" aria-label="Up-front contract">
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
          <div className="stack tight" aria-busy="true" aria-label="Loading notes">
            <span className="label">Notes</span>
            <div className="skeleton" style={{ height: 60 }} />
          </div>
        ) : (
        <AutosaveField
          label="Notes"
          value={noteText}
          maxLength={TEXT_LIMITS.note}
          multiline
          rows={5}
          placeholder="What you heard. Keep asking: “Tell me more.”"
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
              Begin
            </button>
            <GuardedButton className="btn ghost danger" confirmLabel="Yes, discard the plan" onConfirm={discard}>
              Discard plan
            </GuardedButton>
          </div>
        ) : emptyAtEnd && empty ? (
          <div className="notice stack tight" role="group" aria-label="Nothing recorded">
            <p className="small">Nothing was recorded in this session. Discard it? It will not count as coaching.</p>
            <div className="row">
              <button type="button" className="btn primary" onClick={() => void discard()}>
                Discard session
              </button>
              <button type="button" className="btn ghost" onClick={() => setEmptyAtEnd(false)}>
                Keep going
              </button>
            </div>
          </div>
        ) : (
          <div className="row">
            <GuardedButton
              className="btn primary"
              confirmLabel="Yes, end session"
              disabled={ending}
              onConfirm={() => (empty ? setEmptyAtEnd(true) : end())}
            >
              End session
            </GuardedButton>
            {empty ? (
              <GuardedButton className="btn ghost" confirmLabel="Yes, discard session" onConfirm={discard}>
                Discard session
              </GuardedButton>
            ) : null}
          </div>
        )}
      </div>
    </div>
  );
}
