import type { Question, QuestionBank } from '../schema/question';
import { CANONICAL_STAGES, type CanonicalStage } from '../model/stage';

/**
 * Sideline's own question bank, written for managers to ask reps. Every
 * question is open, non-leading and about the process of the stage: who is
 * involved, what is happening, how the rep is working it. Never about the
 * number itself. Tests check each one against the ask-vs-tell coach.
 */
type Cat = Question['category'];
const ALL = [...CANONICAL_STAGES];
const OPEN = ALL.filter((s) => s !== 'won' && s !== 'lost');
const MORE = ['Tell me more.', 'What else?'];

function q(id: string, stages: CanonicalStage[], category: Cat, text: string, extra: Partial<Question> = {}): Question {
  return { id, stages, category, text, tags: [], followUps: MORE, ...extra };
}

const openers: Question[] = [
  q('open-support', ALL, 'opener', 'How can I best support you this week?', { why: 'Starts with the person, not the deal.', tags: ['care'] }),
  q('open-on-your-mind', ALL, 'opener', 'What is on your mind about this deal right now?', { tags: ['care'] }),
  q('open-energy', OPEN, 'opener', 'How are you feeling about where this deal is heading?', { tags: ['care'] }),
  q('open-want-from-today', ALL, 'opener', 'What would make the next few minutes most useful for you?', { why: 'Lets the rep set the agenda.', tags: ['contract'] }),
  q('open-proud', OPEN, 'opener', 'What has gone well on this deal since we last spoke?', { tags: ['care', 'strengths'] }),
  q('open-stuck', OPEN, 'opener', 'Where do you feel stuck, if anywhere?', { tags: ['care'] }),
  q('open-workload', ALL, 'opener', 'How is your week going beyond this deal?', { tags: ['care'] }),
  q('open-help-differently', ALL, 'opener', 'What could I do differently to help you more?', { tags: ['care', 'trust'] }),
];

const closers: Question[] = [
  q('acc-next-step-own', OPEN, 'accountability', 'What will you do next, and by when?', { why: 'The rep names the commitment in their own words.', tags: ['commitment'] }),
  q('acc-follow-up-how', ALL, 'accountability', "How do you want me to follow up if you don't honor this?", { why: 'The rep chooses how to be held to it.', tags: ['commitment'] }),
  q('acc-know-done', OPEN, 'accountability', 'How will we both know this step is done?', { tags: ['commitment'] }),
  q('acc-get-in-way', OPEN, 'accountability', 'What could get in the way of doing this, and how will you handle it?', { tags: ['commitment'] }),
  q('acc-support-needed', ALL, 'accountability', 'What support do you want from me to keep this commitment?', { tags: ['commitment'] }),
  q('acc-check-in', ALL, 'accountability', 'When would you like us to check in on this again?', { tags: ['commitment'] }),
  q('acc-one-thing', ALL, 'accountability', 'What is the one thing you will take away from this conversation?', { tags: ['commitment', 'learning'] }),
  q('acc-learning-apply', ['won', 'lost'], 'accountability', 'Where will you use this lesson on a deal that is open today?', { tags: ['commitment', 'learning'] }),
];

const S = (id: string, stage: CanonicalStage, category: Cat, text: string, extra: Partial<Question> = {}) => q(id, [stage], category, text, extra);

const prospecting: Question[] = [
  S('pro-why-them', 'prospecting', 'process', 'What made you pick this account to go after?'),
  S('pro-who-first', 'prospecting', 'process', 'Who at this company are you reaching out to first, and why them?'),
  S('pro-trigger', 'prospecting', 'process', 'What is happening at this company that makes now a good time to reach them?'),
  S('pro-message', 'prospecting', 'tactical', 'Walk me through the first message you are sending them.'),
  S('pro-channels', 'prospecting', 'tactical', 'Which channels are you using to reach them, and what is working best?'),
  S('pro-response', 'prospecting', 'tactical', 'What responses have you had so far, and what do they tell you?'),
  S('pro-value-hypothesis', 'prospecting', 'strategic', 'What problem do you believe they have that we can solve?'),
  S('pro-research', 'prospecting', 'process', 'What have you learned about them before the first conversation?'),
  S('pro-plan-weeks', 'prospecting', 'strategic', 'How do you plan to work this account over the next few weeks?'),
  S('pro-referral', 'prospecting', 'process', 'Who in your network could open a door here?'),
  S('pro-gap-skill', 'prospecting', 'gap', 'Where is your prospecting today compared with where you want it to be?'),
  S('pro-stop', 'prospecting', 'strategic', 'How will you decide when to stop pursuing this account?'),
];

