/**
 * Residents' words that the knowledge read as another topic's, by family (issue 13, holdout11's misses): each case is
 * written for the family, never copied from an evaluation set.
 */
import { describe, expect, it } from 'vitest';
import { answered as answeredBy, realCore } from '../helpers/core.js';

const { engine } = realCore();
const stems = (text: string) => engine.normalise(text).tokens.map((t) => t.stem);
const answered = (message: string) => answeredBy(engine, message);

describe('a verb in the third person plural reads as its singular', () => {
  it.each([
    ['les bus passent tard', 'le bus passe tard'],
    ['ils habitent le quartier', 'il habite le quartier'],
    ['mes enfants jouent dehors', 'mon enfant joue dehors'],
  ])('%j ≈ %j', (plural, singular) => {
    expect(stems(plural)).toEqual(stems(singular));
  });

  it('keeps the plurals for the danger safety net, calibrated on them, and "pompiers" alone is no emergency', () => {
    expect(engine.normaliser.normalise('ils cassent tout', { singularVerbs: false }).tokens.map((t) => t.word)).toEqual(['cassent']);
    const decision = engine.decide('les pompiers repassent en décembre avec leurs calendriers ?');
    expect(decision.kind === 'answer' && decision.topic).not.toBe('urgence');
    expect(decision.risk).toBeFalsy();
  });

  it('leaves the nouns and adjectives in "-ent" alone ("parent", "violent", "content")', () => {
    expect(engine.normalise('parent violent content').tokens.map((t) => t.word)).toEqual(['parent', 'violent', 'content']);
  });
});

describe('words that belonged to another topic', () => {
  it.each([
    // "touch" is French "toucher" (je touche le RSA → emploi) unless one gets in touch
    ['Could I get in touch with someone at the mairie?', 'contact-mairie'],
    // a child's age is no old person ("old" → "vieux", intergenerationnel)
    ['fun things for my 3 year old and me on a Wednesday', 'parentalite'],
    // the other forms of "boire" ("mon oncle boit toute la journée" now hesitates with the elders' activities since
    // writer G's phrasings: a known regression)
    ['mon fils boit le week-end, on peut l aider ?', 'addictions-sante-mentale'],
    // what is happening in the quarter is the agenda
    ["qu'est-ce qui se passe cette semaine dans le quartier ?", 'agenda'],
    // a teenager writing about themself
    ["j'ai 13 ans et je sais pas quoi faire le samedi aprem", 'club-ados'],
    // grandparents are no parents
    ['des sorties pour les grands-parents avec leurs petits-enfants ?', 'intergenerationnel'],
    // the quarter's population
    ["combien d'habitants vivent à Renaissance ?", 'quartier-renaissance'],
    // ...asked with "personnes" or "gens" and a plural verb: "habitent" alone reads as rencontres-echanges' word (the
    // rules are five words long: rules were cut at four words, so such keys lay dead until the limit became 6)
    ['y a combien de gens qui habitent ici', 'quartier-renaissance'],
    ['combien de personnes y vivent en tout ?', 'quartier-renaissance'],
    // one's know-how, not "savoir" + "faire"
    ['comment partager mon savoir-faire en cuisine avec les voisines', 'initiatives-habitants'],
    // a parent's work in homework phrasings no longer pulls a job search to homework help
    ["je cherche un boulot, qui peut m'aider ?", 'emploi-formation'],
  ])('%j → %s', (message, topic) => {
    expect(answered(message)).toBe(topic);
  });

  it('another town\'s population is not the quarter\'s', () => {
    expect(answered('combien d habitants compte Lens ?')).not.toBe('quartier-renaissance');
  });
});
