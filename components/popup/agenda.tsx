// Types and zod-free modules only: the popup opens on every toolbar click, and
// reads through the background (components/data.ts), without Dexie or zod
// (tests/meta/bundles.test.ts checks).
import type { AgendaCommitment, TodaysAgenda } from '@/lib/db/agenda';
import type { RepAgendaRow } from '@/lib/db/agenda-rows';
import { effectiveDeal } from '@/lib/db/effective-deal';
import { addDays } from '@/lib/dates';
import type { Deal } from '@/lib/schema/records';
import { db } from '../data';
import { TierSwitch } from '../review/your-coaching';
import { formatDate, formatDuration, relativeDay, todayIso } from '../format';

/** Opens a deal's CRM page. The URL came from a page, so only http(s) URLs on the deal's own host are opened. */
export function openDeal(deal: Deal | undefined) {
  if (!deal) return;
  try {
    const url = new URL(deal.url);
    if ((url.protocol === 'https:' || url.protocol === 'http:') && url.host === deal.host) {
      void browser.tabs.create({ url: url.href });
    }
  } catch {
    /* not a URL: nothing to open */
  }
}

/**
 * Today's coaching agenda: follow-ups first, then unfinished sessions, then who
 * to coach. The popup reads it (loadTodaysAgenda, asked for before React
 * loads) and passes it here; undefined while that read runs.
 */
export function Agenda({ data, today = todayIso() }: { data: TodaysAgenda | undefined; today?: string }) {

  if (data === undefined) {
    return (
      <div className="section" aria-busy="true" aria-label="Loading agenda">
        <div className="skeleton" style={{ width: '60%', height: 16 }} />
        <div className="skeleton" />
        <div className="skeleton" style={{ width: '80%' }} />
      </div>
    );
  }
  const { agenda, ledger } = data;
  const prepared = agenda.prepared ?? [];
  const nothing = agenda.followUps.length === 0 && agenda.unfinished.length === 0 && prepared.length === 0;
  return (
    <div data-testid="agenda">
      <div className="section">
        <div className="row between">
          <h1>Today’s coaching</h1>
          <span className="small muted">{formatDate(today)}</span>
        </div>
        <p className="small muted" data-testid="ledger">
          {ledger.sessions === 0
            ? 'No coaching sessions yet this week.'
            : `This week: ${formatDuration(ledger.totalSec)} of coaching in ${ledger.sessions} session${ledger.sessions === 1 ? '' : 's'}.`}
        </p>
      </div>
      {nothing ? (
        <div className="empty">
          <strong>Nothing to follow up today</strong>
          <span className="small">Open a rep’s deal in your CRM and press “Start session” — it takes five minutes.</span>
        </div>
      ) : null}
      {prepared.length ? (
        <section className="section" aria-labelledby="prepared-h">
          <h2 id="prepared-h">Prepared for today</h2>
          <ul className="list">
            {prepared.map(({ session, rep, deal }) => (
              <li key={session.id} className="row between" data-prepared-id={session.id}>
                <span className="grow">
                  <strong>{rep?.name ?? deal?.ownerName ?? 'Rep not linked yet'}</strong>{' '}
                  <span className="muted small">
                    {deal ? effectiveDeal(deal).name : ''} · {session.kind === 'tactical' ? 'tactical' : 'strategic'}, {session.timeBoxMin} min · prepared{' '}
                    {relativeDay(session.preparedAt ?? session.startedAt, today)}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
                  Open
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.followUps.length ? (
        <section className="section" aria-labelledby="due-h">
          <h2 id="due-h">Follow up ({agenda.followUps.length})</h2>
          <ul className="list">
            {agenda.followUps.map((f) => (
              <FollowUpRow key={f.commitment.id} f={f} today={today} />
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.unfinished.length ? (
        <section className="section" aria-labelledby="open-h">
          <h2 id="open-h">Unfinished sessions</h2>
          <ul className="list">
            {agenda.unfinished.map(({ session, rep, deal }) => (
              <li key={session.id} className="row between">
                <span className="grow">
                  <strong>{rep?.name ?? 'Unlinked rep'}</strong>{' '}
                  <span className="muted small">
                    {deal ? effectiveDeal(deal).name : ''} · started {relativeDay(session.startedAt, today)}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
                  Resume
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.repRows?.length ? (
        <section className="section" aria-labelledby="coach-h">
          <h2 id="coach-h">Who to coach next</h2>
          <p className="small muted">Middle performers first: they gain the most. Coached today go last.</p>
          <ul className="list">
            {agenda.repRows.map((row) => (
              <RepRow key={row.rep.id} row={row} today={today} />
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}

/** One line per follow-up: who, what, when, and Done, Missed or Snooze (to tomorrow). */
function FollowUpRow({ f, today }: { f: AgendaCommitment; today: string }) {
  const c = f.commitment;
  const when = f.overdue ? `overdue ${relativeDay(c.dueDate, today)}` : c.dueDate === today ? 'today' : relativeDay(c.dueDate, today);
  const who = f.rep?.name ?? 'Unlinked rep';
  const what = c.text.trim() || '(no words written)';
  return (
    <li className="row small" data-commitment-id={c.id} style={{ flexWrap: 'nowrap' }} title={c.followUp ? `Follow-up they chose: ${c.followUp}` : undefined}>
      <span className={`chip ${f.overdue ? 'bad' : 'warn'}`}>{when}</span>
      <span className="grow one-line">
        <strong>{who}</strong> {what}
      </span>
      <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'done', '')}>
        Done
      </button>
      <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'missed', '')}>
        Missed
      </button>
      <button type="button" className="btn small ghost" title="Bring it back tomorrow" onClick={() => void db.snoozeCommitment(c.id, addDays(today, 1))}>
        Snooze
      </button>
    </li>
  );
}

/** A rep on the agenda: the deal to coach on, its stage, the open commitment or last gap, and what to focus on. */
function RepRow({ row, today }: { row: RepAgendaRow; today: string }) {
  const { rep, deal } = row;
  const name = deal ? (effectiveDeal(deal).name ?? 'Untitled deal') : null;
  return (
    <li className={`card stack tight${row.coachedToday ? ' soft' : ''}`} data-rep-id={rep.id}>
      <div className="row between small">
        <strong>{rep.name}</strong>
        <TierSwitch repId={rep.id} name={rep.name} tier={rep.tier} />
      </div>
      <div className="row small" style={{ flexWrap: 'nowrap' }}>
        <span className="grow one-line">
          {name ? (
            <>
              {name}
              {row.stage ? <span className="muted"> · {row.stage}</span> : null}
            </>
          ) : (
            <span className="muted">No deal seen yet</span>
          )}
        </span>
        <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
          Open deal
        </button>
      </div>
      {row.openCommitment ? (
        <span className="small one-line">
          <span className="muted">Open commitment:</span> {row.openCommitment.text} <span className="muted">(due {relativeDay(row.openCommitment.dueDate, today)})</span>
        </span>
      ) : row.lastGap ? (
        <span className="small one-line">
          <span className="muted">Last gap:</span> {row.lastGap}
        </span>
      ) : null}
      <span className="small">
        <span className="muted">Focus:</span> {row.focus}
      </span>
      <span className="small muted">{row.coachedToday ? 'Coached today' : rep.lastCoachedAt ? `Coached ${relativeDay(rep.lastCoachedAt, today)}` : 'Never coached'}</span>
    </li>
  );
}