const qualification: Question[] = [
  S('qual-pain', 'qualification', 'process', 'What problem are they trying to solve, in their words?'),
  S('qual-cost-of-nothing', 'qualification', 'process', 'What happens for them if they do nothing?'),
  S('qual-who-decides', 'qualification', 'process', 'Who decides on this, and how have you learned that?'),
  S('qual-budget-process', 'qualification', 'process', 'How does money get approved for something like this at their company?'),
  S('qual-timeline-why', 'qualification', 'process', 'What is driving their timeline?'),
  S('qual-fit', 'qualification', 'strategic', 'How well does this opportunity fit the customers we win most often?'),
  S('qual-evidence', 'qualification', 'tactical', 'What did they say or do that tells you this is a real opportunity?'),
  S('qual-competition', 'qualification', 'process', 'What else are they considering, including doing it themselves?'),
  S('qual-disqualify', 'qualification', 'strategic', 'What would tell you this deal is not worth pursuing?'),
  S('qual-questions-asked', 'qualification', 'tactical', 'Which questions did you ask in the last call, and which would you ask again?'),
  S('qual-unknowns', 'qualification', 'gap', 'What do you still not know that you want to know before moving on?'),
  S('qual-champion-early', 'qualification', 'process', 'Who there wants this to happen, and what is in it for them?'),
];

const discovery: Question[] = [
  S('disc-who-affected', 'discovery', 'process', 'Who else is affected by this problem, and how have you heard from them?'),
  S('disc-current-way', 'discovery', 'process', 'How do they handle this today, step by step?'),
  S('disc-impact', 'discovery', 'process', 'How do they measure the impact of this problem?'),
  S('disc-success', 'discovery', 'strategic', 'What does success look like for them a year from now?'),
  S('disc-priorities', 'discovery', 'process', 'Where does this sit among their other priorities this quarter?'),
  S('disc-buying-group', 'discovery', 'process', 'Who is in the buying group, and what does each person care about?'),
  S('disc-call-review', 'discovery', 'tactical', 'Walk me through your last discovery call. What did you learn that surprised you?'),
  S('disc-listen-ratio', 'discovery', 'tactical', 'How much of the last call were you talking, and how much were they?'),
  S('disc-next-meeting', 'discovery', 'tactical', 'What do you want to learn in the next meeting, and how will you ask it?'),
  S('disc-past-attempts', 'discovery', 'process', 'What have they tried before, and what happened?'),
  S('disc-gap', 'discovery', 'gap', 'Where is your understanding of their business now, and where do you want it to be?'),
  S('disc-plan', 'discovery', 'strategic', 'How are you planning to move from discovery to a solution they shape with you?'),
];

const solution: Question[] = [
  S('sol-tailored', 'solution', 'process', 'How have you shaped the solution around what you learned in discovery?'),
  S('sol-who-validates', 'solution', 'process', 'Who on their side is validating the solution, and how?'),
  S('sol-demo-story', 'solution', 'tactical', 'What story will your demo tell, and for whom?'),
  S('sol-reaction', 'solution', 'tactical', 'How did they react to the last presentation, person by person?'),
  S('sol-concerns', 'solution', 'process', 'What concerns have come up, and how are you exploring them?'),
  S('sol-technical', 'solution', 'process', 'What technical questions are still open, and who is working on them?'),
  S('sol-value-case', 'solution', 'strategic', 'How are you building the case for value with them rather than for them?'),
  S('sol-differentiation', 'solution', 'strategic', 'What makes our approach matter to this customer in particular?'),
  S('sol-champion-sell', 'solution', 'process', 'How is your champion explaining this solution to their colleagues?'),
  S('sol-proof', 'solution', 'tactical', 'What proof would make this real for them, and how will you provide it?'),
  S('sol-gap', 'solution', 'gap', 'Where is the fit between their needs and our solution today, and where do you want it to be?'),
  S('sol-path-forward', 'solution', 'strategic', 'What has to be true for them to ask for a proposal?'),
];

