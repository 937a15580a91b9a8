/**
 * Teaching generalises (issue 13): a question staff attach to an entry also catches its paraphrases — other word
 * order, a word more or less, misspellings — not only the exact text.
 */
import { describe, expect, it } from 'vitest';
import { createCore } from '../../src/core.js';
import { answered } from '../helpers/core.js';
import { copyKnowledge } from '../helpers/knowledge-copy.js';

const TAUGHT = "qui peut m'aider à remplir mon dossier de logement social";
const PARAPHRASES = [
  "qui m'aide à remplir mon dossier logement social ?",
  'mon dossier logement social, qui peut m aider a le remplir',
  'qui peu maider a remplire mon dosier de logement social',
  'aide pour remplir dossier logement social',
  // a word missing, the order turned round, typos and an informal "peux"
  "qui m'aide à remplir mon dossier logement",
  "mon dossier de logement social, qui m'aide à le remplir ?",
  'qui peux m aider a remplir mon dosier logement social ?',
];

/** [topic, taught question, the same turned round, with typos, with a word missing]. */
const OTHER_TAUGHT: [string, string, string, string, string][] = [
  ['initiatives-habitants', 'ou est-ce que je peux faire reparer mon velo gratuitement', 'je peux faire reparer mon velo gratuitement ou ?', 'ou est ce que je peu faire reparé mon vélo gratuitemen', 'ou je peux faire reparer mon velo'],
  ['modes-de-garde', 'qui garde les enfants pendant que je vais a mon entretien', 'pendant mon entretien qui garde les enfants ?', 'qui gard les enfant pendan que je vai a mon entretient', 'qui garde les enfants pendant mon entretien'],
  ['transports', 'comment je rejoins la zone industrielle de ruitz sans voiture', 'sans voiture comment je rejoins la zone industrielle de ruitz', 'coment je rejoin la zone industriel de ruitz san voiture', 'comment rejoindre la zone industrielle sans voiture'],
  ['demarches-administratives', 'qui peut relire ma lettre pour la caf avant que je l envoie', 'ma lettre pour la caf, qui peut la relire avant que je l envoie', 'qui peu relir ma letre pour la caf avan que je lenvoi', 'qui peut relire ma lettre pour la caf'],
  ['rencontres-echanges', 'ou est-ce que les nouveaux arrivants peuvent rencontrer des voisins', 'les nouveaux arrivants peuvent rencontrer des voisins ou ?', 'ou est ce que les nouvo arrivant peuve rencontré des voisin', 'ou les nouveaux arrivants rencontrent des voisins'],
  ['aide-devoirs', 'mon fils en sixieme ne comprend rien aux fractions qui peut l aider', 'qui peut aider mon fils en sixieme, il comprend rien aux fractions', 'mon fis en sixiem comprend rien au fraction qui peu laider', 'mon fils ne comprend rien aux fractions qui peut l aider'],
  ['eco-gestes', 'comment faire baisser ma facture de chauffage au gaz', 'ma facture de chauffage au gaz, comment la faire baisser', 'coment faire baissé ma facture de chaufage au gaz', 'comment baisser ma facture de chauffage'],
  ['club-ados', 'mon fils de 13 ans voudrait faire de la musique avec d autres jeunes', 'faire de la musique avec d autres jeunes, mon fils de 13 ans voudrait', 'mon fis de 13 an voudré faire de la musik avec dotre jeune', 'mon fils voudrait faire de la musique avec d autres jeunes'],
  ['conseil-citoyen', 'comment devenir membre du conseil des habitants', 'devenir membre du conseil des habitants comment', 'coment devenire menbre du conseille des habitant', 'comment devenir membre du conseil'],
  ['emploi-formation', 'je cherche un stage dans la coiffure pour ma fille de 16 ans', 'pour ma fille de 16 ans je cherche un stage dans la coiffure', 'je cherch un stag dan la coifure pour ma fil de 16 an', 'je cherche un stage en coiffure pour ma fille'],
  ['sante-alimentation', 'ou trouver des conseils pour manger equilibre avec un petit budget', 'avec un petit budget ou trouver des conseils pour manger equilibre', 'ou trouvé des conseil pour mangé équilibré avec un peti budjet', 'des conseils pour manger equilibre avec un petit budget'],
  ['pole-culturel', 'est-ce qu on peut emprunter des jeux de societe au tiers lieu', 'au tiers lieu on peut emprunter des jeux de societe ?', 'es ce quon peu emprunté des jeu de societé au tiers lieux', 'on peut emprunter des jeux de societe au tiers lieu'],
];

describe('taught phrasings catch their paraphrases', () => {
  it('answers the paraphrases of a taught question, in a knowledge that has no phrasing about it', () => {
    // A knowledge without any social-housing phrasing: the question is new to it, as in the example.
    const kb = copyKnowledge();
    kb.edit('entries/demarches-administratives.yaml', (text) =>
      text
        .split('\n')
        .filter((line) => !/logement social|hlm/i.test(line))
        .join('\n'),
    );
    const { engine } = createCore({ knowledgeDir: kb.dir });
    engine.setTaughtPhrasings([{ entryId: 'demarches-administratives', text: TAUGHT }]);
    for (const question of PARAPHRASES) expect(answered(engine, question), question).toBe('demarches-administratives');
  });

  it('sends the paraphrases where staff put the question, even where another entry scored higher', () => {
    const { engine } = createCore();
    engine.setTaughtPhrasings([{ entryId: 'renovation-habitat', text: TAUGHT }]);
    for (const question of PARAPHRASES) expect(answered(engine, question), question).toBe('renovation-habitat');
    engine.setTaughtPhrasings([]);
    expect(answered(engine, PARAPHRASES[0] as string)).toBe('demarches-administratives');
  });

  it('catches the paraphrases of twelve other taught questions, one per topic: word order, typos, a word missing', () => {
    // Issue 13, item 4, checked on questions of the decision engineer's own (7/12/2026): each taught to the first entry
    // of its topic; then the question turned round, written with typos, and said without one of its words. Untaught,
    // 35 of these 48 lines reach the topic; taught, all of them.
    const { engine } = createCore();
    const firstOf = (topic: string) => engine.entries.find((e) => e.topic === topic)?.id as string;
    engine.setTaughtPhrasings(OTHER_TAUGHT.map(([topic, text]) => ({ entryId: firstOf(topic), text })));
    for (const [topic, taught, ...paraphrases] of OTHER_TAUGHT) {
      for (const question of [taught, ...paraphrases]) expect(answered(engine, question), question).toBe(topic);
    }
  });

  it('does not take a question that merely shares a word or two for a paraphrase', () => {
    const { engine } = createCore();
    engine.setTaughtPhrasings([{ entryId: 'renovation-habitat', text: TAUGHT }]);
    for (const question of ['qui peut m aider pour mon dossier caf', 'le bus santé passe quand', 'mon voisin fait du bruit toute la nuit']) {
      expect(answered(engine, question), question).not.toBe('renovation-habitat');
    }
  });
});
