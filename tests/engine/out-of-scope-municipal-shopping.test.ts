/**
 * Issue 13.2, municipal pass: advice on what to buy is shopping, read from the construction ("quel <produit> acheter",
 * "lequel prendre", "le meilleur <produit> à moins de 200 euros", "which … should I buy"), whatever the product's words
 * evoke in the quarter's topics (a computer → digital workshops, a phone → eco-gestes, a scooter → transports).
 * A topic that explains the message nearly whole keeps it. Our own wordings, never an evaluation line.
 */
import { describe, it } from 'vitest';
import { declined, expectAnswered } from '../helpers/core.js';

describe('what to buy: "I don\'t know"', () => {
  it.each([
    'quel ordinateur portable acheter pour un etudiant',
    'une bonne tablette pour un enfant de 8 ans, laquelle prendre',
    'quelle tele acheter pour moins de 400 euros',
    'je veux acheter une trottinette electrique laquelle',
    'le meilleur telephone a moins de 150 euros',
    'meilleure imprimante pour la maison',
    'quel appareil photo numerique acheter pour les vacances',
    'quels jouets educatifs acheter pour un bebe',
    'un velo electrique rapport qualite prix',
    'which laptop should i buy for school',
    'best phone under 250 euros',
    'quelle machine a laver acheter pas chere',
  ])('"%s"', declined);
});

describe('the quarter\'s topics with the same words keep their answer', () => {
  it.each([
    ['je sais pas me servir de mon telephone, ya des ateliers ?', 'ateliers-numeriques'],
    ['comment faire des economies sur ma facture avec mes appareils electriques', 'eco-gestes'],
    ['apprendre a utiliser une tablette pour les seniors', 'ateliers-numeriques'],
    ['des cours pour apprendre internet sur un ordinateur', 'ateliers-numeriques'],
  ])('"%s" → %s', expectAnswered);
});
