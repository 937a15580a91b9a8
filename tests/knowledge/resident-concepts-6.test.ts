/**
 * Residents' words by concept, sixth series (issue 13, session 30): what the assistant offers asked with a service's
 * words ('vos fonctionnalités', 'ce service sert à quoi'); low mood told about someone else — a teenager who is
 * "très triste", "renfermé", who "ne sort plus de sa chambre", a partner who "broie du noir" — is mental health
 * (addictions-sante-mentale), the way "je suis triste" already was. Rules in `knowledge/lexicon.yaml` (block « low mood
 * told about someone else »). Every wording is my own, never an evaluation line; the last block checks that the same
 * words keep their meaning elsewhere ("c'est triste" about a place, an old neighbour who is alone).
 */
import { describe, expect, it } from 'vitest';
import { answered as answeredBy, realCore } from '../helpers/core.js';

const { engine } = realCore();
const answered = (message: string) => answeredBy(engine, message);

describe("someone else's low mood ('mon ado est très triste', 'il est renfermé', 'elle ne sort plus de sa chambre'): mental health", () => {
  it.each([
    'mon ado est tout le temps triste et reste dans sa chambre, vers qui aller',
    'mon fils de 15 ans parle plus a personne, il est renferme, qui peut l ecouter',
    'ma fille est tres triste depuis des semaines, qui peut l aider',
    'mon fils ne sort plus de sa chambre depuis un mois, je suis inquiete',
    "ma fille de 14 ans est renfermée, elle mange plus, à qui m'adresser",
    'my teenage son is withdrawn and stays in his room all day, who can help?',
    'mon ado est renfermé sur lui, jsais plus quoi faire',
    'my daughter is very sad all the time, is there someone she can talk to?',
    'mon petit frere est tres triste depuis le divorce des parents, ya un psy gratuit ?',
    'depuis la rentree mon fils est renferme, qui peut l aider',
    'mon compagnon est tres triste depuis des mois, ya quelqu un a qui il peut parler',
  ])('%j → addictions-sante-mentale', (message) => {
    expect(answered(message)).toBe('addictions-sante-mentale');
  });
});

describe("what the assistant offers, asked with a service's words ('vos fonctionnalités', 'ce service sert à quoi'): the help", () => {
  it.each([
    'quelles sont tes fonctions ?',
    'c est quoi tes fonctionnalites',
    'vos fonctionnalites c est quoi exactement',
    'what are your features?',
    'de quoi tu peux parler',
    'de quoi vous pouvez parler ici ?',
    'ce service sert a quoi',
    "c'est quoi les fonctionnalités de ce service ?",
    'tu as quelles fonctionnalités au juste',
    'quelles fonctionnalites propose ce chat ?',
  ])('%j → aide', (message) => {
    expect(answered(message)).toBe('aide');
  });
});

describe('the same words keep their meaning elsewhere', () => {
  it.each([
    ['ma voisine agee s isole et ne parle plus a personne, ya des visites ?', 'intergenerationnel'],
    ['je me sens déprimé depuis des semaines, à qui je peux parler ?', 'addictions-sante-mentale'],
    ['pole emploi propose quoi comme formations', 'emploi-formation'],
  ])('%j → %s', (message, topic) => {
    expect(answered(message)).toBe(topic);
  });
});
