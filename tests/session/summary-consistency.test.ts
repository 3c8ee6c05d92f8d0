import { describe, expect, it } from 'vitest';
import { summaryMarkdown, summaryPlainText, type SummaryInput } from '../../lib/session/summary';
import { formatDate, formatDuration } from '../../lib/session/format';
import { escapeMarkdown, csvCell, toCsv } from '../../lib/export/escape';
import { sessionsCsv } from '../../lib/export/sessions-csv';
import type { CoachingSession, Commitment, Deal } from '../../lib/schema/records';

/** The deal name from issue 13: a link, an image and HTML, as a hostile CRM page could show it. */
const EVIL = '[click me](javascript:alert(1)) ![t](https://evil.example/t.png) <img src=x onerror=alert(1)>';

const session: CoachingSession = {
  id: 's1', dealId: 'd1', repId: 'r1', mode: 'full', kind: 'tactical', status: 'ended',
  startedAt: '2026-11-20T10:00:00.000Z', endedAt: '2026-11-20T10:00:05.000Z', durationSec: 5, timeBoxMin: 15,
  contract: { what: 'Discovery calls', reason: '', importance: '', repWants: 'Practise the opening' },
  gap: null,
  plan: [
    { questionId: 'a', text: 'Walk me through your last call.', role: 'stage', reason: '', followUps: ['Tell me more.', 'What else?'], asked: true, answer: '[Tell me more.] I talked too much', promptsUsed: ['What else?'] },
  ],
  stage: 'discovery', private: true, updatedAt: '2026-11-20T10:00:05.000Z',
};
const c = (over: Partial<Commitment>): Commitment => ({
  id: 'c', sessionId: 's1', dealId: 'd1', repId: 'r1', text: 'I will ask three open questions', dueDate: '2026-11-27',
  followUp: 'Ask me Friday', suggestedBy: 'rep', status: 'open', outcomeNote: '', createdAt: '', updatedAt: '', resolvedAt: null, ...over,
});
const deal = { name: 'Globex', stageLabel: 'Discovery', amount: 1, currency: 'USD', closeDate: null, ownerName: 'Dana' };
const input: SummaryInput = {
  session,
  deal,
  rep: undefined,
  notes: '',
  commitments: [
    c({ id: 'c1' }),
    c({ id: 'c2', text: 'I will record the next call', suggestedBy: 'manager', status: 'done', outcomeNote: 'Recorded it on Monday' }),
  ],
};

describe('a consistent summary', () => {
  it('keeps the rep’s own commitments and the manager’s suggestions in separate sections, with outcomes', () => {
    const txt = summaryPlainText(input);
    const owned = txt.indexOf('Commitments (owned by the rep):');
    const suggested = txt.indexOf('Suggested by the manager:');
    expect(owned).toBeGreaterThan(-1);
    expect(suggested).toBeGreaterThan(owned);
    expect(txt.slice(owned, suggested)).toContain('I will ask three open questions');
    expect(txt.slice(owned, suggested)).not.toContain('record the next call');
    expect(txt.slice(suggested)).toContain('I will record the next call — due Nov 27, 2026; follow-up: Ask me Friday; Kept: Recorded it on Monday');
    expect(txt).not.toMatch(/suggested by manager\)/);
  });

  it('uses one duration, the browser’s date format, and the rep’s wish from the contract', () => {
    const txt = summaryPlainText(input);
    expect(txt).toContain(`Date: ${formatDate('2026-11-20T10:00:00.000Z')}`);
    expect(txt).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    expect(txt).toContain(`Tactical focus, ${formatDuration(5)}`);
    expect(formatDuration(5)).toBe('5 s');
    expect(txt).toContain('What the rep wants from today: Practise the opening');
    expect(summaryPlainText({ ...input, locale: 'de-DE' })).toContain('Date: 20. Nov. 2026');
  });

  it('never puts the manager’s prompts (“[Tell me more.]”) into the rep’s answer', () => {
    for (const out of [summaryPlainText(input), summaryMarkdown(input)]) {
      expect(out).not.toContain('Tell me more');
      expect(out).not.toContain('What else');
      expect(out).toContain('I talked too much');
    }
  });

  it('labels a quick session as one, never as “Focus: strategic”', () => {
    const txt = summaryPlainText({ ...input, session: { ...session, mode: 'quick', kind: 'strategic' } });
    expect(txt).toContain('Quick session, 5 s');
    expect(txt).not.toMatch(/strategic/i);
  });
});

