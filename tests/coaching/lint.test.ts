import { describe, expect, it } from 'vitest';
import { askTellRatio, lintCoachingText, splitSentences } from '../../lib/coaching';
import { ASKING, TELLING } from './ask-tell-corpus';

describe('ask-vs-tell coach: labelled corpus', () => {
  it('has at least 120 utterances, about half telling and half asking', () => {
    expect(TELLING.length + ASKING.length).toBeGreaterThanOrEqual(120);
    expect(Math.abs(TELLING.length - ASKING.length)).toBeLessThanOrEqual(4);
    expect(new Set([...TELLING, ...ASKING]).size).toBe(TELLING.length + ASKING.length);
  });

  it('finds telling with precision and recall of at least 0.9', () => {
    const telling = (t: string) => lintCoachingText(t).length > 0;
    const tp = TELLING.filter(telling).length;
    const fn = TELLING.length - tp;
    const fp = ASKING.filter(telling).length;
    const tn = ASKING.length - fp;
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    console.log(
      `ask-vs-tell confusion matrix (positive = telling)\n` +
        `                 predicted tell  predicted ask\n` +
        `actual tell      ${String(tp).padStart(14)}  ${String(fn).padStart(13)}\n` +
        `actual ask       ${String(fp).padStart(14)}  ${String(tn).padStart(13)}\n` +
        `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}\n` +
        `missed: ${JSON.stringify(TELLING.filter((t) => !telling(t)))}\n` +
        `false alarms: ${JSON.stringify(ASKING.filter(telling))}`,
    );
    expect(precision).toBeGreaterThanOrEqual(0.9);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  });
});

describe('ask-vs-tell coach', () => {
  it('leaves coaching moves alone', () => {
    for (const t of ['Tell me more.', 'Walk me through the last call.', 'What else?', 'How can I help?', "I noticed the date moved; what's behind that?"]) {
      expect(lintCoachingText(t), t).toEqual([]);
    }
  });

  it('flags orders that name the person after "with", not notes about a call or a follow-up', () => {
    const kinds = (t: string) => lintCoachingText(t).map((f) => f.kind);
    for (const t of ['Follow up with Maria tomorrow morning.', 'Just check in with legal before Friday.', 'Touch base with the champion this week.', 'Meet with the CFO.']) {
      expect(kinds(t), t).toEqual(['directive']);
    }
    for (const t of ['Call with the CFO went well.', 'Follow-up with Maria went well.', 'Who should you follow up with first?', 'How do you want me to follow up if this slips?']) {
      expect(lintCoachingText(t), t).toEqual([]);
    }
  });

  it('points at the telling sentence in a longer note, with its offsets in the original text', () => {
    const note = 'Dana is confident about the champion.\nYou need to call procurement today. What else is on your mind?';
    const findings = lintCoachingText(note);
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(note.slice(f!.start, f!.end)).toBe('You need to call procurement today.');
    expect(f!.kind).toBe('directive');
    expect(f!.suggestion).toMatch(/\?$/);
  });

  it('names what kind of telling it found and offers an open question instead', () => {
    const kinds = (t: string) => lintCoachingText(t).map((f) => f.kind);
    expect(kinds("Why didn't you send it?")).toEqual(['blame']);
    expect(kinds("I'll handle it.")).toEqual(['takeover']);
    expect(kinds('Did you send the deck?')).toEqual(['closed-question']);
    expect(kinds("Don't you think they're stalling?")).toEqual(['leading-question']);
    expect(kinds('Wouldn’t it be better to wait?')).toEqual(['prescription']);
    expect(lintCoachingText('Is there a budget?')[0]!.suggestion).toBe('What do you know about the budget?');
  });

  it('splits notes into sentences without losing their place', () => {
    const text = '  First one. Second?  Third!\nFourth';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(splitSentences(text).map((s) => s.text)).toEqual(['First one.', 'Second?', 'Third!', 'Fourth']);
  });

  it('counts asking against telling across notes and questions', () => {
    expect(askTellRatio(['What else? Tell me more.', 'You should call them.'])).toEqual({ asks: 2, tells: 1, ratio: 2 });
    expect(askTellRatio(['How did it go?']).ratio).toBeNull();
  });
});
