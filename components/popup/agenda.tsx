// Types and zod-free modules only: the popup opens on every toolbar click, and
// reads through the background (components/data.ts), without Dexie or zod
// (tests/meta/bundles.test.ts checks).
import type { AgendaCommitment } from '@/lib/db/agenda';
import type { RepAgendaRow } from '@/lib/db/agenda-rows';
import { effectiveDeal } from '@/lib/db/effective-deal';
import { addDays, weekStartIso } from '@/lib/dates';
import type { Deal } from '@/lib/schema/records';
import { chosenTier } from '@/lib/model/rep-tier';
import { db, useDbQuery } from '../data';
import { TierSwitch } from '../review/your-coaching';
import { formatDate, formatDuration, relativeDay, todayIso } from '../format';
import { t } from '@/lib/i18n';

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

/** Today's coaching agenda: follow-ups first, then unfinished sessions, then who to coach. */
export function Agenda() {
  const today = todayIso();
  const data = useDbQuery((q) => q.loadTodaysAgenda(today, weekStartIso(today)), [today]);

  if (data === undefined) {
    return (
      <div className="section" aria-busy="true" aria-label={t('popup.loading')}>
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
          <h1>{t('popup.heading')}</h1>
          <span className="small muted">{formatDate(today)}</span>
        </div>
        <p className="small muted" data-testid="ledger">
          {ledger.sessions === 0
            ? t('popup.ledgerNone')
            : t('popup.ledger', { duration: formatDuration(ledger.totalSec), count: ledger.sessions })}
        </p>
      </div>
      {nothing ? (
        <div className="empty">
          <strong>{t('popup.nothing')}</strong>
          <span className="small">{t('popup.nothingHint')}</span>
        </div>
      ) : null}
      {prepared.length ? (
        <section className="section" aria-labelledby="prepared-h">
          <h2 id="prepared-h">{t('popup.prepared')}</h2>
          <ul className="list">
            {prepared.map(({ session, rep, deal }) => (
              <li key={session.id} className="row between" data-prepared-id={session.id}>
                <span className="grow">
                  <strong>{rep?.name ?? deal?.ownerName ?? t('popup.repNotLinked')}</strong>{' '}
                  <span className="muted small">
                    {t('popup.preparedLine', {
                      deal: deal ? effectiveDeal(deal).name ?? '' : '',
                      kind: session.kind === 'tactical' ? t('popup.tactical') : t('popup.strategic'),
                      minutes: session.timeBoxMin,
                      when: relativeDay(session.preparedAt ?? session.startedAt, today),
                    })}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
                  {t('popup.open')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.followUps.length ? (
        <section className="section" aria-labelledby="due-h">
          <h2 id="due-h">{t('popup.followUps', { count: agenda.followUps.length })}</h2>
          <ul className="list">
            {agenda.followUps.map((f) => (
              <FollowUpRow key={f.commitment.id} f={f} today={today} />
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.unfinished.length ? (
        <section className="section" aria-labelledby="open-h">
          <h2 id="open-h">{t('popup.unfinished')}</h2>
          <ul className="list">
            {agenda.unfinished.map(({ session, rep, deal }) => (
              <li key={session.id} className="row between">
                <span className="grow">
                  <strong>{rep?.name ?? t('popup.unlinkedRep')}</strong>{' '}
                  <span className="muted small">
                    {t('popup.startedLine', { deal: deal ? effectiveDeal(deal).name ?? '' : '', when: relativeDay(session.startedAt, today) })}
                  </span>
                </span>
                <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
                  {t('popup.resume')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {agenda.repRows?.length ? (
        <section className="section" aria-labelledby="coach-h">
          <h2 id="coach-h">{t('popup.whoNext')}</h2>
          <p className="small muted">{t('popup.whoNextHint')}</p>
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
  const when = f.overdue ? t('popup.overdue', { when: relativeDay(c.dueDate, today) }) : c.dueDate === today ? t('format.today') : relativeDay(c.dueDate, today);
  const who = f.rep?.name ?? t('popup.unlinkedRep');
  const what = c.text.trim() || t('popup.noWords');
  return (
    <li className="row small" data-commitment-id={c.id} style={{ flexWrap: 'nowrap' }} title={c.followUp ? t('popup.followUpChosen', { followUp: c.followUp }) : undefined}>
      <span className={`chip ${f.overdue ? 'bad' : 'warn'}`}>{when}</span>
      <span className="grow one-line">
        <strong>{who}</strong> {what}
      </span>
      <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'done', '')}>
        {t('popup.done')}
      </button>
      <button type="button" className="btn small" onClick={() => void db.resolveCommitment(c.id, 'missed', '')}>
        {t('popup.missed')}
      </button>
      <button type="button" className="btn small ghost" title={t('popup.snoozeHint')} onClick={() => void db.snoozeCommitment(c.id, addDays(today, 1))}>
        {t('popup.snooze')}
      </button>
    </li>
  );
}

/** A rep on the agenda: the deal to coach on, its stage, the open commitment or last gap, and what to focus on. */
function RepRow({ row, today }: { row: RepAgendaRow; today: string }) {
  const { rep, deal } = row;
  const name = deal ? (effectiveDeal(deal).name ?? t('popup.untitledDeal')) : null;
  return (
    <li className={`card stack tight${row.coachedToday ? ' soft' : ''}`} data-rep-id={rep.id}>
      <div className="row between small">
        <strong>{rep.name}</strong>
        <TierSwitch repId={rep.id} name={rep.name} tier={chosenTier(rep)} />
      </div>
      <div className="row small" style={{ flexWrap: 'nowrap' }}>
        <span className="grow one-line">
          {name ? (
            <>
              {name}
              {row.stage ? <span className="muted"> · {row.stage}</span> : null}
            </>
          ) : (
            <span className="muted">{t('popup.noDealYet')}</span>
          )}
        </span>
        <button type="button" className="btn small" onClick={() => openDeal(deal)} disabled={!deal}>
          {t('popup.openDeal')}
        </button>
      </div>
      {row.openCommitment ? (
        <span className="small one-line">
          <span className="muted">{t('popup.openCommitment')}</span> {row.openCommitment.text}{' '}
          <span className="muted">{t('popup.due', { when: relativeDay(row.openCommitment.dueDate, today) })}</span>
        </span>
      ) : row.lastGap ? (
        <span className="small one-line">
          <span className="muted">{t('popup.lastGap')}</span> {row.lastGap}
        </span>
      ) : null}
      <span className="small">
        <span className="muted">{t('popup.focusLabel')}</span> {row.focus}
      </span>
      <span className="small muted">{row.coachedToday ? t('popup.coachedToday') : rep.lastCoachedAt ? t('popup.coached', { when: relativeDay(rep.lastCoachedAt, today) }) : t('popup.neverCoached')}</span>
    </li>
  );
}
