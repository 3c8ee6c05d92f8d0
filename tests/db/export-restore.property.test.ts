import { describe, expect, it } from 'vitest';
import { useFreshDb } from './setup';
import { getDb } from '../../lib/db/database';
import { runDbCall } from '../../lib/db/api';
import { exportBackup, restoreBackup } from '../../lib/db/backup';
import { TEXT_LIMITS } from '../../lib/schema/limits';
import { CRM_IDS } from '../../lib/schema/deal-fields';
import { CANONICAL_STAGES } from '../../lib/schema/stage';
import { BUILTIN_BANK } from '../../lib/coaching/builtin-bank';

useFreshDb();

/**
 * Property: whatever sequence of writes the pages can make — including text
 * past every limit, dates that are not dates, settings out of range — the
 * manager's backup restores, and gives back exactly the data it was made of.
 * Writes go the way pages send them (by name, through runDbCall); a write
 * may be refused, never stored half-valid.
 */

/** mulberry32: a small seeded generator, so a failing run can be replayed from its seed. */
function generator(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T,>(xs: readonly T[]): T => xs[int(0, xs.length - 1)]!;
  const chance = (p: number) => next() < p;
  const ALPHABET = ['a', 'Z', ' ', '\n', 'é', '—', '“', '<b>', '😀', '\u0301', '0', '.', '/'];
  /** Text around a limit: mostly empty, short or right at it; one time in four just past it or far past it. */
  const text = (limit: number) => {
    const n = chance(0.75) ? pick([0, 1, int(2, 40), int(2, 40), limit - 1, limit]) : pick([limit + 1, limit + int(2, 500)]);
    const unit = pick(ALPHABET);
    return chance(0.5) ? unit.repeat(Math.max(0, Math.ceil(n / unit.length))).slice(0, Math.max(0, n)) : Array.from({ length: Math.min(n, 60) }, () => pick(ALPHABET)).join('') + 'x'.repeat(Math.max(0, n - 60));
  };
  const date = () =>
    chance(0.75)
      ? pick(['2026-11-30', '2027-02-28', `2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`])
      : pick(['not-a-date', '', '31/12/2026', '2026-1-5']);
  return { next, int, pick, chance, text, date };
}

type Gen = ReturnType<typeof generator>;

interface World {
  deals: string[];
  reps: string[];
  sessions: Array<{ id: string; dealId: string; repId: string | null; questions: string[] }>;
  commitments: string[];
  banks: string[];
  owners: Array<{ crm: string; name: string }>;
}

let refusals = 0;
async function call(fn: string, ...args: unknown[]): Promise<unknown> {
  const r = await runDbCall(fn, args);
  if (!r.ok) refusals++;
  return r.ok ? r.value : undefined;
}

