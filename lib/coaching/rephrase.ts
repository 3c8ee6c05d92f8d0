/**
 * Open questions that keep the subject of what the manager said: "You need
 * to call the CFO tomorrow." becomes "What's your plan for reaching the CFO?",
 * not a generic prompt. Rules here only choose the suggestion's wording; the
 * model alone decides whether a sentence is telling.
 */
import type { Lang } from './features';
import type { FindingKind } from './lint';

const STOP_EN =
  "to|for|with|by|before|after|on|in|into|onto|at|from|of|about|until|unless|tomorrow|today|tonight|asap|now|this|next|and|then|so|if|because|but|or|is|are|was|were|has|have|had|will|would|can|could|should|needs?|looks?|seems?|reads?|feels?|yet|again|first|right|early|myself|yourself|directly|instead|already|too|when|while|that|which|i|i'll|i'd|don't|isn't|aren't";
const NP_EN = new RegExp(
  `\\b((?:the|their|his|her|your|our|this|that|these|those|its|my)\\s+(?:(?!(?:${STOP_EN})\\b)[\\w'’-]+\\s+){0,3}?(?!(?:${STOP_EN})\\b)[\\w'’-]+)(?=\\s+(?:${STOP_EN})\\b|\\s*[,.;:!?—–]|\\s*$)`,
  'i',
);
// A name or an acronym that is not the first word: "Call Maria", "loop in the CFO".
const NAME_EN = /(?<=\S\s+)(?:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|[A-Z]{2,5}s?|procurement|legal|finance|security|purchasing|IT)\b/;
const NOT_NAMES = new Set(['I', 'I’ll', 'OK', 'CRM', 'ASAP', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday', 'Q1', 'Q2', 'Q3', 'Q4']);
const CONTACT_EN = /\b(?:call|ring|phone|email|e-mail|ping|text|reach|contact|chase|meet|brief|invite|loop in|bring in|bring|pull in|get|follow up with|check in with|talk to|speak (?:to|with)|go to|escalate to|get in front of|book|line up|involve|engage|cc|copy)(?:s|es|ed|d|ing)?\b/i;

const NP_FR =
  /\b((?:le|la|les|l['’]|leur|leurs|ton|ta|tes|votre|vos|ce|cet|cette|ces|son|sa|ses|mon|ma|mes)\s*(?:(?!(?:à|pour|avec|avant|après|sur|dans|de|d['’]|du|des|par|demain|aujourd|ce|cette|et|puis|si|est|sont|était|a|ont|moi-même|tout|dès|d['’]ici)\b)[\wàâçéèêëîïôûùüÿœ'’-]+\s*){1,4})/i;
const CONTACT_FR = /\b(?:appel|rappel|relanc|contact|écri|invit|préviens|prévenez|rencontr|voi[rst]|voyez|va voir|allez voir|fais venir|faites venir|impliqu|sollicit|joindre|mets? .* en copie)/i;

// Advice frames name the manager's own situation, not the subject: "Were it my deal, I'd hold the price."
const FRAME_EN =
  /^(?:(?:if|were|had|in|as|from|for|going|next|honestly|frankly|personally|between|in my|my|rule|lesson|a good|one|what i'd|the smart|the trick|the key)\b[^,:]*[,:]\s*)|^(?:i'd|i would|i think you should|you might want to|you may want to|maybe|perhaps|you could|you should|you need to|you must|you have to|i need you to|i want you to|make sure (?:you|to)|don't forget to|remember to|why not|why don't you|have you (?:thought about|considered|tried)|what if you|how about)\s+/i;
const FRAME_FR = /^(?:(?:à ta place|à votre place|si j'étais (?:toi|vous)|si c'était mon \w+|moi|personnellement|mon conseil|la prochaine fois|à l'avenir|désormais)\s*[,:]?\s*)/i;
const SELF_NP = /^(?:my|your) (?:deal|shoes|place|account|position|view|experience|advice|suggestion)$/i;

export function subjectOf(sentence: string, lang: Lang): string | null {
  const s = sentence.replace(/[’]/g, "'").replace(/\s+/g, ' ').trim().replace(lang === 'fr' ? FRAME_FR : FRAME_EN, '');
  if (lang === 'fr') {
    const m = NP_FR.exec(s);
    return m ? m[1]!.trim().replace(/\s+$/, '') : null;
  }
  const m = NP_EN.exec(s);
  if (m && !SELF_NP.test(m[1]!)) return m[1]!.replace(/^(?:The|Their|His|Her|Your|Our|This|That|These|Those|Its|My)\b/, (w) => w.toLowerCase());
  const n = NAME_EN.exec(s);
  if (n && !NOT_NAMES.has(n[0])) return n[0];
  return null;
}

const GENERIC_EN: Record<FindingKind, string> = {
  directive: 'What options do you see here, and which would you choose?',
  advice: 'What options do you see, and which one appeals to you?',
  prescription: 'What options have you considered, and what are the trade-offs?',
  judgment: 'How do you see it yourself, and what would make it stronger?',
  blame: 'What got in the way?',
  takeover: 'How can I best support you so you can handle this?',
  'closed-question': 'What else? Tell me more.',
  'leading-question': 'What is your own read on this?',
};
const GENERIC_FR: Record<FindingKind, string> = {
  directive: 'Quelles options vois-tu, et laquelle choisirais-tu ?',
  advice: 'Quelles options vois-tu, et laquelle te tente ?',
  prescription: 'Quelles options as-tu envisagées, et avec quels compromis ?',
  judgment: 'Comment le vois-tu toi-même, et qu’est-ce qui le rendrait plus solide ?',
  blame: 'Qu’est-ce qui t’a empêché d’avancer ?',
  takeover: 'Comment puis-je t’aider pour que tu t’en charges ?',
  'closed-question': 'Raconte-moi où ça en est.',
  'leading-question': 'Quelle est ta propre lecture de la situation ?',
};

function closedEn(s: string, np: string | null): string {
  const m = /^(?:is|are) there (?:a |an |any )?(.+?)\??$/i.exec(s);
  if (m && m[1]!.split(' ').length <= 6) return `What do you know about the ${m[1]!.replace(/^(?:the|a|an) /i, '')}?`;
  if (/^(?:did|have|has|had)\b/i.test(s)) return np ? `Where does ${np} stand?` : 'Walk me through where that stands.';
  if (/^(?:do|does|is|are|was|were)\b/i.test(s)) return np ? `What's your read on ${np}?` : 'What is your read on that?';
  if (/^(?:will|would|can|could|should|shall|may|might)\b/i.test(s)) return np ? `What would it take, from your side, for ${np}?` : 'What would make that work, from your side?';
  return np ? `Tell me more about ${np}.` : GENERIC_EN['closed-question'];
}

/** An open question to ask instead, keeping the sentence's subject where one is found. */
export function rephrase(sentence: string, kind: FindingKind, lang: Lang): string {
  const s = sentence.replace(/[’]/g, "'").replace(/^(?:(?:so|and|but|ok|okay|well|now|then|alors|bon|et|mais),?\s+)+/i, '').trim();
  const np = subjectOf(s, lang);
  if (lang === 'fr') {
    const vous = /\b(?:vous|votre|vos)\b|\w+ez\b/i.test(s);
    const t = (tu: string, v: string) => (vous ? v : tu);
    if (!np) return vous ? GENERIC_FR[kind].replace('vois-tu', 'voyez-vous').replace('choisirais-tu', 'choisiriez-vous').replace('te tente', 'vous tente').replace('as-tu', 'avez-vous').replace('le vois-tu toi-même', 'le voyez-vous vous-même').replace('t’a empêché', 'vous a empêché').replace('t’aider pour que tu t’en charges', 'vous aider pour que vous vous en chargiez').replace('Raconte-moi', 'Racontez-moi').replace('ta propre', 'votre propre') : GENERIC_FR[kind];
    switch (kind) {
      case 'directive':
      case 'advice':
      case 'prescription':
        return CONTACT_FR.test(s) ? t(`Comment comptes-tu joindre ${np} ?`, `Comment comptez-vous joindre ${np} ?`) : t(`Quel est ton plan pour ${np} ?`, `Quel est votre plan pour ${np} ?`);
      case 'judgment':
        return t(`Comment vois-tu ${np}, et qu’est-ce qui le rendrait plus solide ?`, `Comment voyez-vous ${np}, et qu’est-ce qui le rendrait plus solide ?`);
      case 'blame':
        return t(`Qu’est-ce qui s’est passé avec ${np} ?`, `Qu’est-ce qui s’est passé avec ${np} ?`);
      case 'takeover':
        return t(`Comment puis-je t’aider sur ${np} ?`, `Comment puis-je vous aider sur ${np} ?`);
      case 'closed-question':
        return t(`Où en est ${np} ?`, `Où en est ${np} ?`);
      case 'leading-question':
        return t(`Quelle est ta lecture de ${np} ?`, `Quelle est votre lecture de ${np} ?`);
    }
  }
  if (kind === 'closed-question') return closedEn(s, np);
  if (!np) return GENERIC_EN[kind];
  switch (kind) {
    case 'directive':
    case 'advice':
    case 'prescription':
      return CONTACT_EN.test(s) && !/\b(?:send|share|update|fix|draft|write)\b/i.test(s.split(np)[0] ?? '')
        ? `What's your plan for reaching ${np}?`
        : `What's your plan for ${np}?`;
    case 'judgment':
      return `How do you see ${np}, and what would you change?`;
    case 'blame':
      return `What got in the way with ${np}?`;
    case 'takeover':
      return `How can I support you on ${np}?`;
    case 'leading-question':
      return `What's your own read on ${np}?`;
  }
}

/** In notes, what was said stays as written: the coach offers a question for next time. */
export function nextTimePrompt(suggestion: string, lang: Lang): string {
  return lang === 'fr' ? `La prochaine fois, demandez : « ${suggestion} »` : `Next time, ask: “${suggestion}”`;
}