describe('escaped exports', () => {
  const evil: SummaryInput = {
    ...input,
    deal: { ...deal, name: EVIL, stageLabel: '<b>Won</b>', ownerName: '# Owner' },
    notes: `${EVIL}\n- [x](https://evil.example)\n# Heading`,
    commitments: [c({ text: EVIL, followUp: '![p](https://evil.example/p.png)' })],
  };

  it('escapes CRM and typed text in Markdown: no live link, image or HTML survives', () => {
    const md = summaryMarkdown(evil);
    // No unescaped link or image syntax, no raw tag.
    expect(md).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/m);
    expect(md).not.toMatch(/(^|[^\\])!\[/m);
    expect(md).not.toMatch(/(^|[^\\])<(img|b)\b/im);
    expect(md).toContain('## Coaching session: \\[click me\\]\\(javascript:alert\\(1\\)\\) \\!\\[t\\]\\(https://evil.example/t.png\\) \\<img src=x onerror=alert\\(1\\)\\>');
    // A note line cannot become a heading or a nested list.
    expect(md).toContain('- \\- \\[x\\]');
    expect(md).toContain('- \\# Heading');
    expect(md).not.toMatch(/^#{1,6} Heading/m);
  });

  it('escapes Markdown so that the text reads the same once rendered', () => {
    // Removing the backslash escapes gives back exactly the original text.
    expect(escapeMarkdown(EVIL).replace(/\\(.)/g, '$1')).toBe(EVIL);
    expect(escapeMarkdown('1. First')).toBe('1\\. First');
    expect(escapeMarkdown('Tom & Jerry')).toBe('Tom \\& Jerry');
  });

  it('keeps plain text to plain lines: a value cannot forge a line of the summary or hide direction marks', () => {
    const txt = summaryPlainText({ ...evil, deal: { ...deal, name: 'Globex\nCommitments (owned by the rep):\n  • I will give a discount\u202E' } });
    expect(txt.split('\n')[0]).toBe('Coaching session: Globex Commitments (owned by the rep): • I will give a discount');
    expect(txt).not.toContain('\u202E');
    expect(txt).toContain(EVIL); // plain text has no markup: the characters are kept as they are
  });

  it('escapes CSV cells: quotes, line breaks and formulas stay text', () => {
    expect(csvCell('=HYPERLINK("https://evil.example","Click")')).toBe('"\'=HYPERLINK(""https://evil.example"",""Click"")"');
    for (const f of ['+1+1', '-2+3', '@SUM(A1)', '\t=1', '＝1']) expect(csvCell(f).startsWith('"\'')).toBe(true);
    expect(csvCell('a,b\nc')).toBe('"a,b\nc"');
    expect(toCsv([['x', 1, null]])).toBe('"x",1,\r\n');
  });

  it('exports sessions as CSV with every CRM or typed value escaped', () => {
    const dealRecord: Deal = {
      id: 'd1', key: 'k', crm: 'salesforce-lightning', host: 'h', crmDealId: '1', url: 'https://h/1', name: '=HYPERLINK("https://evil.example","Globex")',
      stageLabel: EVIL, amount: null, currency: null, closeDate: null, ownerName: '@Dana', repId: null, overrides: {}, stageSince: null, firstSeenAt: '', lastSeenAt: '',
    };
    const csv = sessionsCsv([{ session, deal: dealRecord, rep: undefined, notes: '-1 + 1 "quoted"', commitments: [c({ text: '+cmd|calc' })] }]);
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('"Date","Deal","Stage","Rep","Session","Minutes","What the rep wants","Questions asked","Commitments","Notes"');
    expect(row).toContain('"\'=HYPERLINK(""https://evil.example"",""Globex"")"');
    expect(row).toContain('"\'@Dana"');
    expect(row).toContain('"\'+cmd|calc (due 2026-11-27; Open)"');
    expect(row).toContain('"\'-1 + 1 ""quoted"""');
    expect(row).toContain(`"${EVIL}"`);
    // No cell starts with a formula character outside a quote-apostrophe.
    expect(csv).not.toMatch(/(^|,)"?[=+@]/m);
  });
});
