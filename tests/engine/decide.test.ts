import { describe, expect, it } from 'vitest';
import { realCore } from '../helpers/core.js';

const { engine } = realCore();

describe('the engine answers what it knows', () => {
  it.each([
    ['kan passe le bus santé', 'bus-sante'],
    ['creche labourse ?', 'modes-de-garde'],
    ['jsuis seule avec 2 petits, personne pour les garder', 'modes-de-garde'],
    ['ya quoi comme assos sportives a labourse', 'associations'],
    ["C'est quoi le contrat de ville ?", 'contrat-de-ville'],
    ['bonjour', 'salutation'],
    ['Tu sers à quoi ?', 'aide'],
    ['Est-ce que vous gardez ce que je vous écris ?', 'confidentialite'],
    ['I need help finding a job', 'emploi-formation'],
    // The forum de l'emploi no longer claims the generic "chercher": the bare request is not a hesitation.
    ['je cherche du travail', 'emploi-formation'],
  ])('%j → answer on %s', (message, topic) => {
    const decision = engine.decide(message);
    expect(decision.kind).toBe('answer');
    expect(decision.kind === 'answer' && decision.topic).toBe(topic);
    expect(decision.score).toBeGreaterThan(0);
  });
});

describe('the engine says when it does not know', () => {
  it.each([
    'recette de la carbonade flamande',
    'Quelle est la capitale de l’Australie ?',
    'résultat du loto de samedi',
    'mon chien vomit depuis hier',
    'Qui a gagné le match de Lens hier soir ?',
    '???',
    'zzzzzz',
  ])('%j → fallback', (message) => {
    const decision = engine.decide(message);
    expect(decision.kind).toBe('fallback');
    expect(decision.candidates.every((c) => !c.topic.startsWith('__'))).toBe(true);
  });
});

describe('a word that names no topic alone', () => {
  it('"le responsable" alone is not the privacy entry\'s "responsable des données"', () => {
    const alone = engine.decide("c'est qui le responsable ?");
    expect(alone.kind === 'answer' && alone.topic).not.toBe('confidentialite');
    const data = engine.decide('qui est responsable de mes données ?');
    expect(data.kind === 'answer' && data.topic).toBe('confidentialite');
  });
});

describe('something happening in another town', () => {
  it.each(['c quand le marche de noel a arras', 'le concert a bethune c quand', 'le marche de noel de lille ouvre quand'])(
    '%j → fallback rather than offering the quarter topics',
    (message) => {
      expect(engine.decide(message).kind).toBe('fallback');
    },
  );

  it.each([
    ['Y a-t-il un salon de recrutement prévu à Béthune ou aux alentours ?', 'forum-emploi'],
    ['bus pr la gare de bethune le dimanche ?', 'transports'],
    ['ya des ateliers informatique a lens', 'ateliers-numeriques'],
  ])('%j → still answered on %s (the town does not make it out of scope)', (message, topic) => {
    const decision = engine.decide(message);
    expect(decision.kind === 'answer' && decision.topic).toBe(topic);
  });

  it('a hesitation about the quarter itself stays a hesitation', () => {
    expect(engine.decide('c quand le marché de noël à Labourse').kind).toBe('clarify');
  });
});

describe('clarification', () => {
  it('offers two or three topics, best first, when the message sits between them', () => {
    // Found by searching the knowledge: "bus" alone is the health bus or public transport.
    const decision = engine.decide('bus');
    expect(decision.kind).toBe('clarify');
    if (decision.kind !== 'clarify') return;
    const topics = decision.candidates.map((c) => c.topic);
    expect(topics.length).toBeGreaterThanOrEqual(2);
    expect(topics.length).toBeLessThanOrEqual(3);
    expect(topics).toEqual(expect.arrayContaining(['bus-sante', 'transports']));
    expect(decision.candidates[0]!.score).toBeGreaterThanOrEqual(decision.candidates[1]!.score);
  });
});

describe('urgence comes before everything', () => {
  it.each([
    ['jen peux plus jai envie den finir', 'urgence-detresse'],
    ["Mon compagnon me frappe et j'ai peur de rentrer chez moi ce soir.", 'urgence-violences'],
    ['My neighbour just collapsed and he isn’t breathing', 'urgence-medicale'],
    ['il y a le feu dans la cage d’escalier', 'urgence-incendie'],
    ['le voisin frappe ses enfants tous les soirs', 'urgence-enfant'],
    // A danger inside an ordinary question still wins.
    ['bonjour, le bus santé passe quand ? et aussi mon mari me bat', 'urgence-violences'],
    ['au secours', 'urgence'],
  ])('%j → %s', (message, entryId) => {
    const decision = engine.decide(message);
    expect(decision.kind).toBe('answer');
    if (decision.kind !== 'answer') return;
    expect(decision.topic).toBe('urgence');
    expect(decision.entry.id).toBe(entryId);
    expect(decision.via).toBe('danger');
  });

  it('every urgence answer gives all the emergency numbers', () => {
    for (const entry of engine.entries.filter((e) => e.topic === 'urgence')) {
      for (const number of ['15', '17', '18', '112', '114', '3919', '3114', '119']) {
        expect(entry.answer.fr, `${entry.id} lacks ${number}`).toMatch(new RegExp(`\\b${number}\\b`));
        expect(entry.answer.en, `${entry.id} lacks ${number}`).toMatch(new RegExp(`\\b${number}\\b`));
      }
    }
  });

  it('flags words of danger without a signal, so replies can add the numbers', () => {
    expect(engine.decide('jai peur de mon voisin il crie sur sa femme').risk).toBe(true);
    expect(engine.decide('il y a du sang dans l escalier').risk).toBe(true);
    expect(engine.decide('kan passe le bus santé').risk).toBeUndefined();
  });

  it('does not flag a word of danger in an ordinary sentence (the safety net finds it unlikely)', () => {
    for (const message of ['jai peur de rater mon rendez-vous caf', 'comment changer de fournisseur de gaz', 'c est quand le feu d artifice']) {
      expect(engine.decide(message).risk, message).toBeFalsy();
    }
  });
});

describe('bounded work', () => {
  it('answers a 10,000-character message without failing', () => {
    const decision = engine.decide('bus santé '.repeat(1_000));
    expect(['answer', 'clarify', 'fallback']).toContain(decision.kind);
  });

  it('takes staff-taught phrasings into account at once, and forgets them on undo', () => {
    const question = 'le gardien du cimetiere a perdu ses clefs';
    expect(engine.decide(question).kind).not.toBe('answer');
    engine.setTaughtPhrasings([{ entryId: 'contact-mairie', text: question }]);
    const taught = engine.decide(question);
    expect(taught.kind === 'answer' && taught.topic).toBe('contact-mairie');
    engine.setTaughtPhrasings([]);
    expect(engine.decide(question).kind).not.toBe('answer');
  });
});