/** One write a page can make, chosen at random, with random (often bad) arguments. */
async function randomWrite(g: Gen, w: World): Promise<void> {
  const session = w.sessions.length ? g.pick(w.sessions) : undefined;
  const crmText = () => {
    // The content script caps what it sends at 500 characters; anything from 1 to 500 can arrive.
    const t = g.text(TEXT_LIMITS.dealText).slice(0, 500);
    return t ? { value: t, source: 'test' } : null;
  };
  // Once there are sessions, most writes are the panel's (answers, notes, commitments), as in real use.
  switch (w.sessions.length && g.chance(0.6) ? g.int(7, 16) : g.int(0, 19)) {
    case 0:
    case 1: {
      const crm = g.pick(CRM_IDS);
      const owner = crmText();
      const r = (await call('recordDealVisit', {
        crm,
        dealId: `deal-${g.int(1, 6)}`,
        host: 'crm.example.com',
        url: `https://crm.example.com/deal/${g.int(1, 6)}`,
        name: crmText(),
        stage: crmText(),
        amount: g.chance(0.5) ? { value: g.int(0, 1e6), currency: g.pick(['USD', 'EUR', null]), text: '$1', source: 'test' } : null,
        closeDate: g.chance(0.5) ? { value: '2026-12-31', text: '12/31/2026', source: 'test' } : null,
        owner,
      })) as { deal: { id: string } } | undefined;
      if (r && !w.deals.includes(r.deal.id)) w.deals.push(r.deal.id);
      if (owner) w.owners.push({ crm, name: owner.value });
      return;
    }
    case 2: {
      // tier null: a rep made from a CRM owner name, its tier not set (flagged, tierSetAt null).
      const rep = (await call('createRep', { name: g.text(TEXT_LIMITS.repName), tier: g.pick(['top', 'middle', 'bottom', null]), trust: g.pick(['bronze', 'silver', 'gold']) })) as
        | { id: string }
        | undefined;
      if (rep) w.reps.push(rep.id);
      return;
    }
    case 3:
      if (w.reps.length) await call('updateRep', g.pick(w.reps), { name: g.text(TEXT_LIMITS.repName) });
      if (w.reps.length && g.chance(0.5)) await call('updateRep', g.pick(w.reps), { tier: g.pick(['top', 'middle', 'bottom', null]) });
      if (w.reps.length && w.owners.length) {
        const o = g.pick(w.owners);
        await call('linkOwnerToRep', o.crm, o.name, g.pick(w.reps));
      }
      return;
    case 4:
      if (w.deals.length) {
        const field = g.pick(['name', 'stage', 'owner', 'amount', 'currency', 'closeDate'] as const);
        const value =
          field === 'amount' ? g.int(-5, 1e7) : field === 'closeDate' ? g.date() : field === 'currency' ? g.pick(['USD', 'usd', 'EURO']) : g.text(TEXT_LIMITS.dealText);
        await call('setDealOverride', g.pick(w.deals), field, g.chance(0.2) ? null : value);
        if (w.reps.length) await call('setDealRep', g.pick(w.deals), g.chance(0.3) ? null : g.pick(w.reps));
      }
      return;
    case 5:
      await call('setStageMapping', g.pick(CRM_IDS), g.text(TEXT_LIMITS.stageLabel).slice(0, 1000), g.pick(CANONICAL_STAGES));
      return;
    case 6:
      if (w.deals.length) {
        const s = (await call('startSession', {
          dealId: g.pick(w.deals),
          repId: w.reps.length && g.chance(0.7) ? g.pick(w.reps) : null,
          mode: g.pick(['quick', 'full']),
          kind: g.pick(['strategic', 'tactical']),
          timeBoxMin: g.pick([5, 15, 240, 241]),
          stage: g.pick([...CANONICAL_STAGES, null]),
          plan: [{ questionId: 'q1', text: g.chance(0.9) ? 'What would help?' : g.text(TEXT_LIMITS.planItemText), role: 'opener', reason: '', followUps: [], asked: false, answer: '' }],
        })) as { id: string; dealId: string; repId: string | null } | undefined;
        if (s) w.sessions.push({ ...s, questions: ['q1'] });
      }
      return;
    case 7:
      if (session) await call('updateSession', session.id, { timeBoxMin: g.int(-1, 300), kind: g.pick(['strategic', 'tactical', 'bogus']) });
      return;
    case 8:
      if (session) await call('patchPlanItem', session.id, g.pick(session.questions), { answer: g.text(TEXT_LIMITS.answer), asked: g.chance(0.5) });
      return;
    case 9:
      if (session) {
        if (g.chance(0.5)) await call('appendFollowUp', session.id, g.pick(session.questions), g.text(TEXT_LIMITS.planItemFollowUp));
        else {
          const id = `own-${g.int(1, 1e9)}`;
          const ok = await runDbCall('addPlanItem', [session.id, { questionId: id, text: g.text(TEXT_LIMITS.planItemText), role: 'own', reason: 'Added by you', followUps: [], asked: false, answer: '' }]);
          if (ok.ok) session.questions.push(id);
        }
      }
      return;
    case 10:
      if (session) {
        if (g.chance(0.5)) await call('patchContract', session.id, { [g.pick(['what', 'reason', 'importance'])]: g.text(TEXT_LIMITS.contractField) });
        else await call('patchGap', session.id, { current: g.text(TEXT_LIMITS.contractField), cause: g.pick(['skill', 'will', null]) });
      }
      return;
    case 11:
    case 12:
      if (session) await call('saveSessionNote', { id: session.id, dealId: session.dealId, repId: session.repId }, g.text(TEXT_LIMITS.note));
      return;
    case 13:
      if (session) {
        const c = (await call('addCommitment', {
          sessionId: session.id,
          dealId: session.dealId,
          repId: session.repId,
          text: g.text(TEXT_LIMITS.commitmentText),
          dueDate: g.date(),
          followUp: g.text(TEXT_LIMITS.commitmentFollowUp),
          suggestedBy: g.pick(['rep', 'manager']),
        })) as { id: string } | undefined;
        if (c) w.commitments.push(c.id);
      }
      return;
    case 14:
      if (w.commitments.length) {
        const field = g.pick(['text', 'dueDate', 'followUp', 'outcomeNote', 'suggestedBy'] as const);
        const value = field === 'dueDate' ? g.date() : field === 'suggestedBy' ? g.pick(['rep', 'manager', 'boss']) : g.text(TEXT_LIMITS.commitmentText);
        await call('updateCommitment', g.pick(w.commitments), { [field]: value });
      }
      return;
    case 15:
      if (w.commitments.length) {
        const status = g.pick(['done', 'missed', 'renegotiated'] as const);
        await call('resolveCommitment', g.pick(w.commitments), status, g.text(TEXT_LIMITS.outcomeNote), status === 'renegotiated' ? g.date() : undefined);
        if (g.chance(0.2)) await call('deleteCommitment', g.pick(w.commitments));
      }
      return;
    case 16:
      if (session) await call('endSession', session.id);
      return;
    case 17:
      await call('saveSettings', { [g.pick(['stageQuestionCount', 'defaultTimeBoxMin', 'quickSessionMin', 'reminderDays'])]: g.int(-2, 130) });
      return;
    case 18: {
      const q = g.pick(BUILTIN_BANK.questions);
      await call('setQuestionDisabled', BUILTIN_BANK.id, q.id, g.chance(0.5));
      const bank = {
        id: g.pick(['my-questions', 'team-bank']),
        name: g.text(120) || 'My questions',
        builtIn: false,
        enabled: true,
        questions: [{ id: `my-${g.int(1, 1e9)}`, text: g.text(TEXT_LIMITS.questionText) || 'What else?', stages: [g.pick(CANONICAL_STAGES)], category: 'process', tags: [], followUps: [] }],
      };
      if (await call('saveBank', bank)) w.banks.push(bank.id);
      if (w.banks.length) await call('setBankEnabled', g.pick(w.banks), g.chance(0.5));
      return;
    }
    case 19:
      await call('saveCustomSite', {
        name: g.text(TEXT_LIMITS.customSiteName),
        urlPattern: g.pick(['https://crm.acme.internal/deals/*', 'not a url', `https://${'h'.repeat(g.int(1, 600))}.com/*`]),
        fields: { name: { selector: g.text(TEXT_LIMITS.selector) || undefined, label: g.text(TEXT_LIMITS.fieldLabel) || undefined } },
      });
      return;
  }
}

