// People being crushed or trampled, told without the crowd's own word ("des gens se font écraser"): the emergency
// numbers first. The second safety net learnt the stadium's word as ordinary (the out-of-scope stadium domain), so
// a rule of knowledge/danger.yaml says it; a sports defeat or trodden toes are not a crush. Every sentence is my own.
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

const danger = [
  'ça pousse de partout à l entrée du stade, des gens se font écraser',
  'devant la salle de concert les gens se font écraser contre les barrières',
  'à la sortie du marché de noël des gens se font piétiner',
  'des enfants se font écraser dans la cohue à la sortie de l école',
  'plein de gens se sont fait piétiner à la fête, venez vite',
  'au match ça bouscule, des personnes se font écraser contre le grillage',
  'people are getting crushed near the gate, please help',
  'kids are being trampled at the entrance of the fair',
  'les gens se font écraser contre les portes du magasin pour les soldes, c est grave',
  'du monde se fait piétiner devant la gare il y a trop de monde',
];
const ordinary = [
  'les gens se font écraser les pieds dans le bus le matin',
  'nos enfants se font écraser au foot chaque samedi',
  'mes gamins se font écraser par les autres au basket',
  'les gens se font écraser 5 à 0 par l équipe d à côté',
  'je me fais écraser aux échecs par mon fils',
];

describe('a crush told without the crowd word', () => {
  it.each(danger)('numbers first: %s', (message) => expect(numbersFirst(message)).toBe(true));
  it.each(ordinary)('no numbers: %s', (message) => expect(numbersFirst(message)).toBe(false));
});
