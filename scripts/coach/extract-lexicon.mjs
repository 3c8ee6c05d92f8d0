// Build-time only: extracts the coach's word-class lexicons from compromise
// (English) and fr-compromise (French), which are devDependencies and never
// shipped. Output: lib/coaching/model/lexicon-{en,fr}.json, committed, pruned
// to the classes the model uses; words whose class a suffix already tells
// (-ing, -ed, -ez, -ly …) are left out. Run: node scripts/coach/extract-lexicon.mjs
import { writeFileSync } from 'node:fs';
import nlp from 'compromise';
import fr from 'fr-compromise';

const tagsOf = (v) => (Array.isArray(v) ? v : [v]);
const out = (lang, classes) => {
  // One space-separated word list per class: small and fast to parse.
  const grouped = {};
  for (const [w, c] of [...classes.entries()].sort((a, b) => a[0].localeCompare(b[0]))) (grouped[c] ??= []).push(w);
  const json = {};
  for (const c of Object.keys(grouped).sort()) json[c] = grouped[c].join(' ');
  writeFileSync(new URL(`../../lib/coaching/model/lexicon-${lang}.json`, import.meta.url), JSON.stringify(json) + '\n');
  console.log(lang, classes.size, 'words', Object.fromEntries(Object.entries(grouped).map(([c, ws]) => [c, ws.length])));
};

// English ------------------------------------------------------------------
{
  const lex = nlp.world().model.one.lexicon;
  const cls = new Map();
  const has = (w, t) => lex[w] !== undefined && tagsOf(lex[w]).includes(t);
  const verbEvidence = (w) => ['ed', 'd', `${w.at(-1)}ed`].some((s) => has(w + s, 'PastTense'));
  const nounEvidence = (w) => ['s', 'es'].some((s) => has(w + s, 'Plural'));
  const MAP = {
    Determiner: 'D', Pronoun: 'PRO', Reflexive: 'PRO', Possessive: 'POS', Modal: 'MD', Copula: 'BE', QuestionWord: 'WH',
    Preposition: 'P', Conjunction: 'C', Adverb: 'R', Negative: 'NEG', Expression: 'X', Date: 'T', WeekDay: 'T', Month: 'T',
    TextValue: 'NUM', Infinitive: 'V', Adjective: 'A', Comparative: 'A', Superlative: 'A', Singular: 'N', Uncountable: 'N',
    Noun: 'N', Actor: 'N', FemaleName: 'NNP', MaleName: 'NNP', FirstName: 'NNP', Participle: 'VN', PastTense: 'VD', Plural: 'N',
  };
  for (const [w, v] of Object.entries(lex)) {
    if (!/^[a-z][a-z'-]*$/.test(w)) continue; // single words only
    const t = tagsOf(v).find((x) => MAP[x]);
    if (!t) continue;
    let c = MAP[t];
    if (c === 'VD' && w.endsWith('ed')) continue; // the suffix says it
    if (c === 'N' && t === 'Plural' && w.endsWith('s')) continue;
    if (c === 'N' && verbEvidence(w)) c = 'NV';
    if (c === 'V' && nounEvidence(w)) c = 'NV';
    if (c === 'NNP' && w.length > 7) continue; // short first names are the ones notes start with
    cls.set(w, c);
  }
  // Closed-class words the coach leans on, spelt out (compromise tags some of them loosely).
  const fixed = {
    I: "i", YOU: "you", WE: "we us", ME: "me myself", DO: "do does did", HAVE: "have has had", LET: "let let's",
    IAUX: "i'll i'd i'm i've", YOUAUX: "you'll you'd you're you've", IT: "it it's that's there's here's",
    NEGAUX: "don't didn't doesn't won't wouldn't shouldn't couldn't can't isn't aren't wasn't weren't haven't hasn't hadn't mustn't",
    MD: "can could will would should might must may shall ought gotta gonna need needs", BE: "is are was were be been being am",
    WH: "what how who whom whose where when which why", NEG: "not never no", PLEASE: "please just", TIME: "today tomorrow tonight asap now yesterday monday tuesday wednesday thursday friday",
    POS: "your my our their his her its",
  };
  for (const [c, ws] of Object.entries(fixed)) for (const w of ws.split(' ')) cls.set(w, c);
  out('en', cls);
}

// French -------------------------------------------------------------------
{
  const lex = fr.world().model.one.lexicon;
  const cls = new Map();
  const MAP = {
    Determiner: 'D', Pronoun: 'PRO', Possessive: 'POS', Copula: 'BE', QuestionWord: 'WH', Preposition: 'P', Conjunction: 'C',
    Adverb: 'R', Negative: 'NEG', Date: 'T', WeekDay: 'T', Month: 'T', Infinitive: 'VINF', FirstPerson: 'VF', SecondPerson: 'VF',
    ThirdPerson: 'V3', Noun: 'N', MaleNoun: 'N', FemaleNoun: 'N', Auxiliary: 'AUX', FemaleName: 'NNP', MaleName: 'NNP',
  };
  for (const [w, v] of Object.entries(lex)) {
    if (!/^[a-zà-ÿœ][a-zà-ÿœ'-]*$/.test(w)) continue;
    const t = tagsOf(v).find((x) => MAP[x]);
    if (!t) continue;
    const c = MAP[t];
    // Infinitives in -er/-ir/-re and -ez forms tell themselves by their ending; keep
    // the first-person forms in -e, which double as the tu imperative ("Appelle le client.").
    if (c === 'VINF' && /(?:er|ir|re)$/.test(w)) continue;
    if (c === 'VF' && (t !== 'FirstPerson' || !w.endsWith('e') || w.length > 10)) continue;
    if (c === 'V3' && w.length > 6) continue;
    if (c === 'NNP' && w.length > 7) continue;
    cls.set(w, c);
  }
  const fixed = {
    JE: "je j' moi me m'", TU: "tu toi te t'", VOUS: "vous", NOUS: "nous on", IL: "il elle ils elles", CE: "ce c' ça cela ceci",
    WH: "quoi comment pourquoi quand où qui quel quelle quels quelles combien qu'est-ce lequel laquelle",
    QUE: "que qu'", NE: "ne n'", NEG: "pas jamais plus rien personne aucun aucune",
    MD: "dois doit devez devrais devriez devrait faut faudrait pourrais pourriez pourrait peux pouvez peut veux voulez voudrais voudriez aurais auriez aurait",
    BE: "est es êtes suis sont était étais serait serais seriez sera", AVOIR: "as avez a ai ont avait avais aviez",
    POS: "ton ta tes votre vos mon ma mes notre nos leur leurs son sa ses", D: "le la les l' un une des du de d' au aux ce cet cette ces",
    SVP: "svp s'il plaît juste", TIME: "aujourd'hui demain ce soir lundi mardi mercredi jeudi vendredi maintenant hier",
    EST_CE: "est-ce", SI: "si s'", PREP: "à avec pour sur dans par chez avant après",
  };
  for (const [c, ws] of Object.entries(fixed)) for (const w of ws.split(' ')) cls.set(w, c);
  out('fr', cls);
}