describe('export then restore', () => {
  const SEEDS = 24;
  const WRITES = 80;
  it(`always succeeds and gives back the same data, after ${SEEDS} random sequences of ${WRITES} writes a page can make`, async () => {
    let commitments = 0;
    let notes = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      await Promise.all(getDb().tables.map((t) => t.clear()));
      const g = generator(seed);
      const w: World = { deals: [], reps: [], sessions: [], commitments: [], banks: [], owners: [] };
      for (let i = 0; i < WRITES; i++) await randomWrite(g, w);

      const backup = await exportBackup(new Date(0));
      const records = Object.values(backup.tables).reduce((n, t) => n + t.length, 0);
      commitments += backup.tables.commitments.length;
      notes += backup.tables.sessions.filter((x) => x.note).length;
      await Promise.all(getDb().tables.map((t) => t.clear()));
      const restored = await restoreBackup(JSON.stringify(backup));
      expect(restored, `seed ${seed}`).toMatchObject({ ok: true, records });
      expect(await exportBackup(new Date(0)), `seed ${seed}`).toEqual(backup);
    }
    // The sequences did reach the interesting cases: stored notes and commitments, and refused writes.
    expect(commitments).toBeGreaterThan(SEEDS / 2);
    expect(notes).toBeGreaterThan(SEEDS / 2);
    expect(refusals).toBeGreaterThan(SEEDS * 5);
  }, 60_000);
});
