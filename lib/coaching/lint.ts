/**
 * The ask-vs-tell coach. Managers slip into "doing and telling": giving
 * orders, taking the call over, asking yes/no or leading questions, blaming.
 * This finds those sentences so the manager can turn them into open
 * questions. Rules, not a model: fast, predictable and explainable.
 */

export type FindingKind = 'directive' | 'takeover' | 'closed-question' | 'leading-question' | 'blame' | 'prescription';

export interface CoachingFinding {
  /** Character offsets into the original text (the whole sentence). */
  start: number;
  end: number;
  kind: FindingKind;
  message: string;
  /** An open question to ask instead. */
  suggestion: string;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

/** Splits on . ! ? ; and line breaks, keeping the punctuation and exact offsets. */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^.!?;\n]+(?:[.!?;]+|(?=\n)|$)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const body = raw.trim();
    if (/[a-z]/i.test(body)) out.push({ start: m.index + lead, end: m.index + lead + body.length, text: body });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const FILLER = /^(?:(?:so|and|but|ok|okay|well|now|then|also|hey|look|listen|honestly|quick question|one thing)\b[,:]?\s+)+/;
const COACHING_START =
  /^(?:tell me|walk me|talk me|help me|say more|share (?:with me|more)|describe|imagine|picture|paint me|what else|how can i (?:best )?(?:help|support)|i noticed|i'm curious|i am curious|i wonder|let me ask|let me make sure i understand|let me check i understand|let's explore|let's think|let's look at what you)/;
const POLITE_OPEN = /^(?:can|could|would|will) you (?:please )?(?:tell|walk|talk|help|describe|share|say more|explain|paint|give me a sense|take me through|think aloud)\b/;

