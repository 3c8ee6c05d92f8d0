/**
 * Which language a sentence is in, English or French, from function words and
 * accents: the coach must never run English weights on French text (they
 * flagged 7 of 10 French asking sentences in the study). Ties go to the
 * language of the sentence before, else English.
 */
import type { Lang } from './features';

const FR = new Set(
  "le la les des du de un une est et pour que qui tu vous je nous pas avec sur dans ce cette c'est qu' l' d' n' j' s' m' t' au aux ton ta tes votre vos il elle ils elles ne faut quoi comment pourquoi quand où quel quelle très mais ou donc chez sont été avez as es êtes moi toi leur leurs son sa ses mon ma mes rien jamais toujours aussi déjà encore plus peux peut veux doit dois fait faire ça cela demain aujourd'hui est-ce qu'est-ce alors bon".split(' '),
);
const EN = new Set(
  "the a an is are was were you your to of and for with in what how did do does that this it i we they be have has not no why who when where which can could would should will just me my our their them him her he she there then so if about from at by get got need needs want let's i'll i'd i'm don't didn't won't tell walk more call send".split(' '),
);
const WORD = /[a-zà-ÿœ]+(?:'[a-zà-ÿœ]*)?|[a-zà-ÿœ]{1,3}'/g;

export function detectLanguage(sentence: string, previous: 'en' | 'fr' = 'en'): Lang {
  const s = sentence.toLowerCase().replace(/[’‘]/g, "'");
  let fr = (s.match(/[éèêàçùûôîœ]/g)?.length ?? 0) * 0.6;
  let en = 0;
  for (const w of s.match(WORD) ?? []) {
    const elided = /^[a-z]{1,3}'/.exec(w)?.[0];
    if (elided && FR.has(elided) && !EN.has(w)) fr += 1;
    else if (FR.has(w)) fr += 1;
    if (EN.has(w)) en += 1;
  }
  if (fr > en) return 'fr';
  if (en > fr) return 'en';
  return previous;
}