const proposal: Question[] = [
  S('prop-cocreated', 'proposal', 'process', 'How much of this proposal did they help shape?'),
  S('prop-who-reads', 'proposal', 'process', 'Who will read the proposal, and what will each of them look for?'),
  S('prop-walkthrough', 'proposal', 'tactical', 'How do you plan to walk them through the proposal?'),
  S('prop-value-link', 'proposal', 'process', 'How does the proposal connect the price to the outcomes they told you about?'),
  S('prop-objections', 'proposal', 'process', 'Which objections do you expect, and how will you explore them?'),
  S('prop-decision-steps', 'proposal', 'process', 'What steps does the proposal go through on their side before a decision?'),
  S('prop-options', 'proposal', 'strategic', 'What options are you giving them, and why those?'),
  S('prop-feedback', 'proposal', 'tactical', 'What feedback have you had on the proposal so far?'),
  S('prop-silence', 'proposal', 'tactical', 'If they go quiet after receiving it, how will you reconnect?'),
  S('prop-risks', 'proposal', 'strategic', 'What could stall the decision, and what is your plan for each?'),
  S('prop-gap', 'proposal', 'gap', 'Where is your proposal today compared with the one that would win?'),
  S('prop-champion-role', 'proposal', 'process', 'What role is your champion playing in getting this approved?'),
];

const negotiation: Question[] = [
  S('neg-what-matters', 'negotiation', 'process', 'What matters most to them in this negotiation, beyond price?'),
  S('neg-who-negotiates', 'negotiation', 'process', 'Who is negotiating on their side, and what are they measured on?'),
  S('neg-walk-away', 'negotiation', 'strategic', 'What is your walk-away point, and how did you arrive at it?'),
  S('neg-trades', 'negotiation', 'tactical', 'What could you trade, and what would you ask for in return?'),
  S('neg-procurement', 'negotiation', 'process', 'How does their procurement process work from here?'),
  S('neg-legal', 'negotiation', 'process', 'Where are the legal and security reviews, and who owns them?'),
  S('neg-pressure', 'negotiation', 'tactical', 'How are you responding when they push on price?'),
  S('neg-value-reminder', 'negotiation', 'tactical', 'How are you keeping the value they agreed on in the conversation?'),
  S('neg-last-round', 'negotiation', 'tactical', 'Walk me through the last round. What would you do the same way, and what differently?'),
  S('neg-relationship', 'negotiation', 'strategic', 'How do you want the relationship to feel once this is signed?'),
  S('neg-gap', 'negotiation', 'gap', 'Where are the two sides now, and where do you want to land?'),
  S('neg-concessions-log', 'negotiation', 'process', 'What has each side given so far?'),
];

const closing: Question[] = [
  S('close-steps-left', 'closing', 'process', 'What steps are left between today and a signature?'),
  S('close-who-signs', 'closing', 'process', 'Who signs, and what do they need to see first?'),
  S('close-mutual-plan', 'closing', 'process', 'How is the mutual plan with the customer tracking?'),
  S('close-risks', 'closing', 'strategic', 'What could still derail this, and what is your plan for it?'),
  S('close-date-basis', 'closing', 'process', 'What is the close date based on: their plan or ours?'),
  S('close-last-conversation', 'closing', 'tactical', 'What did the buyer say in your last conversation about timing?'),
  S('close-paperwork', 'closing', 'process', 'Where is the paperwork right now, and who has it?'),
  S('close-handover', 'closing', 'strategic', 'How are you preparing the handover to the team who will serve them?'),
  S('close-champion-confidence', 'closing', 'process', 'How confident is your champion, and what makes them so?'),
  S('close-ask', 'closing', 'tactical', 'How will you ask for the decision?'),
  S('close-gap', 'closing', 'gap', 'What separates where this deal is today from signed?'),
  S('close-after-signing', 'closing', 'strategic', 'What happens in the first weeks after they sign?'),
];

