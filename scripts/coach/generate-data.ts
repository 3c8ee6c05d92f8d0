// Generates the coach's template training sentences (tests/coaching/train/*.generated.jsonl).
// Deterministic for a seed: `tsx scripts/coach/generate-data.ts [--seed=1]`.
// Templates vary verbs, people, objects, times and forms; `(a|b|)` picks one
// alternative (empty allowed), `{slot}` draws from a list. Kinds follow
// issue 11: ask (open questions, listening prompts, notes of what happened)
// and eight kinds of telling.
import { writeFileSync } from 'node:fs';

type Kind = 'ask' | 'directive' | 'advice' | 'prescription' | 'judgment' | 'blame' | 'takeover' | 'closed-question' | 'leading-question';
const seedArg = process.argv.find((a) => a.startsWith('--seed='));
let state = Number(seedArg ? seedArg.slice(7) : 1) >>> 0 || 1;
const rnd = () => {
  state = (state + 0x6d2b79f5) >>> 0;
  let t = state;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function expand(t: string, slots: Record<string, readonly string[]>): string {
  let s = t;
  for (let guard = 0; guard < 20 && /\(([^()]*)\)/.test(s); guard++) s = s.replace(/\(([^()]*)\)/g, (_, alts: string) => pick(alts.split('|')));
  for (let guard = 0; guard < 5 && /\{(\w+)\}/.test(s); guard++)
    s = s.replace(/\{(\w+)\}/g, (_, k: string) => {
      const list = slots[k];
      if (!list) throw new Error(`no slot ${k}`);
      return expand(pick(list), slots);
    });
  return s
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.?!])/g, '$1')
    .replace(/([?!;])\./g, '$1')
    .trim();
}

