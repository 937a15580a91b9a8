import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DangerDetector, requiredLiteral, requiredWords } from '../../src/engine/danger.js';
import { realCore, numbersFirst } from '../helpers/core.js';
import { allPhrasings } from '../../src/knowledge/schema.js';

const { engine, knowledge } = realCore();

/** Every danger line of the evaluation sets: a missed danger is the worst bug this assistant can have. */
const evalSets = ['dev', 'holdout', 'holdout2', 'holdout3', 'holdout4', 'holdout5'];
const dangerLines = evalSets.flatMap((set) =>
  readFileSync(`tests/fixtures/${set}.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { q: string; expect: string })
    .filter((l) => l.expect === 'urgence')
    .map((l) => l.q),
);

describe('danger signals (knowledge/danger.yaml)', () => {
  it.each(knowledge.danger.signals.flatMap((s) => s.examples.map((e) => [s.id, e])))('signal %s catches %j', (_signal, example) => {
    expect(engine.isDanger(example)).toBe(true);
  });

  it.each(knowledge.danger.notDanger)('no false alarm on %j', (message) => {
    expect(engine.isDanger(message)).toBe(false);
  });

  it.each(dangerLines)('evaluation line %j is answered with urgence', (message) => {
    const decision = engine.decide(message);
    expect(decision.kind === 'answer' && decision.topic).toBe('urgence');
  });

  it('catches danger whatever the spelling: capitals, accents, SMS, repeated letters', () => {
    for (const message of ['JE VEUX ME SUICIDER', 'jveux mourrir', 'il ma frappéééée', 'Au SeCoUrS !!!']) {
      expect(engine.decide(message).kind === 'answer' && engine.decide(message).candidates[0]?.topic, message).toBe('urgence');
    }
  });
});

describe('danger talked about, not lived (contexts of danger.yaml)', () => {
  it.each(knowledge.danger.contexts.flatMap((c) => c.examples.map((e) => [c.id, e])))('context %s recognises %j, which gets no numbers first', (_context, example) => {
    expect(engine.isDanger(example)).toBe(false);
    expect(numbersFirst(example)).toBe(false);
  });

  it('no signal example falls in a context', () => {
    const detector = new DangerDetector(knowledge.danger);
    const inContext = knowledge.danger.signals.flatMap((s) => s.examples).filter((e) => detector.context(engine.normalise(e).folded) !== undefined);
    expect(inContext).toEqual([]);
  });

  // New wordings of each cause of false alarms (none is in the knowledge or an evaluation list).
  it.each([
    'ma sœur va me tuer, j\'ai oublié de lui rendre son pull lol',
    'ces escaliers vont me tuer, toujours pas d\'ascenseur',
    'on était morts de rire devant le spectacle des ados',
    'je meurs de faim, il y a une épicerie solidaire ouverte ?',
    'ma fille fait un exposé sur les mariages forcés, la médiathèque a des livres ?',
    'il y a un film sur le harcèlement au cinéma du centre ?',
    'mon neveu prépare le concours de sapeur-pompier, il y a des aides ?',
    'une initiation aux gestes qui sauvent pour les parents, c\'est où ?',
    'urgent : il me faut une attestation de domicile pour demain',
    'au secours, mes impôts en ligne ne marchent pas',
    'le DJ a mis le feu à la piste toute la nuit',
    'mon portable a rendu l\'âme, un atelier réparation ?',
    'notre chat s\'est échappé par la fenêtre, il est roux',
    'mon père tombe souvent, une téléassistance ça coûte combien ?',
    'exercice de confinement à l\'école primaire vendredi, les parents viennent ?',
    'un court métrage des jeunes sur le harcèlement, on peut le projeter où ?',
    "le numéro 3919, c'est pour mon oral d'éducation civique",
    "mon fils dit qu'il va me buter si je coupe la wifi, ça me fait rire",
    "mon père va me tuer, j'ai eu 6 en anglais",
    "j'étais en feu au sport ce matin, y a d'autres cours ?",
    'les voisins vont me tuer avec leur perceuse le dimanche',
    'combien de détecteurs de fumée pour un T3 ?',
    "notre tortue s'est sauvée du balcon, quelqu'un l'a vue ?",
    "le groupe a mis le feu toute la nuit à la fête de l'été",
    "mon bébé vomit souvent après le biberon, c'est normal ?",
    "ma sœur dit qu'elle va mourir si elle rate le concert lol",
    'ces embouteillages vont me tuer, il y a un bus plus direct ?',
    'au secours les fournitures scolaires, il y a une aide ?',
    'je me suis brûlé le doigt en cuisinant, une crème à conseiller ?',
    'au secours, le lave-linge fuit partout dans la cuisine',
    'une collecte de vêtements pour les victimes du feu de la rue Pasteur ?',
    "ma mère a eu un infarctus il y a deux ans, il existe des activités douces ?",
    "je suis tombé de vélo, juste une bosse, un médecin le samedi ?",
    'the noise from upstairs is killing me, who do I complain to?',
  ])('no numbers first for %j', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });

  it.each([
    'ma mère va me tuer si elle voit que j\'ai appelé, elle m\'a déjà frappée avec un couteau',
    'ma grand-mère tombe souvent et là elle est par terre depuis ce matin',
    'mon chien a mordu mon fils au visage, il saigne beaucoup',
    'j\'ai vu un film et maintenant j\'ai envie de me tuer',
    "mon mari me frappe souvent, c'est normal ?",
    "mon frère dit qu'il va me tuer, il a un couteau, ça me fait pas rire",
  ])('a context never hides danger lived now: %j', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
});

describe('families of danger the fresh lists missed (issue 13), in new wordings', () => {
  it.each([
    // glued elisions the normaliser leaves whole
    'mon ex ma laissé un mot dadieu sur la table et il est parti',
    'des gars mont promis quils me buteraient si je reviens au quartier',
    // planning it, the lethal dose, fear of oneself, the last message
    "j'ai choisi d'en finir dimanche, tout est rangé",
    'combien de comprimés de paracétamol il faudrait pour ne plus se réveiller',
    "j'ai peur de moi ce soir, de ce que je vais faire",
    "c'est la dernière fois que je vous écris, merci pour tout",
    'I left a goodbye note on the kitchen table',
    // threats in slang, whispered calls for help, attacks in the street, stones, a car driven at people
    'les dealers du hall vont me planter si je paye pas',
    "ils ont juré de s'en prendre à ma mère",
    "la petite d'en face m'a chuchoté aidez moi quand son père regardait pas",
    'an old man is being attacked near the cash machine',
    'des ados jettent des pavés sur le bus et le chauffeur saigne',
    'un camion a foncé dans la foule à la brocante',
    "il m'a renversée exprès avec sa voiture et il revient",
    'quelqu un me piste depuis la gare',
    // found on the floor, fallen and silent, elderly unseen, fallen into water, drowning
    "j'ai trouvé mon pote au sol dans les toilettes, une seringue à côté",
    'my nan fell in the bathroom and she is not answering me',
    "mon oncle est tombé dans l'escalier, il a les yeux ouverts mais il parle plus",
    "le vieux monsieur d'à côté répond plus et sa télé est allumée depuis trois jours",
    "un gamin est tombé dans l'étang, il remonte pas",
    'ma fille se noie à la piscine municipale, vite',
    // gunshots and people running, trafficking, a child abused at night (English)
    'trois tirs vers la cité et tout le monde court',
    'they make me sell my body and keep my passport',
    'my stepfather creeps into my bedroom at night',
    // a protection order ignored, a call for help as he comes back, abuse told years later, gas smelt as rotten eggs
    "il a pas le droit de m'approcher, interdiction du juge, et là il attend dehors",
    'aidez moi ils reviennent',
    "mon beau-père m'a fait des choses petite et je dois le revoir à noël",
    "ça pue l'oeuf pourri dans la cave depuis que le chauffagiste est passé",
    'there is gas leaking under the sink',
    // unseen for days and a smell, someone believed dead
    "ça fait une semaine qu'on l'a plus vue, la mamie du 1er, et ça sent mauvais sur le palier",
    'je pense que mon voisin est mort, il bouge plus derrière la vitre',
    // veiled goodbyes: no longer a burden, the others at peace, sleeping for ever, no reason left
    'demain je serai plus un poids pour ma famille',
    'bientôt tu seras tranquille, je te laisse tout',
    'je rêve de dormir pour toujours',
    "je sais plus pourquoi je continue, j'ai plus aucune raison de vivre",
    'jveu pu etre la',
    // third round: SMS jumps, fire and carbon monoxide told in English, settling one's affairs, locked in, grooming
    'jvai me jeté du toit',
    'some kids set fire to a car and it is spreading to the next one',
    'the heater is on and all of us feel dizzy',
    "j'ai trié toutes mes affaires, je vous laisse tout, pardon",
    'bientôt je ne souffrirai plus',
    'son mari la séquestre dans la chambre quand il a bu',
    "un homme de 35 ans écrit à ma fille de 13 ans et veut la voir en secret",
    // fourth round: a child left alone for days (English), medicines mixed up and confusion
    'the kids across the hall have been on their own since last night',
    "mon père a pris deux fois son traitement, il est tout perdu et il tremble",
  ])('%j gets the emergency numbers first', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
});

describe('the danger prefilter only skips patterns that cannot match', () => {
  it.each([
    // a group of words, and what follows it for certain
    ['\\b(frappe|tape|cogne) (moi|ma)', ['cogne ma', 'cogne moi', 'frappe ma', 'frappe moi', 'tape ma', 'tape moi']],
    // two lookaheads: the more selective
    ['^(?=.*\\b(enfant|bebe)\\b)(?=.*\\bbleus?\\b)', ['bleu']],
    ['\\b(jeux?|films?) video', ['film video', 'films video', 'jeu video', 'jeux video']],
    ['\\bsuicid', ['suicid']],
    ['\\ben finir avec (la vie|tout)', ['en finir avec la vie', 'en finir avec tout']],
    ['\\bmorts?\\b', ['mort']],
    // an optional letter ends what is certain
    ['\\bmab{0,2}c', ['ma']],
    ['^(?=.*\\bentend\\w*\\b)(?=.*\\b(cris|pleure)\\b)', ['entend']],
    // the start says nothing plain: a group further on
    ['^(?:(?!\\b(jeux?)\\b).)*?\\b(me|se|te) (tue|tuer)\\b', ['me tue', 'se tue', 'te tue']],
    // of several parts, the one whose shortest text is longest
    ['\\b(me|m) (frappe|bat) (\\w+ ){0,2}(coups|claques?)', ['m bat ', 'm frappe ', 'me bat ', 'me frappe ']],
    // a top-level alternation: one of each branch's
    ['\\bsuicid|\\bpendre', ['suicid', 'pendre']],
    // after "\\w* ", a word starts where the space ends it
    ['\\b(se )?tir\\w* dessus', ['dessus']],
    // an optional group: with it and without it
    ['\\b(me|m) (suis )?taillade', ['m suis taillade', 'm taillade', 'me suis taillade', 'me taillade']],
    // a negative lookahead says nothing; a lookahead and what follows a boundary do
    ['^(?!.*\\b(fete|film)\\b)(?=.*\\b(mon|ma) ex\\b).*\\b(me|te) (menace|frappe)', ['me frappe', 'me menace', 'te frappe', 'te menace']],
    // a lookbehind says nothing
    ['(?<!c est )\\bpar les cheveux', ['par les cheveux']],
    // after "(\\w+ ){0,3}", the word after the last space
    ['\\b(prenez soin|gardez) (\\w+ ){0,3}(pour moi)\\b', ['pour moi']],
    // an accent the folded message never has: the text before it
    ['\\bdoublé\\b', ['doubl']],
    // a class first: the word after the space
    ['\\b[a-z]+ mort', ['mort']],
    ['(a|\\w+) b', ['b']],
    // a space is a word boundary too
    ['\\bab|[0-9] x', ['ab', 'x']],
    ['\\bx\\w*', ['x']],
  ])('every match of %s starts, where a word starts, with one of %j', (source, texts) => {
    expect(requiredWords(source)).toEqual(texts);
  });

  it.each([
    '.*(?:x|y)',
    '\\b[a-z]+',
    'a\\w+',
    '(?:x|\\bfoo)',
    '\\bfoo|bar',
    '\\b(a|b)?',
  ])('%s is always tested (nothing certain where a word starts)', (source) => {
    expect(requiredWords(source)).toBeUndefined();
  });

  it.each([
    ['\\b(taill\\w*|ouvr\\w*) (\\w+ ){0,2}veines\\b', 'veines'],
    ['\\b(embrass\\w*) (\\w+ ){0,3}de force\\b', 'de force'],
    ['\\bmorts?\\b', 'mort'],
    ['\\bab (x|y)\\b', undefined],
  ])('every match of %s contains %j', (source, literal) => {
    expect(requiredLiteral(source)).toBe(literal);
  });

  it('every pattern that matches an example, an ordinary phrase or a learning line holds one of its texts where a word starts', () => {
    const texts = [
      ...knowledge.danger.signals.flatMap((s) => s.examples),
      ...knowledge.danger.notDanger,
      ...knowledge.dangerLearning.danger,
      ...knowledge.dangerLearning.ordinary,
    ].map((text) => engine.normaliser.foldForPatterns(text));
    const atWordStart = (folded: string, text: string) => {
      for (let i = folded.indexOf(text); i >= 0; i = folded.indexOf(text, i + 1)) if (i === 0 || !/[a-z0-9_]/.test(folded[i - 1] as string)) return true;
      return false;
    };
    let matched = 0;
    for (const source of knowledge.danger.signals.flatMap((s) => s.patterns)) {
      const regex = new RegExp(source, 'u');
      const required = requiredWords(source);
      for (const folded of texts) {
        if (!regex.test(folded)) continue;
        matched++;
        expect(required === undefined || required.some((text) => atWordStart(folded, text)), `${source} on "${folded}"`).toBe(true);
      }
    }
    expect(matched).toBeGreaterThan(1000);
  }, 300_000);

  it('gives the same result as testing every pattern, on every example, ordinary phrase, phrasing and evaluation line', () => {
    const file = knowledge.danger;
    const detector = new DangerDetector(file);
    // Compiled once: the word classes expand some patterns to thousands of characters, and compiling every pattern
    // for every message made this check take minutes on a loaded machine.
    const compiled = file.signals.map((s) => ({ entry: s.entry, patterns: s.patterns.map((p) => new RegExp(p, 'u')) }));
    const bruteForce = (folded: string) => compiled.find((s) => s.patterns.some((p) => p.test(folded)))?.entry;
    const messages = [
      ...file.signals.flatMap((s) => s.examples),
      ...file.notDanger,
      ...knowledge.entries.flatMap((e) => allPhrasings(e)),
      ...evalSets.flatMap((set) => readFileSync(`tests/fixtures/${set}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q)),
    ];
    let dangers = 0;
    for (const message of messages) {
      const folded = engine.normaliser.foldForPatterns(message);
      const expected = bruteForce(folded);
      expect([message, detector.detect(folded)?.entryId]).toEqual([message, expected]);
      if (expected) dangers++;
    }
    expect(dangers).toBeGreaterThan(100);
  }, 300_000);

  it('finds the same context as testing every context in order, on every example, ordinary phrase, learning line, phrasing and evaluation line', () => {
    const file = knowledge.danger;
    const detector = new DangerDetector(file);
    const compiled = file.contexts.map((c) => ({ id: c.id, regex: new RegExp(c.pattern, 'u'), unless: c.unless === undefined ? undefined : new RegExp(c.unless, 'u') }));
    const bruteForce = (folded: string) => compiled.find((c) => c.regex.test(folded) && !c.unless?.test(folded))?.id;
    const messages = [
      ...file.contexts.flatMap((c) => c.examples),
      ...file.signals.flatMap((s) => s.examples),
      ...file.notDanger,
      ...knowledge.dangerLearning.danger,
      ...knowledge.dangerLearning.ordinary,
      ...knowledge.entries.flatMap((e) => allPhrasings(e)),
      ...evalSets.flatMap((set) => readFileSync(`tests/fixtures/${set}.jsonl`, 'utf8').split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { q: string }).q)),
    ];
    let inContext = 0;
    for (const message of messages) {
      const folded = engine.normaliser.foldForPatterns(message);
      const expected = bruteForce(folded);
      expect([message, detector.context(folded)]).toEqual([message, expected]);
      if (expected) inContext++;
    }
    expect(inContext).toBeGreaterThan(100);
  }, 300_000);
});