const BLAME = /\b(?:why (?:didn't|did not|haven't|have not|wasn't|weren't|don't|do not|won't|couldn't|aren't|isn't|hasn't|can't|on earth) you|how could you (?:not|miss|forget|let|possibly|lose|ignore|have)|what were you thinking|you (?:always|never) \w+|whose fault)\b/;
const PRESCRIPTION_START =
  /^(?:wouldn't it be (?:better|smarter|easier|wise)|wouldn't it make (?:more )?sense|isn't it (?:better|smarter|time)|shouldn't you|shouldn't we|why not just|why not|why don't you (?:just )?|have you (?:considered|thought about|tried)|what if you just|how about you just|maybe you (?:could|should)|you might want to|it might be (?:good|better|worth)|it would be (?:good|better|best) (?:to|if you))/;
const LEADING = /^(?:don't you think|do you not think|wouldn't you agree|don't you agree|isn't it (?:true|obvious|clear)|surely|you (?:do )?agree(?:,| that)|you know (?:that|what) )|,\s*(?:right|correct|yes|no|ok|okay|agreed|don't you|isn't it|wouldn't you|didn't you|won't you|can't you)\s*\?$/;
const DIRECTIVE =
  /\b(?:you(?:'ve got to|'d better| (?:need to|needs to|should|must|have to|have got to|gotta|ought to|had better|better))|make sure (?:you|to|that)|don't forget to|do not forget to|remember to|i want you to|i need you to|i'd like you to|i expect you to|it's time to|you're going to have to|you will need to|go and|be sure to)\b/;
const TAKEOVER =
  /\b(?:(?:i'll|i will|let me|i'm going to|i am going to|i can just|i'd better|leave it to me,? i'll) (?:just )?(?:handle|do|take|call|email|ring|phone|talk to|speak to|run|lead|join|jump on|deal with|fix|sort|write|send|reach out|own|close|negotiate|present|pitch|drive|step in|get on|set up|redo|rewrite|take over|escalate|loop in)|leave (?:it|this|that) (?:to|with) me|i'll take it from here|i'll take over|let me take (?:it|this|that|over)|hand (?:it|this|that) (?:over )?to me|i'll get (?:it|this|that) done)\b/;
// Sales actions a manager tends to bark as orders. Coaching verbs (tell me, walk me …) are allowed above.
// An order is a sales verb at the start followed by its object or a direction
// ("Send them…", "Call procurement…"); "Call with the CFO went well" is a note, not an order.
const IMPERATIVE =
  /^(?:just |please |now |then |first,? |today,? )*(?:send|call|email|e-mail|ring|phone|ask|get|push|offer|discount|drop|cut|schedule|book|set up|setup|follow up|loop in|escalate|close|focus|stop|start|try|go|use|bring|show|put|give|make|add|update|fix|write|rewrite|chase|pitch|present|demo|negotiate|hold|insist|tell them|tell him|tell her|tell the|remind|invite|cc|copy|skip|move|change|lower|raise|increase|reduce|prepare|find|map|qualify|disqualify|kill|walk away|threaten|remove|delete|log|enter|record|let them|lead with|open with|mention|promise|agree|sign|prioritize|prioritise|reach out|circle back|nail|lock|pin|squeeze|leverage|stress|emphasize|emphasise|highlight|double down|stick|keep|don't|do not|never|always|avoid)(?: (?:it|them|him|her|this|that|these|those|the|a|an|your|their|his|our|my|some|every|all|more|less|back|for|on|to|up|in|out|away|down|over|off|now|today|tomorrow|asap|immediately|first|right|again|harder|faster|everyone|someone|procurement|legal|finance|security|it|cfo|ceo|cto|coo|vp|champion|buyer|buyers|customer|client|prospect|price|pricing|deal|contract|proposal|quote|discount|meeting|call|demo|email|date|budget|\w+ing)\b|$| \w+ (?:them|it|him|her)\b)/;
// Phrasal verbs that take their person after "with" ("Follow up with Maria…").
// They stay out of IMPERATIVE's object list because "with" alone would also
// flag notes such as "Call with the CFO went well"; these verbs don't read as
// nouns at the start of a sentence (the noun is spelt "follow-up").
const WITH_ORDER =
  /^(?:just |please |now |then |first,? |today,? )*(?:follow up|check in|touch base|catch up|sync up|sync|meet|speak|connect|reconnect|align|partner|team up) with\b/;
const NEGATIVE_ORDER = /^(?:just |please )?(?:don't|do not|never|stop|avoid|quit) \w+/;
const CLOSED_START =
  /^(?:did|do|does|have|has|had|is|are|was|were|will|would|can|could|shall|should|may|might|am|isn't|aren't|wasn't|weren't|didn't|doesn't|haven't|hasn't|won't|wouldn't|can't|couldn't|shouldn't|any chance|anything else)\b/;
const NEGATIVE_AUX_START = /^(?:isn't|aren't|wasn't|weren't|didn't|don't|doesn't|haven't|hasn't|won't|wouldn't|can't|couldn't|shouldn't)\b/;

const MESSAGES: Record<FindingKind, string> = {
  directive: 'This tells the rep what to do. Ask, and let them find the answer.',
  takeover: 'This takes the work off the rep. Help them do it themselves.',
  'closed-question': 'A yes/no question ends the thinking. Open it up.',
  'leading-question': 'This question carries its own answer. Ask what the rep thinks.',
  blame: '“Why didn’t you…” sounds like blame. Ask what got in the way.',
  prescription: 'A suggestion dressed as a question. Ask for their options first.',
};

function closedSuggestion(s: string): string {
  const m = /^(?:is|are) there (?:a |an |any )?(.+?)\??$/.exec(s);
  if (m && m[1]!.split(' ').length <= 6) return `What do you know about the ${m[1]!.replace(/^(?:the|a|an) /, '')}?`;
  if (/^(?:did|have|has|had)\b/.test(s)) return 'Walk me through where that stands.';
  if (/^(?:do|does|is|are|was|were)\b/.test(s)) return 'What is your read on that?';
  if (/^(?:will|would|can|could|should|shall|may|might)\b/.test(s)) return 'What would make that work, from your side?';
  return 'What else? Tell me more.';
}

const SUGGESTIONS: Record<Exclude<FindingKind, 'closed-question'>, string> = {
  directive: 'What options do you see here, and which would you choose?',
  takeover: 'How can I best support you so you can handle this?',
  'leading-question': 'What is your own read on this?',
  blame: 'What got in the way?',
  prescription: 'What options have you considered, and what are the trade-offs?',
};

function classify(sentence: string): FindingKind | null {
  const s = sentence
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .replace(FILLER, '')
    .trim();
  const question = s.endsWith('?');
  if (BLAME.test(s)) return 'blame';
  if (PRESCRIPTION_START.test(s)) return 'prescription';
  if (LEADING.test(s)) return 'leading-question';
  if (TAKEOVER.test(s)) return 'takeover';
  if (COACHING_START.test(s) || POLITE_OPEN.test(s)) return DIRECTIVE.test(s) ? 'directive' : null;
  if (DIRECTIVE.test(s)) return 'directive';
  if (question) {
    if (NEGATIVE_AUX_START.test(s)) return 'leading-question';
    if (CLOSED_START.test(s)) return 'closed-question';
    return null;
  }
  if (IMPERATIVE.test(s) || WITH_ORDER.test(s) || NEGATIVE_ORDER.test(s)) return 'directive';
  return null;
}

export function lintCoachingText(text: string): CoachingFinding[] {
  if (!text) return [];
  const out: CoachingFinding[] = [];
  for (const sentence of splitSentences(text)) {
    const kind = classify(sentence.text);
    if (!kind) continue;
    const lower = sentence.text.toLowerCase().replace(/[’‘]/g, "'").replace(FILLER, '');
    out.push({
      start: sentence.start,
      end: sentence.end,
      kind,
      message: MESSAGES[kind],
      suggestion: kind === 'closed-question' ? closedSuggestion(lower) : SUGGESTIONS[kind],
    });
  }
  return out;
}

const OPEN_START = /^(?:what|how|who|where|when|which|why(?! (?:didn't|did not|haven't|don't|not|wasn't|weren't|won't|couldn't) )|in what way|to what extent)\b/;

/** How much the manager asked vs. told, over notes and own questions. */
export function askTellRatio(texts: readonly string[]): { asks: number; tells: number; ratio: number | null } {
  let asks = 0;
  let tells = 0;
  for (const t of texts) {
    for (const sentence of splitSentences(t)) {
      if (classify(sentence.text)) {
        tells++;
        continue;
      }
      const s = sentence.text.toLowerCase().replace(FILLER, '');
      if (s.endsWith('?') || OPEN_START.test(s) || COACHING_START.test(s) || POLITE_OPEN.test(s)) asks++;
    }
  }
  return { asks, tells, ratio: tells === 0 ? null : asks / tells };
}