/** French elision and contraction after slots are filled ("de le" → "du", "que il" → "qu'il"). */
function frenchFix(s: string): string {
  return s
    .replace(/\bqu' (?=[^aeiouhyéèêàâîôû])/gi, 'que ')
    .replace(/\b([dD])e le\b/g, '$1u')
    .replace(/\b([dD])e les\b/g, '$1es')
    .replace(/\bà le\b/g, 'au')
    .replace(/\bà les\b/g, 'aux')
    .replace(/\b(de|que|je|le|la|ne|se|me|te) ([aeiouéèêh])/gi, (m, w: string, v: string) => (v === 'h' ? m : `${w.slice(0, -1)}'${v}`));
}

/** Surface variety: capitalised or not, end punctuation kept, dropped or doubled. */
function surface(s: string): string {
  let out = s.charAt(0).toUpperCase() + s.slice(1);
  const r = rnd();
  if (r < 0.08) out = out.toLowerCase();
  const p = rnd();
  if (p < 0.07 && /[.]$/.test(out)) out = out.slice(0, -1);
  else if (p < 0.1 && /[.]$/.test(out)) out = out.slice(0, -1) + '!';
  return out;
}

function generate(templates: Record<Kind, string[]>, slots: Record<string, readonly string[]>, perTemplate: number, fr: boolean): Array<{ text: string; kind: Kind }> {
  const out: Array<{ text: string; kind: Kind }> = [];
  const seen = new Set<string>();
  for (const [kind, ts] of Object.entries(templates) as Array<[Kind, string[]]>) {
    for (const t of ts) {
      for (let i = 0, tries = 0; i < perTemplate && tries < perTemplate * 4; tries++) {
        const text = surface(fr ? frenchFix(expand(t, slots)) : expand(t, slots));
        if (seen.has(text)) continue;
        seen.add(text);
        out.push({ text, kind });
        i++;
      }
    }
  }
  // Shuffle so that no kind sits in one block (the trainer shuffles again).
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// English ------------------------------------------------------------------
const EN: Record<string, readonly string[]> = {
  person: ['the CFO', 'their CFO', 'their CIO', 'the CTO', 'procurement', 'legal', 'their legal team', 'the champion', 'your champion', 'the economic buyer', 'Maria', 'Priya', 'Tom', 'Jonas', 'their VP of sales', 'the IT lead', 'the security team', 'the board', 'their COO', 'the head of ops', 'the new director', 'finance', 'the buying committee', 'the end users', 'their admin', 'the sponsor', 'Ahmed', 'Lucia', 'Ken from IT', 'the project lead', 'the coach', 'their CEO', 'the decision maker', 'the partner', 'the reseller', 'the account team'],
  thing: ['the proposal', 'the quote', 'the pricing', 'the demo', 'the contract', 'the renewal', 'the security questionnaire', 'the business case', 'the deck', 'the pilot', 'the ROI model', 'the MSA', 'the order form', 'the close plan', 'the mutual action plan', 'the discount', 'the timeline', 'the SOW', 'the redlines', 'the case study', 'the reference call', 'the trial', 'the forecast', 'the discovery notes', 'the follow-up email', 'the agenda', 'the budget', 'the implementation plan', 'the onboarding plan', 'the QBR deck', 'the recap', 'the rollout', 'the price increase', 'the multi-year option', 'the next step', 'the next meeting', 'the kickoff', 'the POC', 'the legal review', 'the paperwork', 'the term sheet', 'the champion letter', 'the success criteria', 'the RFP response', 'the evaluation plan', 'the sign-off', 'the invoice', 'the account plan', 'the territory plan'],
  time: ['today', 'tomorrow', 'by Friday', 'before the QBR', 'this week', 'before quarter end', 'first thing Monday', 'asap', 'after the demo', 'tonight', 'before Thursday', 'by end of day', 'next week', 'right away', 'before you leave', 'before the call', '', '', '', ''],
  verbP: ['call', 'email', 'ring', 'phone', 'ping', 'text', 'meet', 'chase', 'invite', 'cc', 'brief', 'loop in', 'bring in', 'pull in', 'reach out to', 'get back to', 'follow up with', 'check in with', 'sync with', 'talk to', 'speak with', 'go to', 'escalate to', 'push', 'press', 'nudge', 'remind', 'warn', 'prep', 'coach', 'thank', 'book time with', 'set up a call with', 'get a meeting with', 'line up', 'confirm with', 'go over it with', 'connect with', 'schedule a call with', 'get on a call with', 'walk through it with', 'tell', 'ask', 'write to', 'find', 'involve', 'engage', 'contact', 'challenge', 'win over', 'convince', 'map out', 'go around', 'go above', 'bypass', 'introduce yourself to', 'get in front of', 'get buy-in from', 'get a date from', 'get a yes from', 'align with', 'partner with', 'lean on', 'work with', 'touch base with', 'catch up with', 'sync up with', 'team up with', 'meet with', 'reconnect with', 'circle back with', 'check back with', 'bring', 'include', 'copy'],
  verbT: ['send', 'share', 'rework', 'redo', 'tighten', 'cut', 'drop', 'finalize', 'update', 'attach', 'revise', 'prepare', 'draft', 'schedule', 'move', 'present', 'fix', 'rewrite', 'shorten', 'simplify', 'resend', 'review', 'check', 'confirm', 'lock in', 'nail down', 'push through', 'get signed', 'close out', 'build', 'run', 'clean up', 'pin down', 'sort out', 'kill', 'pause', 'restart', 'escalate', 'reprice', 'bundle', 'pitch', 'walk them through', 'demo', 'offer', 'pull', 'hold', 'anchor', 'position', 'frame', 'reframe', 'highlight', 'lead with', 'open with', 'focus on', 'prioritize', 'map', 'track', 'log', 'record', 'upload', 'print', 'file', 'submit', 'delay', 'postpone', 'bring forward', 'accelerate', 'extend', 'shrink', 'raise', 'lower', 'double-check', 'put together', 'write up', 'tidy up', 'send over', 'get out', 'hand over', 'circulate', 'forward', 'prep', 'rehearse', 'practice', 'polish'],
  ing: ['calling {person}', 'emailing {person}', 'sending {thing}', 'sharing {thing} with {person}', 'bringing in {person}', 'looping in {person}', 'reworking {thing}', 'cutting {thing}', 'holding {thing}', 'pushing {person} for a date', 'meeting {person} in person', 'going to {person} directly', 'offering a pilot', 'dropping the price', 'asking {person} for budget', 'leading with the ROI', 'starting with {thing}', 'moving {thing} to next week', 'escalating to {person}', 'pausing {thing}', 'redoing {thing}', 'simplifying {thing}', 'getting {person} on the call', 'walking {person} through {thing}', 'anchoring higher', 'bundling the services', 'waiting a week', 'splitting the deal', 'going multi-year', 'taking it to {person}'],
  base: ['call {person}', 'email {person}', 'send {thing} {time}', 'share {thing} with {person}', 'bring {person} into {thing}', 'loop in {person}', 'rework {thing}', 'cut {thing}', 'hold the price', 'push {person} for a date', 'meet {person} in person', 'go to {person} directly', 'offer a pilot', 'drop the price', 'ask {person} for budget', 'lead with the ROI', 'start with {thing}', 'move {thing} to next week', 'escalate to {person}', 'pause {thing}', 'redo {thing}', 'simplify {thing}', 'get {person} on the call', 'walk {person} through {thing}', 'anchor higher', 'bundle the services', 'wait a week', 'split the deal', 'go multi-year', 'take it to {person}', 'cc {person} early', 'follow up with {person} {time}', 'get {thing} signed {time}', 'update {thing} in the CRM', 'qualify them out', 'walk away', 'stop discounting', 'slow down', 'ask for the order', 'confirm {thing} with {person}'],
  adj: ['thin', 'weak', 'sloppy', 'too long', 'not good enough', 'a mess', 'vague', 'off', 'unrealistic', 'half-baked', 'way too optimistic', 'incomplete', 'all wrong', 'confusing', 'too generic', 'lazy', 'shallow', 'careless', 'poor', 'disappointing', 'below the bar', 'not there yet', 'way off', 'amateurish', 'too soft', 'too aggressive', 'naive', 'unclear', 'not credible', 'a stretch', 'wishful thinking', 'bloated', 'flimsy', 'too slow', 'late again', 'not ready', 'rushed', 'weak on value', 'too focused on features'],
  pastV: ['sent', 'shared', 'called', 'emailed', 'booked', 'confirmed', 'moved', 'updated', 'reviewed', 'signed', 'approved', 'delayed', 'postponed', 'pushed', 'cancelled', 'rescheduled', 'received', 'forwarded', 'presented', 'discussed', 'flagged', 'raised', 'escalated', 'accepted', 'rejected', 'questioned', 'asked about', 'mentioned', 'requested', 'finished'],
  noteSubj: ['Ship date', 'Send date', 'Start date', 'Close date', 'Go-live', 'Push back from legal', 'Call with {person}', 'Demo', 'Review', 'Quote', 'Contract', 'Order form', 'Renewal', 'Budget', 'Forecast', 'Pricing', 'Follow-up', 'Sign-off', 'Kickoff', 'Pilot', 'Proposal', 'Trial', 'Discount request', 'Offer', 'Deal', 'Security review', 'Legal review', 'Procurement', 'Champion', 'Feedback from {person}', 'Check-in with {person}', 'Meeting with {person}', 'Email from {person}', 'Reply from {person}', 'Price review', 'Plan', 'Drop in usage', 'Change of scope', 'Cut in budget', 'Run-rate', 'Lead time', 'Handoff to CS', 'Stage', 'Next step', 'Call'],
  rep: ['Dana', 'Sam', 'Priya', 'the rep', 'Alex', 'Jordan', 'Chris', 'Mei', 'Omar', 'She', 'He', 'They', 'Rep', 'Lee', 'Nina', 'Ravi', 'Kate'],
  topic: ['{thing}', '{person}', 'the deal', 'this account', 'the next step', 'the timeline', 'their priorities', 'the decision process', 'the competition', 'the risks', 'the budget', 'the champion', 'what happened', 'the last call', 'your plan', 'the objection', 'the stall', 'the close date'],
  noteNoun: ['trial', 'pilot', 'contract', 'renewal', 'close date', 'quarter', 'POC', 'promo', 'discount', 'price hold', 'budget cycle', 'notice period', 'evaluation', 'RFP', 'security review', 'legal review', 'subscription', 'licence', 'order form', 'quote', 'proposal', 'PO', 'fiscal year', 'freeze', 'board meeting', 'steering committee'],
  time2: ['next Friday', 'on the 30th', 'end of month', 'in two weeks', 'tomorrow', 'this quarter', 'in March', 'next week', 'on Monday', 'today', 'after the holidays'],
  openPre: ['', '', '', '', 'Looking back, ', 'Thinking ahead, ', 'From their side, ', 'In your view, ', 'Stepping back, ', 'Before the call, ', 'With the close date near, ', 'Out of curiosity, ', 'So, ', 'And ', 'Now, ', 'Given the delay, ', 'Since the demo, '],
  whQ: [
    'where (is|are) {thing} (now|today|right now|at the moment|compared with where you want it to be)',
    'who (at|on|in|inside|outside) (this company|their side|the account|your network|the team|the buying group) (is|could|would|might|has|wants) (validating {thing}|open a door here|care most|help here|this to happen|the final say)',
    'who (helped|is helping|could help|else knows about|owns|is working on|is validating) {thing}',
    'what (made|makes|led) you (pick|choose|decide on|go after|focus on) {topic}',
    'what (do|does|did) (you|they|{person}) still (not know|need to learn|wonder about|want to understand) about {topic}',
    'how (are|were|will) you (planning|hoping|preparing|responding|handling|thinking) (to move|to work|to approach|when they push on|about|through) {topic}',
    'how much of {thing} (were you talking|did they talk|was about them|was about us)',
    'which of your (skills|habits|strengths|moves|questions) (grew|helped|mattered|worked) (most|best|) on {topic}',
    'which (early signals|signals|moments|questions|choices) (told the story|mattered most|changed things|surprised you)',
    'what (are you|were you|is the team) (proud of|happy with|learning from|unsure about) in {topic}',
    'what from {topic} (would help|is worth sharing with|could teach) (the rest of the team|the team|other reps|new hires)',
    'what (has to|needs to|must|would have to) happen (each day|this week|first|before the close date|on their side) (until then|to sign|for that|)',
    'what (changed|shifted|happened|moved) on (their|the customer\'s|the buyer\'s) side',
    'what would (move|unblock|change|accelerate|de-risk|improve) {topic}',
    'how (do|did|would|will) (they|{person}|the customer|the buyer) (handle|decide|measure|approve|budget for|evaluate) {thing}( today|, step by step| now|)',
    'what technical questions are still (open|unanswered|outstanding)',
    'where (do|does|did) (you|they|{person}) (see|feel|expect|find) (the biggest gap|the risk|resistance|momentum|support)',
    'how (would|will|could) you (know|tell|check|test) (whether|if) {person} (is on board|can sign|has budget|is the buyer)',
    'what (options|paths|alternatives|trade-offs) (do you see|are open to you|have you weighed|are on the table)',
    'what (is|\'s) (in it|at stake|the upside|the downside) for {person}',
    'how (is|are) {person} (reacting|feeling|thinking) about {topic}',
  ],
  openTail: ['', '', '', '', ', and why', ', and how', ', and who owns it', ', and who owns them', ', and what would change that', ', and what happens next', ', and where do you want it to be', ', and how do you know', ', in their words', ', step by step', ', and what is in it for them', ', inside and outside the company', ', and who is working on them', ', and who has it', ' until then'],
  aux: ['do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'will', 'would', 'could', 'should', 'might', 'can'],
  subj: ['you', 'they', 'we', '{person}', 'the buyer', 'the customer', 'the team', 'your champion', 'she', 'he'],
  openV: ['think', 'say', 'see', 'need', 'want', 'know', 'expect', 'feel', 'mean', 'value', 'worry about', 'care about', 'notice', 'hear', 'learn', 'make of', 'plan', 'prefer', 'prioritize', 'measure', 'decide', 'hope for', 'struggle with', 'find', 'remember', 'consider', 'imagine', 'weigh', 'describe', 'understand'],
  nounQ: ['stakeholders', 'risks', 'questions', 'options', 'objections', 'signals', 'steps', 'criteria', 'concerns', 'outcomes', 'alternatives', 'people'],
  impV: ['open', 'close', 'circle back', 'double down', 'come back', 'get back', 'reach out', 'sit down', 'spell out', 'lay out', 'write up', 'call back', 'set up', 'line up', 'lock down', 'wrap up', 'hammer out', 'iron out', 'tee up', 'dig into', 'push back', 'step up', 'speed up', 'clear up', 'sign off', 'figure out', 'nail', 'grab', 'collect', 'gather', 'secure', 'land', 'win', 'earn', 'demand', 'insist on', 'request', 'require', 'set', 'agree', 'negotiate', 'close', 'own', 'handle', 'manage', 'solve', 'address', 'tackle', 'resolve', 'explain', 'justify', 'defend', 'clarify', 'state', 'repeat', 'stress', 'emphasise', 'mention', 'skip', 'drop', 'avoid', 'ignore', 'cancel', 'decline', 'accept', 'approve', 'reject', 'counter', 'match', 'beat', 'undercut', 'waive', 'remove', 'add', 'swap', 'replace', 'split', 'merge', 'combine', 'compare', 'test', 'measure', 'validate', 'verify', 'audit', 'document', 'note', 'capture', 'loop', 'thread', 'bundle', 'unbundle', 'stage', 'phase', 'sequence', 'plan', 'budget', 'forecast', 'commit', 'flag', 'tag', 'assign', 'delegate', 'own'],
  adv: ['again', 'to next month', 'by two weeks', 'last week', 'yesterday', 'on Monday', 'after the demo', 'this morning', '', ''],
};

const EN_T: Record<Kind, string[]> = {
  directive: [
    '(|Just |Please |Now |First, |Ok, |So |Then |Go ahead and |Quickly )(call|email|ping|chase|ring|text|meet|brief|invite|remind|nudge) {person} {time}.',
    ...Array<string>(4).fill('(|Just |Please |Now |First |So |Then |Today, )({verbP}) {person} {time}.'),
    ...Array<string>(3).fill('(|Just |Please |Now |First, |Then |Today, )({verbT}) {thing} {time}.'),
    '(|Just |Please |Now |First, |Then |Today, )({verbT}) {thing} {time}.',
    '({verbT}) {thing} (and|then) ({verbP}) {person}.',
    '(Bring|Get|Put|Pull|Drag|Bring in|Invite) {person} (into|onto|to|on) {thing}.',
    '(You need to|You should|You must|You have to|You\'ve got to|You gotta|You\'ll need to|You\'re going to need to|You ought to|You really need to|You\'d better|You had better|You will|You want to) {base}.',
    '(I want you to|I need you to|I\'d like you to|I expect you to|We need you to|I want to see you|Your job is to) {base} {time}.',
    '(Make sure you|Make sure to|Don\'t forget to|Remember to|Be sure to|Please make sure to|Take care to|Never forget to) {base}.',
    '(It\'s time to|Time to|The next step is to|Your next step is to|Next step: |Action item: |To do: |Priority one: |Step one: ) {base}.',
    '(Don\'t|Do not|Never|Don\'t ever|Stop|Quit) ({verbT}) {thing} (until|before) {person} (signs|agrees|confirms|replies).',
    '(Don\'t|Do not|Never) ({verbP}) {person} {time}.',
    '(Stop|Quit|No more|Avoid) {ing}.',
    '{base}, (then|and) (report back|let me know|tell me how it goes|come back to me).',
    '(Tomorrow|Today|This week|Before Friday|Monday morning|By tonight), {base}.',
    'Get {thing} (done|signed|sent|approved|over the line) {time}.',
    '(Go|Head over|Get over there) and {base}.',
    '{base}. (No excuses|Today|Now|End of story|Period|That\'s it).',
    '(Ask|Tell) {person} (to sign|for a date|for budget|what it takes|that we need an answer) {time}.',
    '(You|You guys) (need to|must|have to) (get|be) (more|much more) (aggressive|direct|specific|prepared) with {person}.',
    'Whatever happens, {base}.',
    '(Go|Just go) (talk to|see|find) {person}.',
    '(Keep|Stay) (on top of|close to|in touch with|on) {person}.',
    'Focus on {topic}, (not|forget) the rest.',
    '(Use|Try|Take|Pick|Choose|Leverage|Reuse) {thing} (for|with|on) {person}.',
    '(|Just |Please |Now |Then |So |Today, |Tomorrow, )({impV}) (with {person}|{thing}|{thing} with {person}|{person} on {thing}) {time}.',
    '({verbP}|{impV}) {person} (back|again|now|today|first|later), (they\'re|he\'s|she\'s|it\'s) (waiting|expecting it|overdue|urgent).',
    '({verbT}|{impV}) {thing} (now|today|first), not (next week|later|after the call|tomorrow).',
    '({verbT}|{impV}) {thing}, (own it|keep it short|then move on|then call {person}|and tell me).',
    '(Loop|Bring|Pull|Drag|Get) {person} (into|onto|in on) {thing}.',
    '({verbP}) {person} and (ask|find out|check) (what|when|who|how) (they need|they decide|signs|it works).',
    '(Push|Press|Ask|Go|Aim|Shoot|Fight) for (a signature|the order|a decision|a date|a multi-year deal|budget|a meeting) {time}.',
    '(Let\'s|Let us|We need to|We should|We have to|We must|We\'ve got to|We\'re going to) {base} {time}.',
    '(Let\'s|We need to|We have to) (get|put|bring) {person} (on the call|in the room|on board|into {thing}).',
    '{thing} (needs to|has to|must|should|ought to) (go out|be sent|be signed|be updated|be fixed|be in the CRM|be approved|be finished|be ready|be redone|be shorter) {time}.',
    '(The|This|That) (deal|quote|proposal|forecast|close date|CRM record) (needs to|has to|must) (move|change|be updated|close|come down|go up) {time}.',
    '(You|You two|Both of you) ({verbP}) {person}, (I\'ll|and I\'ll|I will) (handle|take) {thing}.',
    '(First|Step one|Priority one|Top priority)( is|:) ({verbP} {person}|{verbT} {thing}).',
  ],
  advice: [
    '(If I were you|Were it my deal|In your shoes|If it were me|If it was my deal|Were I you|If this were my account), I(\'d| would) {base}.',
    'I(\'d| would) {base} (if I were you|in your place|if it were me|myself|here|first).',
    '(My advice|My suggestion|My two cents|My tip|A tip|One tip|My recommendation): {base}.',
    '(My advice is to|My suggestion is to|My recommendation is to|The smart move is to|The trick is to|The key is to|The best move is to|The right move is to|What you want to do is|What I\'d do is|The way to go is to) {base}.',
    '(You could always|Maybe try|One thing you might do is|One option would be to|Something to try:|You can always|Why not try to) {base}.',
    '(Could be smart to|Might be smart to|Probably best to|Best to|Better to|Wise to|Might be wise to|Could be worth trying to|It could help to|It would help to|It\'d be good to|It might be good to|It would be smart to|It\'s worth trying to) {base}.',
    '(Might be worth|It might be worth|Could be worth|It\'s worth|Worth|Probably worth|Definitely worth|Maybe worth) {ing}.',
    '(I\'d suggest|I suggest|I recommend|I\'d recommend|I\'d advise|I\'d go with|I\'d try|I\'d consider|I would consider|I\'d lean towards) {ing}.',
    '(Try|Consider|Think about) {ing}.',
    '(Next time|Going forward|In future|From now on|For next time|Lesson for next time), {base}.',
    '(Next time|Going forward|In future|From now on) (you should|you\'ll want to|try to|make sure to|it\'s better to) {base}.',
    '(A good rule|Rule of thumb|The lesson here|Lesson learned|What works is this): (always|never|first) {base}.',
    '(You might want to|You may want to|You could|You might|Maybe you could|Perhaps you could|You may wish to|Perhaps) {base}.',
    '(Maybe|Perhaps|Probably) {base} (first|this time|before the call|).',
    '(It\'s|It is) (usually|often|generally|always) (better|smarter|safer|easier) to {base}.',
    '(In my experience|From experience|What I\'ve seen work|When I was selling), (it pays to|you want to|the best reps|it helps to) {base}.',
    '(Honestly|Frankly|Between us), {base} (is|would be) the (way to go|best bet|safest option|move).',
    '(One option|An idea|A thought|Another idea) (is|would be) to {base}.',
    '(I think|I feel|I believe|I\'m sure) you should {base}.',
    '(A smarter|A better|A stronger|The best) (approach|play|move|way) (is|would be) to {base}.',
    'I would (hold|wait|push|go|move) (here|on this|for now|first).',
    '(Were it my deal|Were it me|Were I in your shoes|Were I you|Had it been my deal|Had it been me|If this were mine|If I had this deal|Were this my account), I(\'d| would) ({verbT} {thing}|{verbP} {person}|{base}).',
    '(I\'d|I would|Personally I\'d|Me, I\'d|I myself would) ({verbT} {thing}|{verbP} {person}) (now|first|this week|before anything else|).',
  ],
  prescription: [
    '(Have you tried|Have you considered|Have you thought about|Did you think about|Did you consider|Did you try|Ever thought about|Have you looked at) {ing}?',
    '(Why not|Why don\'t you|Why not just|Why wouldn\'t you|Why don\'t we) {base}?',
    '(What if you|What if we|What if you just|How about you) {base}?',
    '(How about|What about) {ing}?',
    '(Could you|Can you|Would you|Could you maybe|Can you just|Will you|Would you mind) {base}?',
    '(Would it make sense to|Does it make sense to|Would it help to|Wouldn\'t it help to|Wouldn\'t it be better to|Wouldn\'t it be smarter to|Isn\'t it time to|Isn\'t it better to|Shouldn\'t you|Shouldn\'t we|Should you|Should we) {base}?',
    '(Maybe|Perhaps) {base}?',
    '(Any reason not to|Is there any reason not to|Any reason you can\'t|Is there a reason you haven\'t) {base}?',
    '(Could you try|Can you try|Might you try) {ing}?',
    '(Why not|How about) (a pilot|a discount|a call with {person}|a quick demo|a site visit|a reference call|a multi-year deal|a smaller first phase)?',
    '(Do you want to|Want to|Would you like to) {base}?',
    '(Isn\'t|Wouldn\'t) {ing} (the better move|smarter|a better idea|worth a try)?',
  ],
  judgment: [
    '(Your|The|This|That) {thing} (is|was|looks|seems|feels|reads) {adj}.',
    '(Your|The) (discovery|pipeline|forecast|notes|follow-up|prep|qualification|messaging|pitch|demo|email|slides|numbers|plan|deal review|call notes) (is|are|was|were|look|looks) {adj}.',
    '(Honestly|Frankly|To be honest|Let\'s be honest|I\'ll be blunt|Bluntly), (your|the|this) {thing} (is|was) {adj}.',
    '(You\'re|You are|You were|You\'ve been) (too passive|too soft|too pushy|not prepared|disorganized|all over the place|not listening|talking too much|too slow|out of your depth|too nice|too eager|not assertive enough|too defensive|unprepared|wasting time) with {person}.',
    '(You talk|You discount|You wait|You hesitate|You give in|You over-promise) too (much|soon|quickly|often|early).',
    '(That was|That\'s|This is|It was) (the wrong call|a bad move|a mistake|a rookie mistake|a big mistake|sloppy|lazy|not acceptable|not good enough|careless|a poor decision|a waste of time|amateur hour|not how we do it|a bad plan|a weak plan).',
    '(Big|Huge|Classic|Rookie) mistake (on|with) {thing}.',
    '(You don\'t|You clearly don\'t|You still don\'t) (know|understand|have) {person} well enough.',
    '(This|That|Your) (forecast|deal|pipeline|number|commit) is (fantasy|a fairy tale|not real|padded|inflated|dead|going nowhere).',
    '(You\'re|You are) not ready for {thing}.',
    '(The problem|Your problem|The real issue|The issue) is (you|your) {thing}.',
    '(Not|Hardly|Nowhere near) (good enough|your best work|ready|acceptable|credible|the standard I expect).',
    '{thing} (needs a lot of work|misses the point|is not where it should be|falls short|is a disaster|is weak|is not convincing).',
    '(You|You really) (botched|fumbled|overcomplicated|rushed|mishandled|underplayed) {thing}.',
    '(You lack|You\'re missing|There\'s no|There is no) (urgency|rigour|a plan|a champion|discipline|structure|preparation) (here|on this deal|in your approach).',
    '(Poor|Weak|Bad|Sloppy|Terrible|Lazy) (prep|discovery|follow-up|qualification|work|handling|notes) (on|with|for) {thing}.',
  ],
  blame: [
    '(Why didn\'t you|Why did you not|Why haven\'t you|Why wasn\'t|Why on earth didn\'t you|Why couldn\'t you|Why won\'t you|Why hasn\'t) {base}?',
    '(How did you|How could you|How on earth did you|How do you) (miss|forget|lose|ignore|drop|skip|overlook|not see|let slip|mess up) {thing}?',
    '(How could you not|How did you not|How can you not) (know|see|ask about|check|notice|mention) {thing}?',
    '(You should have|You should\'ve|You were supposed to|You were meant to|You needed to|You had to|You ought to have) (called|emailed|sent|checked|confirmed|updated|flagged|asked|escalated|told me about) {thing} {adv}.',
    '(You shouldn\'t have|You should never have|You had no business|It was a mistake to) (sent|dropped|offered|shared|promised|cut|agreed to|discounted|ignored|skipped) {thing}.',
    '(You never|You always|You keep|You constantly|Every time you) ({verbT}) {thing} (late|too early|without asking|without checking|on your own|at the last minute|).',
    '(You dropped the ball on|You let|You blew|You lost|You missed|You forgot|You messed up|You ruined|You sat on) {thing}( again|).',
    '(This|That|It|The slip|The loss|This delay) (is|was) (on you|your fault|your responsibility|down to you|because of you|your doing).',
    '(Whose idea was it to|Who told you to|What made you think you could|What were you thinking when you decided to) {base}?',
    '(Why on earth|Why would you|Why did you|Why) (send|offer|promise|cut|drop|share) {thing} (without asking me|so early|before discovery|without approval|to {person})?',
    '(How many times|How often) (do I have to|must I|have I had to) (tell you|remind you) to {base}?',
    '(You forgot|You failed|You neglected|You didn\'t bother) to {base}( again|).',
    '(Why is|Why are|How come) {thing} (still not done|still late|still missing|not sent yet|not updated|still open)?',
    '(Because you|Since you) (didn\'t|never|failed to) ({verbT}) {thing}, (we lost|we\'re late|it slipped|the deal stalled).',
    '(What happened to|Where is|Where\'s) {thing} (you promised|you said you\'d send|you owed me|I asked for)?',
    '(Again|Once again|Yet again), (you|the rep) (missed|forgot|skipped|dropped) {thing}.',
    'What were you thinking (sending|offering|promising|cutting|dropping|sharing) {thing}( to {person}| so early|)?',
    '(Who dropped the ball on|Who forgot|Who let|Who messed up) {thing}( again|)?',
    '(Why was I not told|Why didn\'t anyone tell me|Why am I only hearing about this now|Why wasn\'t I in the loop) (about {thing}|)?',
    '(This|That) should (never have happened|have been caught|have been flagged earlier|not have slipped).',
    '(Seriously|Really|Honestly), (again|you missed it again|another slip|{thing} again)?',
  ],
  takeover: [
    '(I\'ll|I will|I\'m going to|I am going to|Let me|I can just|I\'ll just|I\'d better) ({verbP}) {person} (myself|{time}|).',
    '(I\'ll|I will|I\'m going to|Let me|I\'ll just|I can) ({verbT}) {thing} (myself|for you|tonight|from here|).',
    '(Leave|Give|Hand|Send|Pass|Forward) {thing} (to|over to) me(, I\'ll (handle|deal with|sort|fix) it|).',
    '(Leave|Let me handle|Let me deal with|Let me take|Let me worry about) {person} (to me|myself|).',
    '(I\'ll take it from here|I\'ll take over|Let me take over|I\'m taking over|I\'ll handle it|I\'ll sort it out|Leave it with me|Consider it done, I\'ll do it|I\'ve got this one|I\'ll jump in).',
    '(I\'m taking over|I\'ll take over|I\'ll own|I\'ll run|I\'ll lead|I will lead|I\'ll drive|I\'m going to drive) {thing}( from now on|).',
    '(Put me on|Get me on|Add me to|Invite me to|Bring me into) (the call|the meeting|the thread|{thing}) (with {person}|)(, I\'ll (close it|handle the pricing|do the talking|take it from there)|).',
    '(I\'ll|Let me|I\'m going to) (talk to|speak with|call|go over your head to|go straight to|negotiate with|deal with|get on the phone with) {person}.',
    '(I\'ll|I will|Let me) (write|rewrite|redo|draft|build|fix|finish|put together) {thing} (for you|myself|tonight|).',
    '(Just|) (cc me|forward it to me|send it to me|loop me in) and I\'ll (handle|take care of|deal with|sort out) {person}.',
    '(I\'ll|Let me) (step in|jump in|get involved|take the lead) (with|on) {person}.',
    '(Don\'t worry about|Forget about|Never mind) {thing}, I\'ll (do|handle|take care of|sort) it.',
    '(Why don\'t I|How about I|What if I|Should I just|Want me to|Shall I|Do you want me to just) ({verbP} {person}|{verbT} {thing}|take over {thing}|handle {person})?',
    '(I can|I could|I\'m happy to|I\'d be happy to|I\'ll gladly) (take it from here|take {thing} off your plate|do {thing} for you|handle {person} for you|just call {person} myself).',
    '(I\'ll|Let me|I\'m going to) (jump on|hop on|get on) (a call|the phone|Zoom) with {person}( myself|).',
  ],
  'closed-question': [
    '(Did you|Have you|Has {person}|Did {person}) (send|sign|see|review|approve|get|confirm|book|update|read|share|receive) {thing}( yet|)?',
    '(Is|Was|Are) {person} (on board|happy|engaged|involved|aware|in the loop|ready to sign|the decision maker|still the champion|okay with it)?',
    '(Is|Was) {thing} (done|ready|sent|signed|approved|on track|agreed|final|in the CRM|booked|confirmed)?',
    '(Do|Does|Did) (they|{person}|the customer|the client) (have|need|want|like|know about|care about|agree with) {thing}?',
    '(Will|Would|Can|Could) {person} (sign|approve|agree|move|join|commit|say yes) {time}?',
    '(Is there|Are there|Was there) (a|any|an) (budget|timeline|champion|decision date|compelling event|competitor|blocker|risk|next step|deadline|approval process)?',
    '(Are you|Were you|Is it) (sure|confident|happy|on track|going to close|ready|done|still on)( with {thing}|)?',
    '(Any|Got any|Any news on|Any update on|Any progress on) {thing}?',
    '(Has|Have) {thing} (gone out|been sent|been signed|been approved|moved|slipped)?',
    '(Can|Could|Should|Will) (we|you|they) (close|sign|get|finish) (this|it|{thing}) {time}?',
    '(Is|Are) (we|you|they) (still|) (on track|aligned|committed|in good shape|on schedule) (for|with) {thing}?',
    '(Did|Does|Do) (it|that|the call|the demo|the meeting) (go well|help|work|land)?',
    '{person} (signed|replied|agreed|confirmed) (yet|already)?',
    '(Okay|So|And|Right), (did|have|is|are|was|will) (you|they|it) (done|finished|sent|there|ready|happy|confirmed) (it|that|)?',
  ],
  'leading-question': [
    '(Don\'t you think|Wouldn\'t you agree|Don\'t you agree|Do you not think|Don\'t you feel|Wouldn\'t you say) (that |){person} (is stalling|isn\'t serious|is the real blocker|needs a push|should be in the room|is just shopping)?',
    '(Isn\'t it|Isn\'t that|Wasn\'t it|Wasn\'t that) (obvious|clear|a red flag|a mistake|a sign|true|risky|too early) (that |)({person} (is stalling|isn\'t engaged|has no budget|is not the buyer)|)?',
    '{person} (is stalling|is not the buyer|has no budget|is just price shopping|is using us as column fodder|wants a discount), (right|isn\'t it|aren\'t they|don\'t you think|wouldn\'t you say|no|correct|yes)?',
    '(Surely|Obviously|Clearly) {person} (needs|wants|expects|would prefer) {thing}(, right|)?',
    '(Isn\'t the real problem|Isn\'t the issue|Isn\'t the blocker|Isn\'t the answer|Isn\'t the fix) {thing}?',
    '(You know|You do know|You realise|You understand) (that |){thing} (is late|won\'t fly|is a problem|matters), (don\'t you|right|yes)?',
    '(What\'s the point of|What\'s the use of|Why bother with|What good is) {thing} (if|when|without) {person} (isn\'t there|won\'t show|hasn\'t agreed|doesn\'t care)?',
    '(Who sends|Who offers|Who books|Who shares) {thing} (without a call|before discovery|on a Friday|without checking)?',
    '(How is that|How is this|Is that really|Is this really) (a next step|a plan|the best we can do|going to work|a real commit|enough)?',
    '(Doesn\'t|Don\'t|Didn\'t) (that|it|this|the silence|the delay) (tell you|show you|mean|prove) (that |){person} (is not serious|has gone cold|is stalling|has other priorities)?',
    '(Aren\'t you|Weren\'t you|Aren\'t we) (worried|concerned|nervous) (that |){thing} (will slip|is too late|is at risk)?',
    '(Do you really think|Do you honestly believe|You don\'t really think|Can you really believe) {person} (will sign|cares|is the buyer|means it)( this quarter|)?',
    '(Shouldn\'t|Wouldn\'t|Couldn\'t) {person} have been (in the room|on the call|involved earlier|told sooner)?',
    '(Wouldn\'t it be|Isn\'t it) (better|safer|smarter|wiser) (if|when) {person} (joined|signed|saw it|came in)?',
    'What did you expect, (sending|offering|promising|cutting) {thing} (so early|like that|without a call)?',
    '{subj} (want|wants|need|needs|are ready|is ready|agreed) to (move ahead|sign|go with us|buy), (right|correct|yes|no|don\'t they|doesn\'t she|didn\'t they)?',
    '{thing} (is|was|looks) (the real issue|the blocker|the problem|dead|too late|fine), (yeah|right|no|surely|isn\'t it|wasn\'t it)?',
    '(Surely|Obviously|Of course) (you|we|they) (should|would|could|need to) {base}(, no|, right|)?',
    '(Who in their right mind|What buyer|Which customer) (would sign|would accept|would read|agrees to) {thing} (like that|this early|without a demo)?',
  ],
  ask: [
    '(What\'s|What is) your plan for {topic}?',
    '(How do you see|What\'s your read on|How are you thinking about|What do you make of|How would you describe|How do you feel about|What\'s your sense of|Where do you stand on) {topic}?',
    'What do you think {person} (needs to see|needs to hear|should see|will need|cares about|is worried about) (first|most|before signing|)?',
    '(What should|What could|What would|What might) (happen|change|you do|we do|come) next (with|on|for) {topic}?',
    '(Who else|Who) (should|could|needs to|might need to|would want to) be (in the room|on the call|involved|part of this) (for|on) {thing}?',
    '(What would you do differently|What did you learn|What surprised you|What went well|What worked|What didn\'t work|What stood out) (with|on|in|about) {topic}?',
    '(How might you|How could you|How would you|How will you|How do you want to|How do you plan to) (approach|handle|open|frame|test|de-risk|move|progress|prepare) {topic}?',
    '(What options do you see|What choices do you have|What are the options|What paths do you see) (for|with|on) {topic}?',
    '(What\'s getting in the way of|What\'s blocking|What\'s holding up|What stands between you and|What is slowing down) {topic}?',
    '(Where does|Where is|How far along is|What state is) {thing} (now|today|at the moment|)?',
    '(When does|When will|When would) {person} (expect|need|want|decide on) {thing}?',
    '(Which of these|Which part|Which option|Which risk) (matters most|worries you most|would you pick|feels biggest) (to|for|about) {person}?',
    '(Why does|Why would|Why might) {person} care about {thing}?',
    '(How will you know|How would you know|What tells you|What would tell you) (that |)({person} is ready|{thing} is working|the deal is real|you\'re on track)?',
    '(What would it take to|What do you need to|What would help you|What do you need from me to) (move|close|unblock|progress|land|finish) {topic}?',
    '(What have you tried so far|What have you done so far|What have you learned so far) (with|on|about) {topic}?',
    '(How are you feeling about|How confident are you about|How are you doing with|How\'s it going with) {topic}?',
    '(What did|How did|What has) {person} (say|react|respond|tell you) (about|to) {thing}?',
    '(What\'s the next step you want to take|What would you like to focus on|Where do you want to start|What do you want to get out of today|What matters most to you this week)?',
    '(What do you need from me|How can I help|How can I best support you|Where can I help|What support would help)( with {topic}|)?',
    '(What does success look like|What does a good outcome look like|What does done look like) (for|to) {person}?',
    '(What is|What\'s) {person}\'s (biggest concern|main priority|real objection|timeline|decision process|view on {thing})?',
    '(What do you think you should do|What do you think we should do|What do you think needs to happen|What do you think has to change) (about|with|on) {topic}?',
    '(What should we|What should you|What needs to|What has to) (prioritize|focus on|happen) (first|this week|before the call|next)?',
    '(Tell me more about|Walk me through|Talk me through|Take me through|Help me understand|Describe|Paint me a picture of|Share more about|Fill me in on|Give me the story of) {topic}.',
    '(Say more about that|Go on|Keep going|Tell me more|And then what happened|What else|Anything else|What else is on your mind|What else could you try|Say more).',
    '(I\'d love to hear|I\'m curious|I wonder|I\'d like to understand|I\'m interested in|I want to hear) (how|what|why) {person} (reacted|said that|pushed back|went quiet|chose that).',
    '(I noticed|I see|I\'m noticing|It looks like) {thing} (moved|slipped|changed|went quiet)(; what\'s behind that?|. What happened?|. What\'s your read?|. Tell me more.|).',
    '{noteSubj} (slipped|moved|went well|ran long|got pushed|is on hold|is pending|is confirmed|was cancelled|went quiet|came back|is stuck|looks good|changed|is late|is blocked) {adv}.',
    '{noteSubj} (from|with|for) {person} (went well|is booked|is set for Thursday|is pending|moved to next week|came in late|raised pricing).',
    '{rep} ({pastV}) {thing} {adv}.',
    '{rep} (thinks|feels|says|believes|worries|hopes|expects) {person} (is keen|will sign|has budget|is stalling|needs more time|wants a discount).',
    '{rep} (wants to|plans to|will|is going to|committed to|agreed to|chose to|offered to|decided to|intends to) {base}.',
    '{person} ({pastV}) {thing} {adv}.',
    '{person} (asked for|pushed back on|wants|needs|raised|questioned|liked|loved|hated|is worried about) {thing}.',
    '(We discussed|We talked through|We reviewed|We went over|We looked at|Talked about|Reviewed|Discussed|Went through) {thing} (together|in our 1:1|today|).',
    '(Next step|Rep\'s next step|Agreed next step|Her next step|His next step): {rep} (to |will |)(send|call|book|review|share) {thing} {time}.',
    '(Decision|Signature|Approval|Answer|Feedback) (expected|due|promised) {time}.',
    '(Budget|Headcount|Scope|Funding) (approved|confirmed|cut|frozen|on hold) for (Q3|Q4|next year|the pilot).',
    '{rep} (did a great job on|was strong on|handled|ran|led|prepared) {thing}.',
    '(Rep\'s concern|Main risk|Open question|Blocker|Concern raised|Risk): {thing}.',
    '(Follow-up|Check-in|Review) (booked|set|scheduled) for (Friday|next week|Tuesday|after the demo).',
    '(Good conversation|Short call|Long call|Quick sync|Productive 1:1|Tough call) (about|on|with) {topic}.',
    '(What|How) (led to|caused|explains|drove) {thing} (slipping|moving|changing|stalling)?',
    '(If you could|If you had to|Imagine you could) (change|redo|pick|choose) one thing (about|in|on) {topic}, what would it be?',
    '(How do you want me to|How would you like me to|When should I|How should I) (follow up|check in|support you|help) (on|with) {topic}?',
    '(What|Which|Who|Where|When|How|Why) {aux} {subj} {openV} (about|on|with|for|in|from|) {topic}?',
    '(What|How|Why|Where|Who|What else|How else|What exactly) {aux} {subj} {openV}( so far| there| then| now| next| instead| here|)?',
    '(What|How) (have you|did you|could you|would you|might you|will you|do you) (tried|try|done|do|learned|learn|noticed|notice|planned|plan|considered|consider) (so far|already|with {person}|on {thing}|)?',
    '(What happens|What would happen|What changes|What breaks|Who loses|Who wins) if (they|{person}|we|the customer) (do nothing|wait|say no|walk away|sign late|pick the competitor)?',
    '(Imagine|Picture|Suppose|Say) {thing} (is signed|went perfectly|slips a month|falls through). (What made the difference|What would you have done|What happened|What would it mean for {person})?',
    '(How confident are you|How sure are you|How certain do you feel|How comfortable are you) (in|about|with) {topic}(, and why|, and what shapes that|, and what would change it|)?',
    '(How do you read|How would you read|What do you read into|How do you interpret|What do you take from) {topic}?',
    '(What is|What\'s|What was|What are) (their|{person}\'s|the buyer\'s|the customer\'s) (biggest worry|main goal|real problem|top priority|biggest risk|timeline|budget process|criteria|alternative)?',
    '(What|Which) {nounQ} {aux} {subj} {openV}( so far| yet| most| first|)?',
    '(In what way|To what extent|How far|How much|How often|How strongly|In which ways) {aux} {subj} {openV} {topic}?',
    '(What|How) (made|makes|helped|caused|led to) {thing} (go well|work|land|stall|slip|change|move)?',
    '(What|What exactly|What else) did {subj} (say|mean|ask|notice|hear|decide|agree)(, in their words| about {topic}| when you asked|)?',
    '(Let me ask you this|Quick question|One question|Out of curiosity|I\'m wondering|Honestly|Thinking about it|Stepping back): (what|how|who|where|which) {aux} {subj} {openV} {topic}?',
    '(How is|How are|How\'s) {person} (feeling|doing|reacting|thinking) about {topic}?',
    '{rep} (feels|seems|sounds|is) (good|confident|worried|unsure|positive|nervous|excited) about {topic}.',
    '{person} (seems|sounds|looks|is) (keen|engaged|quiet|busy|cautious|supportive|skeptical|positive)( about {thing}|).',
    '(According to|Per) {rep}, {person} (is|was|seems) (on board|hesitant|the real buyer|under pressure).',
    '(What|Which) (stakeholders|people|risks|steps|questions|options|objections) (have you|has {person}|did you|do you) (not|) (met|covered|raised|answered|tried|considered|heard|seen) (yet|so far|)?',
    ...Array<string>(6).fill('{openPre}{whQ}{openTail}?'),
    '(Who|Which stakeholder|Which person) would you ({verbP}) (first|next|now|after that)(, and why|)?',
    '(What|Which part) would you ({verbT}) (first|next|before the call|now)(, and why|)?',
    '(When|How|Where|Why) would you ({verbP}) {person}(, and what would you say|)?',
    '{person} (said|mentioned|told us|explained|insists|thinks|feels) (they|we|the team) (need|should|must|want to|have to) {base}.',
    '(I|We) (asked|wondered|checked|shared|mentioned|noted|raised|heard|learned) (about|that|whether|how) {topic}( was slipping| was on track| mattered|).',
    '(Mm-hm|Right|Got it|I see|Okay|Interesting|Uh-huh|Sure|Makes sense)(, go on|, say more|, and then|, keep going|, what else|, tell me more|. What else comes to mind|. Keep talking)?',
    '(Could|Can|Would|Will) you (please |)(walk me through|tell me more about|help me understand|describe|talk me through|share more about|say more about|explain how you see|take me through|fill me in on|give me your view of) {topic}?',
    '(I\'d like to understand|I\'d love to know|I want to understand|I\'m keen to hear|I\'m trying to understand|Help me see) (how|why|what|when|who) (they|{person}|the buyer|the team|you) (decide|decided|think|chose|see it|work|reacted|changed their mind|signs off).',
    '(Why do you think|Why might|What do you think made|Why would) (they|{person}|the buyer|the customer) (chose us|choose us|went quiet|said yes|pushed back|picked the competitor|asked for that|changed course|delayed)?',
    '(What was|What\'s|What were) the (turning point|hardest part|key moment|biggest lesson|real reason|best moment|surprise) (in|of|on) {topic}?',
    '(The|Their|This|Our) {noteNoun} (has passed|is due|ends|starts|expires|renews|closes|lands|was moved|is set) {time2}.',
    '{noteNoun} (ends|starts|expires|renews|closes|lands|is due|kicks off|wraps up) {time2}.',
    '{noteNoun} (signed|sent|approved|received|booked|done|agreed|confirmed), (waiting on|pending|next is|then) {thing}.',
    '(Good|Strong|Great|Tough|Short|Long|Mixed|Useful|Quiet|Busy) (call|meeting|demo|week|session|discovery call|QBR|workshop) (with {person}|today|yesterday|on {topic}|).',
    '(This|The) deal has (sat|stayed|been stuck|been sitting|stalled) in (the same stage|negotiation|discovery|legal) for (a while|three weeks|a month|ten days).',
    '{noteSubj} from {person}: (cut costs|move faster|more security detail|a lower price|a phased rollout|references).',
    '{person} is (enthusiastic|keen|on board|quiet|busy|away|new), {person} (not yet involved|still unsure|on holiday|not engaged yet|waiting on budget).',
    '{noteSubj} (slipped|moved|changed|went quiet|came back|is stuck) {adv}. {whQ}{openTail}?',
    ...Array<string>(2).fill('(How did|How was|How\'s|How is|How are) (it|the call|the demo|{thing}|the meeting|your week|the 1:1|the workshop|that) (go|going|landing|looking|feeling)?'),
    '(How did it go|How was it|How\'d it go|How did that go|How are things|How\'s it going|How are you|How was your week|What happened|What\'s new|What\'s changed)(, {rep}| with {person}| since last week|)?',
  ],
};

// French -------------------------------------------------------------------
const FR: Record<string, readonly string[]> = {
  person: ['le DAF', 'leur DAF', 'leur DSI', 'le directeur financier', 'les achats', 'le juridique', 'leur service juridique', 'le champion', 'ton champion', 'votre champion', 'le décideur', 'Marie', 'Julien', 'Sophie', 'Karim', 'leur DG', 'le responsable IT', "l'équipe sécurité", 'le comité de direction', 'les utilisateurs', 'le sponsor', 'le client', 'la directrice commerciale', 'le chef de projet', 'le partenaire', 'Luc', 'Camille', 'Nadia', 'le comité d\'achat'],
  thing: ['la proposition', 'le devis', 'la grille tarifaire', 'la démo', 'le contrat', 'le renouvellement', 'le questionnaire sécurité', 'le business case', 'la présentation', 'le pilote', 'le calcul de ROI', 'le bon de commande', 'le plan de closing', 'la remise', 'le planning', 'le cahier des charges', 'la relance', 'le compte rendu', 'la prochaine étape', 'le prochain rendez-vous', 'le budget', 'le plan de déploiement', 'la réponse à l\'appel d\'offres', 'les conditions', 'la signature', 'le forecast', 'le mail de suivi', 'les notes de découverte', 'le cas client', 'la référence client', 'le POC', 'l\'ordre du jour', 'la négociation', 'le prix'],
  time: ["aujourd'hui", 'demain', "d'ici vendredi", 'avant le comité', 'cette semaine', 'avant la fin du trimestre', 'lundi matin', 'au plus vite', 'après la démo', 'ce soir', 'avant jeudi', 'tout de suite', 'la semaine prochaine', '', '', ''],
  imp: ['appelle', 'appelez', 'relance', 'relancez', 'envoie', 'envoyez', 'contacte', 'contactez', 'écris à', 'écrivez à', 'invite', 'invitez', 'préviens', 'prévenez', 'rappelle', 'rappelez', 'mets en copie', 'mettez en copie', 'implique', 'impliquez', 'vois', 'voyez', 'rencontre', 'rencontrez', 'convaincs', 'convainquez', 'sollicite', 'sollicitez', 'fais venir', 'faites venir'],
  impT: ['envoie', 'envoyez', 'prépare', 'préparez', 'revois', 'revoyez', 'corrige', 'corrigez', 'termine', 'terminez', 'finalise', 'finalisez', 'mets à jour', 'mettez à jour', 'partage', 'partagez', 'baisse', 'baissez', 'bloque', 'bloquez', 'planifie', 'planifiez', 'présente', 'présentez', 'simplifie', 'simplifiez', 'raccourcis', 'raccourcissez', 'retravaille', 'retravaillez', 'valide', 'validez', 'signe', 'signez', 'fais signer', 'faites signer', 'décale', 'décalez', 'avance', 'avancez', 'relis', 'relisez', 'boucle', 'bouclez', 'sécurise', 'sécurisez', 'cadre', 'cadrez', 'chiffre', 'chiffrez', 'documente', 'documentez', 'lance', 'lancez', 'arrête', 'arrêtez'],
  inf: ['appeler {person}', 'relancer {person}', 'envoyer {thing} {time}', 'préparer {thing}', 'revoir {thing}', 'baisser le prix', 'tenir le prix', 'impliquer {person}', 'mettre {person} en copie', 'proposer un pilote', 'signer {thing} {time}', 'décaler {thing}', 'mettre à jour {thing} dans le CRM', 'voir {person} en direct', 'passer par {person}', 'demander un budget à {person}', 'commencer par {thing}', 'finaliser {thing}', 'attendre une semaine', 'insister auprès de {person}', 'qualifier le besoin', 'arrêter les remises', 'faire venir {person} à la démo', 'obtenir une date de {person}', 'escalader vers {person}', 'valider {thing} avec {person}'],
  ger: ['en appelant {person}', 'en relançant {person}', 'en envoyant {thing}', 'en impliquant {person}', 'en baissant le prix', 'en proposant un pilote'],
  adj: ['léger', 'faible', 'bâclé', 'trop long', 'pas assez bon', 'un désastre', 'vague', 'irréaliste', 'incomplet', 'confus', 'trop générique', 'superficiel', 'décevant', 'pas au niveau', 'pas prêt', 'trop optimiste', 'brouillon', 'insuffisant', 'nul', 'mal ficelé', 'pas crédible'],
  topic: ['{thing}', '{person}', 'ce deal', 'ce compte', 'la suite', 'le calendrier', 'leurs priorités', 'le processus de décision', 'la concurrence', 'les risques', 'le dernier appel', 'ton plan', 'votre plan', "l'objection", 'le blocage'],
  rep: ['Claire', 'Thomas', 'Léa', 'Hugo', 'Le commercial', 'La commerciale', 'Elle', 'Il', 'Ils', 'Inès', 'Paul', 'Manon'],
  past: ['envoyé', 'partagé', 'appelé', 'relancé', 'validé', 'signé', 'décalé', 'présenté', 'reçu', 'mis à jour', 'revu', 'annulé', 'confirmé', 'préparé'],
  noteSubj: ['La date de signature', 'La démo', 'Le devis', 'Le contrat', 'Le renouvellement', 'Le budget', 'Le forecast', 'Le pilote', 'La relance', 'Le rendez-vous avec {person}', "L'appel avec {person}", 'Le retour des achats', 'La validation juridique', 'La revue sécurité', 'Le go-live', 'Le closing', 'La négociation', 'La remise'],
};

const FR_T: Record<Kind, string[]> = {
  directive: [
    '(|Bon, |Alors, |Allez, |Maintenant, |D\'abord, |Vite, )({imp}) {person} {time}.',
    '(|Bon, |Alors, |Allez, |Maintenant, |D\'abord, )({impT}) {thing} {time}.',
    '({impT}) {thing} (et|puis) ({imp}) {person}.',
    '(Tu dois|Vous devez|Il faut|Il te faut|Il vous faut|Tu vas devoir|Vous allez devoir|Tu devrais absolument|Je veux que tu ailles|Tu as intérêt à|Vous avez intérêt à) {inf}.',
    '(Je veux que tu|Je veux que vous|J\'ai besoin que tu|J\'attends que tu|Il faut que tu|Il faut que vous) (appelles|relances|envoies|prépares|revoies|finalises|contactes|voies) {thing} {time}.',
    '(N\'oublie pas de|N\'oubliez pas de|Pense à|Pensez à|Assure-toi de|Assurez-vous de|Veille à|Veillez à) {inf}.',
    '(Ne|N\') (envoie|envoyez|baisse|baissez|promets|promettez|accepte|acceptez|lâche|lâchez) (rien|pas {thing}|jamais {thing}) (avant|sans) (la signature|l\'accord de {person}|mon feu vert).',
    '(Arrête|Arrêtez|Cesse|Cessez) de {inf}.',
    '(Prochaine étape|Action|À faire|Priorité): {inf}.',
    '(Demain|Aujourd\'hui|Cette semaine|Avant vendredi|Lundi), ({imp}) {person}.',
    '(Va|Allez|Va donc|Allez donc) voir {person} {time}.',
    '({imp}) {person}, (c\'est urgent|point final|sans faute|et tu me tiens au courant|et reviens vers moi).',
    '({imp}) {person}, (il|elle|ils) (attend|attendent|relance|relancent|s\'impatiente|s\'impatientent).',
    '(Occupe-toi|Occupez-vous) (de|du|des) {thing} {time}.',
    '(Concentre-toi|Concentrez-vous) sur {topic}, (pas sur le reste|oublie le reste).',
    '(On doit|Il faut qu\'on|Faut|Faudrait|On va|Allez, on) {inf} {time}.',
    '{thing} (doit|devra|doit absolument) (partir|être envoyé|être signé|être validé|être à jour|être prêt) {time}.',
    '(Faut que tu|Faudrait que tu|Il faudrait que tu|Il faudrait que vous) (appelles|relances|envoies|prépares|revoies|contactes|voies) {thing} {time}.',
  ],
  advice: [
    '(À ta place|À votre place|Si j\'étais toi|Si j\'étais vous|Si c\'était mon deal|Moi, à ta place), je (tiendrais|baisserais|relancerais|appellerais|enverrais|attendrais|proposerais|impliquerais) {thing}.',
    '(Mon conseil|Ma suggestion|Un conseil|Mon avis): {inf}.',
    '(Je te conseille de|Je vous conseille de|Je te suggère de|Je vous suggère de|Je te recommande de|Je vous recommande de) {inf}.',
    '(Ce serait bien de|Ce serait malin de|Il vaudrait mieux|Mieux vaut|Il serait judicieux de|Ça vaudrait le coup de|Ce serait plus sûr de|Le mieux serait de|L\'idéal serait de) {inf}.',
    '(Tu devrais|Vous devriez|Tu pourrais|Vous pourriez|Tu ferais bien de|Vous feriez bien de|Tu gagnerais à|Vous gagneriez à) {inf}.',
    '(La prochaine fois|À l\'avenir|Désormais|Pour la prochaine fois), {inf}.',
    '(La prochaine fois|À l\'avenir|Désormais), (pense à|il faudra|essaie de|tu devras) {inf}.',
    '(Peut-être|Sans doute) (faut-il|qu\'il faudrait|vaudrait-il mieux) {inf}.',
    '(Essaie|Essayez) de {inf}.',
    'Je (tiendrais|garderais|attendrais|insisterais|irais) (bon|le prix|un peu|là-dessus|plus loin) (à ta place|si j\'étais toi|).',
    '(Moi|Personnellement), je (commencerais par|miserais sur|passerais par) {thing}.',
  ],
  prescription: [
    '(As-tu pensé à|Avez-vous pensé à|Tu as pensé à|Vous avez pensé à|As-tu essayé de|Avez-vous essayé de|Tu as essayé de) {inf}?',
    '(Pourquoi ne pas|Pourquoi tu ne vas pas|Pourquoi ne pas simplement) {inf}?',
    '(Et si tu|Et si vous|Et si on) (appelais|relançais|envoyais|proposais|baissais|impliquais|revoyais) {thing}?',
    '(Tu pourrais|Vous pourriez|Tu peux|Vous pouvez|Pourrais-tu|Pourriez-vous|Peux-tu|Pouvez-vous) {inf}?',
    '(Tu pourrais peut-être|Peut-être que tu pourrais|Tu ne voudrais pas|Ça te dirait de) {inf} ?',
    '(Ne faudrait-il pas|Ne vaudrait-il pas mieux|Ce ne serait pas mieux de|Ça ne serait pas plus simple de|Tu ne crois pas qu\'il faudrait|Il ne faudrait pas) {inf}?',
    '(Et pourquoi pas|Pourquoi pas) (un pilote|une remise|un appel avec {person}|une démo|une référence client|un engagement sur deux ans)?',
    '(Ça aurait du sens de|Est-ce que ça aurait du sens de|Est-ce qu\'il faudrait|Faudrait-il) {inf}?',
  ],
  judgment: [
    '(Ton|Votre|Le|Ce) (devis|plan|forecast|compte rendu|mail|pitch|pipe|suivi|discours) (est|était|me semble|paraît) {adj}.',
    '(Ta|Votre|La|Cette) (proposition|présentation|démo|découverte|qualification|préparation|relance) (est|était|me semble|paraît) (légère|faible|bâclée|trop longue|pas assez bonne|un désastre|vague|irréaliste|incomplète|confuse|superficielle|décevante|pas au niveau|brouillonne|insuffisante|pas prête).',
    '(Tes|Vos|Les) (notes|chiffres|slides|relances|prévisions) (sont|étaient) (légères|faibles|bâclées|vagues|incomplètes|confuses|insuffisantes|trop optimistes).',
    '(Tu es|Vous êtes|Tu étais|Vous étiez) (trop passif|trop gentil|trop lent|pas préparé|désorganisé|trop agressif|pas assez ferme|à côté de la plaque|trop bavard) avec {person}.',
    '(C\'était|C\'est|Ça a été) (une erreur|une grosse erreur|une erreur de débutant|une mauvaise idée|le mauvais choix|du travail bâclé|pas acceptable|pas sérieux|n\'importe quoi).',
    '(Franchement|Honnêtement|Soyons honnêtes), (ton|votre|le) {thing} (est|était) (nul|faible|léger|pas au niveau).',
    '(Tu parles|Vous parlez|Tu cèdes|Vous cédez|Tu remises|Tu attends) (trop|beaucoup trop) (vite|tôt|souvent).',
    '(Tu ne connais pas|Vous ne connaissez pas|Tu ne comprends pas) assez {person}.',
    '(Ce|Ton|Votre) forecast (est|c\'est) (de la fiction|du vent|gonflé|irréaliste).',
    '(Le problème|Ton problème|Votre problème), c\'est (ta|votre|la) (préparation|découverte|relance|posture).',
    '(Tu es|Vous êtes|Tu étais|Vous étiez) (bien|beaucoup|vraiment|un peu|) trop (pressé|lent|gentil|prudent|bavard|nerveux|sûr de toi|mou) (de|pour|avec|sur) {topic}.',
    '(La démo|La réunion|L\'appel|Ta présentation|Le pitch|Ton mail|La négo) (partait|est partie|partait complètement|était) (dans tous les sens|à côté|hors sujet|trop longue|ratée|brouillonne|sans structure).',
    '(Tes|Vos|Les) (notes|slides|relances|mails|comptes rendus) (du comité|de la démo|du dernier appel|de la semaine|) (sont|étaient) (inutiles|illisibles|vides|bâclées|trop longues|sans intérêt).',
    '(Ce n\'est pas|C\'est pas) (sérieux|professionnel|acceptable|au niveau|assez|du bon travail).',
  ],
  blame: [
    '(Pourquoi tu n\'as pas|Pourquoi n\'as-tu pas|Pourquoi vous n\'avez pas|Pourquoi n\'avez-vous pas) ({past}) {thing}?',
    '(Comment as-tu pu|Comment avez-vous pu|Comment tu as pu|Comment vous avez pu) (rater|oublier|perdre|laisser passer|ignorer|manquer) {thing}?',
    '(Tu aurais dû|Vous auriez dû|Il fallait|Tu devais|Vous deviez) (appeler|relancer|envoyer|vérifier|prévenir|valider|mettre à jour) {thing} (plus tôt|avant|la semaine dernière|).',
    '(Tu n\'aurais pas dû|Vous n\'auriez pas dû|Tu n\'avais pas à|Vous n\'aviez pas à) (envoyer|promettre|baisser|accepter|partager|brader) {thing}.',
    '(Tu oublies|Vous oubliez|Tu rates|Tu repousses) toujours {thing}.',
    '(C\'est de ta faute|C\'est de votre faute|C\'est ta responsabilité|C\'est à cause de toi|C\'est à cause de vous|Tu es responsable de ça)( si {thing} a glissé|).',
    '(Tu as laissé|Vous avez laissé|Tu as encore laissé) (filer|glisser|traîner|tomber) {thing}.',
    '(Qui t\'a dit de|Qui vous a dit de|À quoi tu pensais en décidant de|Qu\'est-ce qui t\'a pris de) {inf}?',
    '(Combien de fois|Combien de fois faut-il que) (je te dise|je vous dise|je te répète) de {inf}?',
    '(Pourquoi|Comment se fait-il que) {thing} (n\'est toujours pas|n\'est pas encore|n\'a jamais été) (fait|envoyé|signé|prêt|à jour)?',
    '(Encore une fois|Une fois de plus), (tu as|vous avez) (oublié|raté|laissé passer) {thing}.',
    '(Qui a oublié|Qui a laissé filer|Qui a raté) {thing} ?',
    '(Pourquoi je n\'ai pas été prévenu|Pourquoi personne ne m\'a rien dit|Pourquoi je l\'apprends seulement maintenant)( pour {thing}|) ?',
    '(Ça|Cela) n\'aurait jamais dû (arriver|glisser|se produire).',
  ],
  takeover: [
    '(Je vais|Je m\'en vais|Laisse-moi|Laissez-moi) (appeler|relancer|voir|gérer|convaincre|appeler moi-même) {person}( moi-même|).',
    '(Je m\'occupe|Je me charge|Je vais m\'occuper|Je vais me charger) (de|du|des) {thing}( moi-même|).',
    '(Laisse-moi|Laissez-moi|Je vais) (gérer|reprendre|piloter|faire|réécrire|finir|refaire|négocier) {thing}.',
    '(Je reprends|Je prends|Je récupère|Je gère) {thing}(, tu peux lâcher| à partir de maintenant| moi-même|).',
    '(Laisse-moi faire|Laissez-moi faire|Je m\'en occupe|Je m\'en charge|Je prends le relais|Je reprends la main|Je gère|Confie-le-moi|Laisse, je vais le faire).',
    '(Mets-moi|Mettez-moi|Ajoute-moi|Invite-moi) (en copie|dans la boucle|sur l\'appel|à la réunion)(, je vais (gérer|négocier|conclure|parler au client)|).',
    '(Passe-moi|Passez-moi|Envoie-moi|Envoyez-moi|Transfère-moi|Donne-moi) {thing}, je (m\'en occupe|gère|le fais|le corrige).',
    '(Je vais|Laisse-moi|Je vais aller) (parler à|négocier avec|passer au-dessus de|voir directement) {person}.',
    '(Et si je|Tu veux que je|Je peux|Veux-tu que je|Voulez-vous que je) (m\'en occupais|m\'en occupe|appelle {person}|relance {person}|reprenne {thing}|gère {thing})( moi-même|) ?',
    'Je (vais|peux) (l\'appeler|les appeler|le relancer|les relancer|le faire|m\'en charger) moi-même.',
  ],
  'closed-question': [
    '(As-tu|Avez-vous|Tu as|Vous avez|Est-ce que tu as|Est-ce que vous avez) (envoyé|signé|vu|validé|reçu|confirmé|mis à jour|partagé|relu|préparé) {thing}( ?|)?',
    '(Est-ce que|Est-ce qu\') {person} (est|était) (d\'accord|partant|au courant|impliqué|prêt à signer|le décideur|toujours le champion)?',
    '(Le devis|La proposition|Le contrat|La démo|Le pilote|Le budget) (est|a été) (envoyé|validé|signé|prêt|calé|confirmé)?',
    '(Y a-t-il|Est-ce qu\'il y a|Il y a) (un|une|des) (budget|calendrier|champion|date de décision|concurrent|blocage|risque|prochaine étape|échéance)?',
    '(Es-tu|Êtes-vous|Tu es|Vous êtes) (sûr|sûre|confiant|confiante|prêt|prête|à l\'heure|dans les temps)( pour {thing}|)?',
    '(Des nouvelles|Du nouveau|Une mise à jour|Un retour) (sur|de|concernant) {thing}?',
    '(Est-ce que|Est-ce qu\') (ça|la démo|l\'appel|le rendez-vous|la réunion) (s\'est bien passé|a marché|a aidé|a plu)?',
    '(Va-t-il|Va-t-elle|Est-ce qu\'il va|Est-ce qu\'ils vont|Vont-ils) (signer|valider|accepter|venir|s\'engager) {time}?',
    '(Peut-on|Pouvez-vous|Peux-tu|Est-ce qu\'on peut) (signer|finir|boucler|conclure) (ce deal|ça|{thing}) {time}?',
    '{person} a (signé|répondu|validé|confirmé) (?|déjà ?|)?',
    '{person} a (accepté|validé|vu|lu|reçu|signé|approuvé|refusé) {thing} ?',
    '{thing} est (validé|confirmé|signé|prêt|parti|calé|fait|bouclé) ?',
    '(Est-ce qu\'ils|Est-ce qu\'elle|Est-ce qu\'il|Est-ce que {person}) (évalue|évaluent|regarde|regardent|veut|veulent|a|ont|connaît|connaissent|valide|valident) (quelqu\'un d\'autre|un concurrent|{thing}|le budget|une date) ?',
    '(Ils|Elle|Il|On) (ont|a|avait|avaient) (signé|validé|répondu|confirmé|vu) {thing} ?',
  ],
  'leading-question': [
    '(Tu ne crois pas|Vous ne croyez pas|Tu ne penses pas|Vous ne pensez pas|Tu ne trouves pas|N\'es-tu pas d\'accord) (que|qu\') {person} (bloque|n\'est pas sérieux|traîne|joue la montre|cherche juste une remise)?',
    '(N\'est-ce pas|Ce n\'est pas) (évident|clair|un signal d\'alarme|une erreur|risqué) (que|qu\') {person} (bloque|n\'a pas de budget|n\'est pas le décideur)?',
    '{person} (bloque|n\'a pas de budget|n\'est pas le décideur|cherche juste une remise|joue la montre), (non|n\'est-ce pas|pas vrai|hein|tu ne crois pas)?',
    '(Le vrai problème|Le vrai blocage|La vraie question), (ce n\'est pas|c\'est pas) {thing}?',
    '(À quoi bon|Quel intérêt d\'avoir) {thing} (si|sans que) {person} (n\'est pas là|ne vient pas|n\'a pas validé)?',
    '(Qui envoie|Qui propose|Qui signe) {thing} (sans appel|avant la découverte|un vendredi soir|sans vérifier)?',
    '(Tu crois vraiment|Vous croyez vraiment|Tu penses sérieusement|Tu es sûr) (que|qu\') {person} (va signer|est le décideur|s\'en soucie)?',
    '(Ça ne te dit pas|Ça ne vous dit pas|Ça ne montre pas|Ça ne prouve pas) (que|qu\') {person} (n\'est pas sérieux|traîne|a d\'autres priorités)?',
    '(C\'est ça|Est-ce vraiment|C\'est vraiment ça) (un plan|une prochaine étape|le mieux qu\'on puisse faire|un vrai engagement)?',
    '(Tu ne trouves pas|Vous ne trouvez pas) (que|qu\') {thing} (arrive trop tard|est risqué|est trop cher)?',
    '(Évidemment|Bien sûr|Forcément), {person} (va signer|n\'est pas le décideur|veut une remise), (non|pas vrai|hein) ?',
    '(Tu n\'as pas peur|Vous n\'avez pas peur|Tu ne crains pas) (que|qu\') {thing} (glisse|arrive trop tard|tombe à l\'eau)?',
  ],
  ask: [
    '(Quel est ton plan pour|Quel est votre plan pour|Comment vois-tu|Comment voyez-vous|Que penses-tu de|Que pensez-vous de|Comment abordes-tu|Comment abordez-vous|Où en es-tu avec|Où en êtes-vous avec) {topic}?',
    '(Qu\'est-ce qui bloque|Qu\'est-ce qui freine|Qu\'est-ce qui ralentit|Qu\'est-ce qui t\'empêche d\'avancer sur|Qu\'est-ce qui vous empêche d\'avancer sur) {topic}?',
    '(De quoi|Qu\'est-ce que) {person} (a besoin de voir|doit entendre|attend|veut voir) (en premier|avant de signer|pour décider|)?',
    '(Qui d\'autre|Qui) (devrait|pourrait|doit) être (dans la boucle|à la réunion|impliqué|présent) (pour|sur) {thing}?',
    '(Qu\'est-ce que tu ferais|Qu\'est-ce que vous feriez|Que ferais-tu|Que feriez-vous) (différemment|autrement) (la prochaine fois|sur ce deal|avec {person})?',
    '(Qu\'as-tu appris|Qu\'avez-vous appris|Qu\'est-ce qui t\'a surpris|Qu\'est-ce qui vous a surpris|Qu\'est-ce qui a bien marché|Qu\'est-ce qui a moins marché) (avec|sur|dans) {topic}?',
    '(Comment pourrais-tu|Comment pourriez-vous|Comment comptes-tu|Comment comptez-vous|Comment veux-tu|Comment voulez-vous) (aborder|préparer|faire avancer|sécuriser|présenter) {topic}?',
    '(Quelles options vois-tu|Quelles options voyez-vous|Quelles sont les options|Quels choix as-tu|Quels choix avez-vous) (pour|sur|avec) {topic}?',
    '(Où en est|Où en sont|À quel stade est) {thing}?',
    '(Quand est-ce que|Quand) {person} (attend|doit décider de|veut recevoir) {thing}?',
    '(Pourquoi|En quoi) {person} (tient-il à|s\'intéresse-t-il à|se soucie de|est attaché à) {thing}?',
    '(Comment sauras-tu|Comment saurez-vous|À quoi verras-tu|À quoi verrez-vous) (que|qu\') {person} est prêt?',
    '(De quoi as-tu besoin|De quoi avez-vous besoin|Comment puis-je t\'aider|Comment puis-je vous aider|En quoi puis-je t\'aider)( sur {topic}|)?',
    '(Qu\'est-ce qui serait|À quoi ressemblerait) un bon résultat pour {person}?',
    '(Qu\'en penses-tu|Qu\'en pensez-vous|Et ensuite|Quoi d\'autre|Qu\'est-ce qu\'il y a d\'autre|Et toi, qu\'en dis-tu)?',
    '(Raconte-moi|Racontez-moi|Explique-moi|Expliquez-moi|Décris-moi|Décrivez-moi|Parle-moi de|Parlez-moi de|Dis-m\'en plus sur|Dites-m\'en plus sur) {topic}.',
    '(Dis-m\'en plus|Dites-m\'en plus|Continue|Continuez|Je t\'écoute|Je vous écoute|Vas-y, je t\'écoute|Développe|Développez).',
    '(Vas-y|Allez-y|Oui|D\'accord|Ok|Je vois|Intéressant|Et alors), (continue|continuez|je t\'écoute|je vous écoute|dis-m\'en plus|raconte|racontez|développe).',
    '(Qui|Qu\'est-ce que|Quand|Comment) (appellerais-tu|relancerais-tu|enverrais-tu|contacterais-tu|verrais-tu|préparerais-tu) (en premier|ensuite|d\'abord|maintenant)(, et pourquoi|) ?',
    '{person} (a dit|dit|pense|estime|insiste sur le fait) qu\'(ils doivent|il faut|on devrait|il faudrait) {inf}.',
    '(J\'ai demandé|J\'ai vérifié|J\'ai partagé|On a noté|J\'ai appris) (si|comment|que|où en était) {topic}.',
    '(Qu\'est-ce que|Que|Qu\') (tu as|vous avez|as-tu|avez-vous|ils ont|il a|elle a) (essayé|appris|remarqué|entendu|compris|retenu|prévu) (jusqu\'ici|sur {topic}|avec {person}|)?',
    '(Bon|Bel|Excellent|Court|Long|Dur|Premier|Dernier) (appel|rendez-vous|échange|atelier|point) (de découverte|avec {person}|sur {topic}|) (aujourd\'hui|hier|ce matin|cette semaine|).',
    '{thing} est (signé|envoyé|validé|reçu|parti|calé), (on attend|en attente de|reste) {thing}.',
    '{person} est (enthousiaste|partant|convaincu|absent|réservé|nouveau), {person} (pas encore impliqué|encore hésitant|en congés|pas convaincu).',
    '(Le|La) (pilote|période d\'essai|contrat|renouvellement|promo|revue sécurité|appel d\'offres) (se termine|commence|expire|arrive à échéance|est prévu|est prévue) (vendredi prochain|le 30|en fin de mois|dans deux semaines|demain|en mars).',
    '(Pourriez-vous|Pourrais-tu|Peux-tu|Pouvez-vous) (me raconter|m\'expliquer|me décrire|me parler de|m\'aider à comprendre|me dire comment tu vois|me détailler) {topic}?',
    '(Pourquoi penses-tu|Pourquoi pensez-vous|À ton avis, pourquoi|Selon toi, pourquoi) (qu\'ils ont choisi|qu\'ils se sont tus|qu\'ils ont dit oui|que {person} a hésité|qu\'ils ont repoussé) ?',
    '(Ce deal|Le deal|Ce compte) (stagne|est bloqué|n\'a pas bougé|est au même stade) depuis (un moment|trois semaines|un mois|dix jours).',
    '(Comment|Pourquoi|Où|Quand|Qui|Qu\'est-ce qui|Que) (penses-tu|vois-tu|ressens-tu|crois-tu|sais-tu|imagines-tu|comprends-tu|retiens-tu) (de|sur|à propos de|) {topic}?',
    '(Je suis curieux de savoir|J\'aimerais comprendre|J\'aimerais savoir|Je me demande) (comment|pourquoi|ce que) {person} (a réagi|a dit|a choisi ça|s\'est tu).',
    '(J\'ai remarqué|Je vois|Je constate) (que|qu\') {thing} a (glissé|bougé|changé)(; que s\'est-il passé ?|. Qu\'en penses-tu ?|).',
    '{noteSubj} (a glissé|a bougé|s\'est bien passé|a duré longtemps|est en attente|est confirmé|a été annulé|est bloqué|a été repoussé|a pris du retard) {time}.',
    '{rep} a ({past}) {thing} {time}.',
    '{rep} (pense|trouve|dit|croit|craint|espère) (que|qu\') {person} (est partant|va signer|a du budget|traîne|veut une remise).',
    '{rep} (veut|va|compte|prévoit de|s\'est engagé à|a choisi de|a proposé de) {inf}.',
    '{person} a (demandé|refusé|validé|questionné|apprécié|remis en cause) {thing}.',
    '(On a parlé de|Nous avons revu|On a discuté de|Nous avons passé en revue|Échange sur|Point sur|Revue de) {thing} (ensemble|en 1:1|aujourd\'hui|).',
    '(Prochaine étape|Étape suivante|Engagement): {rep} (va |doit |)(envoyer|appeler|caler|revoir|partager) {thing} {time}.',
    '(Décision|Signature|Validation|Réponse) (attendue|prévue|promise) {time}.',
    '(Risque principal|Point ouvert|Blocage|Inquiétude du commercial|Question ouverte): {thing}.',
    '(Qu\'est-ce qui a|Qu\'est-ce qui aurait) (fait glisser|changé|bloqué|ralenti) {thing}?',
    '(Comment veux-tu|Comment voulez-vous|Quand veux-tu|Quand voulez-vous) (que je fasse le suivi|que je t\'accompagne|que je vous accompagne|qu\'on en reparle)( sur {topic}|)?',
    '(Si tu pouvais|Si vous pouviez) changer une chose (sur|dans) {topic}, (laquelle|ce serait quoi)?',
    '(Qu\'est-ce que tu penses qu\'il faut|Que penses-tu qu\'il faudrait|Que faudrait-il|Que devrait-on) faire (pour|sur|avec) {topic}?',
  ],
};

const per = Number(process.argv.find((a) => a.startsWith('--per='))?.slice(6) ?? 40);
for (const [lang, templates, slots, n] of [['en', EN_T, EN, per], ['fr', FR_T, FR, Math.round(per * 1.2)]] as const) {
  const rows = generate(templates, slots, n, lang === 'fr');
  const file = new URL(`../../tests/coaching/train/${lang}.generated.jsonl`, import.meta.url);
  writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const counts: Record<string, number> = {};
  for (const r of rows) counts[r.kind] = (counts[r.kind] ?? 0) + 1;
  console.log(lang, rows.length, counts);
}
