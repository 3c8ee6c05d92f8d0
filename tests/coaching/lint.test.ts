import { describe, expect, it } from 'vitest';
import { askTellRatio, lintCoachingText, splitSentences } from '../../lib/coaching';
import { coachStats } from '../../lib/coaching/lint';
import { detectLanguage } from '../../lib/coaching/language';
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

describe('ask-vs-tell coach: what the study found missing', () => {
  const kinds = (t: string) => lintCoachingText(t).map((f) => f.kind);

  it('catches telling whose verb was on no list, advice frames, judgements, blame and take-overs', () => {
    expect(kinds("Bring their CIO into Thursday's demo.")).toEqual(['directive']);
    expect(kinds("Were it my deal, I'd hold the price.")).toEqual(['advice']);
    expect(kinds('Could be smart to cc procurement early.')).toEqual(['advice']);
    expect(kinds('Your discovery notes are thin.')).toEqual(['judgment']);
    expect(kinds('How did you miss the renewal date?')).toEqual(['blame']);
    expect(kinds('Leave the pricing call to me.')).toEqual(['takeover']);
  });

  it('leaves notes that start with a word that can be a verb, and open questions with "need to", alone', () => {
    for (const t of ['Ship date slipped again.', 'What do you think the buyer needs to see first?', 'What should happen before the demo?']) {
      expect(lintCoachingText(t), t).toEqual([]);
    }
  });
});

describe('rephrasings keep the subject', () => {
  const suggestion = (t: string) => lintCoachingText(t)[0]?.suggestion;

  it('turns an order about someone into an open question about them', () => {
    expect(suggestion('You need to call the CFO tomorrow.')).toBe("What's your plan for reaching the CFO?");
    expect(suggestion('Send the revised quote today.')).toBe("What's your plan for the revised quote?");
    expect(suggestion('Leave the pricing call to me.')).toBe('How can I support you on the pricing call?');
    expect(suggestion('Did you send the deck?')).toBe('Where does the deck stand?');
    expect(suggestion("Were it my deal, I'd hold the price.")).toBe("What's your plan for the price?");
  });

  it('in notes, offers "Next time, ask: …" rather than rewriting what was said', () => {
    const [f] = lintCoachingText('You need to call the CFO tomorrow.');
    expect(f!.nextTime).toBe("Next time, ask: “What's your plan for reaching the CFO?”");
  });
});

describe('French, detected per sentence', () => {
  it('tells French from English sentence by sentence', () => {
    expect(detectLanguage('Appelle le DAF demain.')).toBe('fr');
    expect(detectLanguage("Qu'est-ce qui bloque la signature ?")).toBe('fr');
    expect(detectLanguage('What is blocking the signature?')).toBe('en');
    expect(detectLanguage('Call the CFO.')).toBe('en');
  });

  it('flags French telling with French messages and rephrasings, and leaves French asking alone', () => {
    const [f] = lintCoachingText('Appelle le DAF demain.');
    expect(f).toMatchObject({ kind: 'directive', lang: 'fr', suggestion: 'Comment comptes-tu joindre le DAF ?' });
    expect(f!.nextTime).toBe('La prochaine fois, demandez : « Comment comptes-tu joindre le DAF ? »');
    expect(lintCoachingText('Envoyez le devis ce soir.')[0]?.suggestion).toBe('Quel est votre plan pour le devis ?');
    for (const t of ["Qu'est-ce qui bloque la signature ?", 'Raconte-moi le dernier appel.', 'Comment puis-je t’aider ?', 'La date de livraison a encore glissé.']) {
      expect(lintCoachingText(t), t).toEqual([]);
    }
  });

  it('scores each sentence of a mixed note in its own language, with exact offsets', () => {
    const note = 'Dana is confident about the champion. Tu dois appeler le DAF demain. What else is on your mind?';
    const findings = lintCoachingText(note);
    expect(findings.map((f) => [note.slice(f.start, f.end), f.lang, f.kind])).toEqual([['Tu dois appeler le DAF demain.', 'fr', 'directive']]);
  });
});

describe('while the manager types', () => {
  it('scores only the sentence that changed', () => {
    const base = 'Dana walked me through the renewal call on Monday. The champion is keen. Procurement wants a discount. ';
    lintCoachingText(base + 'You need');
    const before = coachStats.scored;
    lintCoachingText(base + 'You need to');
    expect(coachStats.scored - before).toBe(1);
    lintCoachingText(base + 'You need to');
    expect(coachStats.scored - before).toBe(1);
  });
});