const won: Question[] = [
  S('won-why', 'won', 'debrief', 'Why do you think they chose us?'),
  S('won-turning-point', 'won', 'debrief', 'What was the turning point in this deal?'),
  S('won-repeat', 'won', 'debrief', 'What did you do here that you want to repeat on other deals?'),
  S('won-differently', 'won', 'debrief', 'What would you do differently if you ran this deal again?'),
  S('won-customer-words', 'won', 'debrief', 'How did the customer describe their reasons for buying?'),
  S('won-who-helped', 'won', 'debrief', 'Who helped you win this, inside and outside the company?'),
  S('won-surprise', 'won', 'debrief', 'What surprised you along the way?'),
  S('won-cycle', 'won', 'debrief', 'How did the length of this sales cycle compare with what you expected?'),
  S('won-expand', 'won', 'strategic', 'Where do you see this customer growing with us next?'),
  S('won-share', 'won', 'debrief', 'What from this deal would help the rest of the team?'),
  S('won-celebrate', 'won', 'opener', 'How do you want to celebrate this one?'),
  S('won-skill-grown', 'won', 'gap', 'Which of your skills grew most on this deal?'),
  S('won-risk-handled', 'won', 'debrief', 'Which moment felt riskiest, and how did you handle it?'),
];

const lost: Question[] = [
  S('lost-why', 'lost', 'debrief', 'What do you think led to their decision?'),
  S('lost-customer-words', 'lost', 'debrief', 'How did the customer explain their choice?'),
  S('lost-signals', 'lost', 'debrief', 'Looking back, which early signals told the story?'),
  S('lost-differently', 'lost', 'debrief', 'What would you do differently at the start of a deal like this?'),
  S('lost-still-proud', 'lost', 'debrief', 'What are you proud of in how you ran this deal?'),
  S('lost-qualify', 'lost', 'debrief', 'What did you learn about which deals to pursue?'),
  S('lost-relationship', 'lost', 'strategic', 'How will you keep the relationship warm for the future?'),
  S('lost-competitor', 'lost', 'debrief', 'What did the winning option offer that mattered to them?'),
  S('lost-feelings', 'lost', 'opener', 'How are you feeling about this one?'),
  S('lost-team-learn', 'lost', 'debrief', 'What from this deal is worth sharing with the team?'),
  S('lost-support', 'lost', 'debrief', 'What support from me would have helped earlier?'),
  S('lost-moment', 'lost', 'debrief', 'At which point did the deal start to slip away, and what was happening then?'),
  S('lost-skill-gap', 'lost', 'gap', 'Which skill would have changed this outcome, and how could you build it?'),
];

/** Prompted by the deal's fields (see planSession's signals). */
const signals: Question[] = [
  q('sig-close-passed-what-changed', OPEN, 'process', 'The close date has passed. What changed on their side?', { tags: ['signal:close-date-passed'] }),
  q('sig-close-passed-new-plan', OPEN, 'strategic', 'What is the buyer’s own timeline now, and how do you know it?', { tags: ['signal:close-date-passed'] }),
  q('sig-close-soon-steps', OPEN, 'process', 'With the close date this close, what has to happen each day until then?', { tags: ['signal:close-date-soon'] }),
  q('sig-close-soon-risks', OPEN, 'strategic', 'What would move this close date, and who would tell you first?', { tags: ['signal:close-date-soon'] }),
  q('sig-amount-missing', OPEN, 'process', 'How are you and the customer thinking about the size of this deal?', { tags: ['signal:amount-missing'] }),
  q('sig-stale-what-moves', OPEN, 'process', 'This deal has sat in the same stage for a while. What would move it forward?', { tags: ['signal:stage-stale'] }),
  q('sig-stale-who-engaged', OPEN, 'process', 'Who on their side has been active in the last few weeks?', { tags: ['signal:stage-stale'] }),
  q('sig-open-commitments', OPEN, 'accountability', 'Where are you with what you committed to on this deal last time?', { tags: ['signal:open-commitments'] }),
  q('sig-overdue-commitments', ALL, 'accountability', 'What got in the way of the commitment that is now overdue?', { tags: ['signal:overdue-commitments'] }),
  q('sig-overdue-renegotiate', ALL, 'accountability', 'What would a realistic new date look like for that commitment?', { tags: ['signal:overdue-commitments'] }),
];

export const BUILTIN_BANK: QuestionBank = {
  id: 'builtin',
  name: 'Sideline built-in questions',
  description: 'Open, process-focused coaching questions for every stage of a deal.',
  builtIn: true,
  enabled: true,
  questions: [
    ...openers,
    ...prospecting,
    ...qualification,
    ...discovery,
    ...solution,
    ...proposal,
    ...negotiation,
    ...closing,
    ...won,
    ...lost,
    ...signals,
    ...closers,
  ],
};
