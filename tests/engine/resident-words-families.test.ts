/**
 * Residents' words → concepts, by family (issue 13, accuracy on unseen questions): each family is a way residents say
 * one need, written here in my own words (standard, colloquial, SMS, indirect, English), never copied from an
 * evaluation set. A wrong answer costs most: where a family is not sure, the test asks for "never another topic".
 */
import { describe, expect, it } from 'vitest';
import { answered as answeredBy, answeredOrOffered as offeredBy, realCore } from '../helpers/core.js';

const { engine } = realCore();
const answered = (message: string) => answeredBy(engine, message);
const answeredOrOffered = (message: string, topic: string) => offeredBy(engine, message, topic);

describe('money that runs out before the month is over: the household budget (eco-gestes, "maîtrise budgétaire")', () => {
  // "à découvert" is an account in the red, never the Pass-découverte; "faire / tenir ses comptes" is the budget, not
  // an online account; "petit budget" for cooking and "plus rien à manger" stay the health and food topics.
  it.each([
    'a partir du 15 jai plus un sou, comment mieux gerer mes sous',
    "je m'en sors pas avec mon argent, quelqu'un peut m'apprendre à faire un budget ?",
    'toujours dans le rouge a la banque, ya une aide pour gerer mon budget',
    'I can never make it to the end of the month, is there help to manage my money?',
    'atelier gestion du budget familial ?',
    'mon compte est à découvert tous les mois',
    "je suis à découvert dès le 10, j'aimerais apprendre à mieux gérer",
    "comment mieux gérer l'argent du foyer quand on a un petit salaire",
    "on dépense tout en une semaine, ya quelqu'un pour nous conseiller sur le budget ?",
    'fin de mois compliquée, je voudrais un coup de main pour tenir mon budget',
    'jsui tjr a decouvert jsai pa gerer',
    'apprendre à faire ses comptes, ça existe comme atelier ?',
  ])('%j → eco-gestes', (message) => {
    expect(answered(message)).toBe('eco-gestes');
  });
  it.each(["we can't make ends meet, can someone help us with a budget?"])('%j → eco-gestes, or offered', (message) => {
    expect(answeredOrOffered(message, 'eco-gestes')).toBe('eco-gestes');
  });
  it.each([
    ["plus rien dans le frigo et c'est que le 20 du mois", 'sante-alimentation'],
    ['cuisiner sain avec un petit budget, y a des ateliers ?', 'sante-alimentation'],
    ['fin de mois difficile on a plus rien a manger', 'sante-alimentation'],
    ['c koi le pass decouvert', 'associations'],
    ["je voudrais apprendre à acheter sur internet sans me faire arnaquer", 'ateliers-numeriques'],
  ])('%j → %s (neighbours keep their topic)', (message, topic) => {
    expect(answered(message)).toBe(topic);
  });
  it.each(["ouvrir un compte en banque sans frais c'est où", 'quelle banque prend le moins de frais'])('%j → not a budget answer (banks are out of scope)', (message) => {
    expect(answered(message)).toBe('fallback');
  });
});

describe('"à peine" is "barely", not the "peine" of grief', () => {
  // read as grief, it lifted a question about neighbours over the safety net's line when the budget phrasings came in
  const net = (message: string) => engine.decide(message).risk === true;
  it.each([
    "dans ma rue on se dit à peine bonjour, comment créer du lien ?",
    "mon fils parle à peine français, y a de l'aide aux devoirs ?",
    "on a à peine de quoi payer le chauffage",
    "les jeunes ont à peine un endroit pour se retrouver",
    "I barely know my neighbours, are there meetings?",
  ])('%j → no line of emergency numbers', (message) => {
    expect(net(message)).toBe(false);
  });
  it.each(['il respire à peine et ne répond plus', 'ma mère respire a peine elle est toute grise'])('%j → still the emergency numbers first', (message) => {
    const decision = engine.decide(message);
    expect(decision.kind === 'answer' && decision.topic === 'urgence').toBe(true);
  });
});
