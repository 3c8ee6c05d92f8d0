import { useEffect, useId, useState } from 'react';
import { askTellRatio } from '@/lib/coaching/lint';
import { db, useDbQuery } from '../data';
import type { CoachingSession, PlanItem } from '@/lib/schema/records';
import { GAP_CAUSES } from '@/lib/schema/enums';
import { AutosaveField } from '../autosave-field';
import { CoachFindings } from '../coach-findings';
import { clock } from '../format';
import { QuestionList } from './question-list';
import { SessionCommitments } from './commitments';

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
    <div className="stack tight" role="timer" aria-label="Session time">
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
  const r = askTellRatio(texts);
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
}

export function SessionView({ session, today, swap, onEnded }: SessionViewProps) {
  const id = useId();
  const note = useDbQuery(() => db.getSessionNote(session.id), [session.id]);
  const commitments = useDbQuery(() => db.commitmentsForSession(session.id), [session.id]) ?? [];
  const [showGap, setShowGap] = useState(session.gap !== null);
  const [ending, setEnding] = useState(false);
  const noteText = note?.text ?? '';
  const ownQuestions = session.plan.filter((p) => p.role === 'own').map((p) => p.text);

  return (
    <div data-testid="session" data-session-id={session.id}>
      <div className="section">
        <div className="row between">
          <h2>{session.mode === 'quick' ? 'Quick session' : 'Planned session'}</h2>
          <SessionTimer startedAt={session.startedAt} timeBoxMin={session.timeBoxMin} />
        </div>
        {session.mode === 'full' ? (
          <div className="stack">
            <div className="row">
              <fieldset className="field" style={{ border: 0, padding: 0, margin: 0 }}>
                <legend className="label">Focus</legend>
                <div className="seg">
                  {(['strategic', 'tactical'] as const).map((k) => (
                    <label key={k} title={k === 'strategic' ? 'The future and the plan' : 'One specific behaviour'}>
                      <input
                        type="radio"
                        name={`${id}-kind`}
                        checked={session.kind === k}
                        onChange={() => void db.updateSession(session.id, { kind: k })}
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
            <fieldset className="card soft stack" style={{ margin: 0 }}>
              <legend className="label">Up-front contract</legend>
              <AutosaveField
                label="What we'll cover"
                value={session.contract.what}
                onSave={(what) => db.patchContract(session.id, { what })}
              />
              <AutosaveField
                label="Why now"
                value={session.contract.reason}
                onSave={(reason) => db.patchContract(session.id, { reason })}
              />
              <AutosaveField
                label="Why it matters to the rep"
                value={session.contract.importance}
                onSave={(importance) => db.patchContract(session.id, { importance })}
              />
            </fieldset>
            {showGap ? (
              <fieldset className="card soft stack" style={{ margin: 0 }}>
                <legend className="label">Gap analysis</legend>
                <AutosaveField
                  label="Where the rep is now"
                  value={session.gap?.current ?? ''}
                  onSave={(current) => db.patchGap(session.id, { current })}
                />
                <AutosaveField
                  label="Where the rep wants to be"
                  value={session.gap?.desired ?? ''}
                  onSave={(desired) => db.patchGap(session.id, { desired })}
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
        ) : null}
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
          multiline
          rows={5}
          placeholder="What you heard. Keep asking: “Tell me more.”"
          onSave={(text) => db.saveSessionNote({ id: session.id, dealId: session.dealId, repId: session.repId }, text)}
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
        <button
          type="button"
          className="btn primary"
          disabled={ending}
          onClick={async () => {
            setEnding(true);
            // Let blur-triggered saves land before the session closes.
            (document.activeElement as HTMLElement | null)?.blur();
            await new Promise((r) => setTimeout(r, 0));
            try {
              onEnded(await db.endSession(session.id));
            } finally {
              setEnding(false);
            }
          }}
        >
          End session
        </button>
      </div>
    </div>
  );
}
