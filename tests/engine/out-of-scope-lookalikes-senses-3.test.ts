/**
 * Issue 13.2, look-alikes told apart by what is near, third pass (lexicon `senses`): a covered service's word used
 * for a private business or a company's app. Wordings of our own (never an evaluation line), written before the rules.
 *  - a babysitter hired for an evening or a weekend (who is free tonight, how much an hour, do you know one) is a
 *    private arrangement → gardechien (the private sitter's word, no redirect), not the quarter's childcare; finding a
 *    nounou, a crèche, a babysitter while at work or in training stays modes-de-garde;
 *  - a hairdresser for men, an afro cut, a barber, a salon open on a given day → coupesalon, not the quarter's
 *    hairdressing workshops; "pas les moyens du coiffeur, ya des ateliers ?" and the coiffeuse who offers her
 *    know-how stay;
 *  - a pupil's disciplinary council (its sanction, the exclusion) → pronote, the school's business, not anti-bullying;
 *  - an account on a social network or a streaming app (password, recovery, deletion, suspension) → the company's
 *    support (depannage), not the digital workshops nor anti-bullying; being insulted on snap, a video to take down,
 *    blocking someone who insults stay harcelement-scolaire;
 *  - a device or a camera still to buy (which one) → quellemarque, a shop's advice; one just bought that the resident
 *    cannot use stays ateliers-numeriques;
 *  - outer space → general knowledge (astronaute), no public space; the Renaissance as a period → general knowledge
 *    (siecle), not the quarter named Renaissance, whose name and streets keep their answer.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { declined, expectAnswered, realCore } from '../helpers/core.js';

beforeAll(() => void realCore(), 300_000);

describe('a babysitter hired for an evening is a private arrangement', () => {
  it.each([
    'je cherche une baby sitter pour vendredi soir, vous avez un numero ?',
    'baby-sitter c combien de l heure en moyenne',
    'une babysitter dispo ce soir vers beuvry ?',
    'quel tarif horaire pour du babysitting en 2025',
    'tu connais une baby sitter serieuse pour demain soir',
    'besoin d une babysitter samedi soir pour un anniversaire',
    'vous connaissez une baby-sitter pour le week end ?',
    'une baby sitter c est combien par heure ?',
    'babysitter dispo mercredi soir pour deux petits',
    'how much is a babysitter per hour',
    'need a babysitter tonight',
  ])('"%s"', declined);
});

describe('a barber or a private salon for men is a business', () => {
  it.each([
    'un coiffeur pour homme pas loin de labourse',
    'coiffeur afro a bethune, des adresses ?',
    'un bon coiffeur pour un degrade',
    'coiffeur dispo samedi pour un mariage',
    'un coiffeur ouvert le mardi ?',
    'le coiffeur fait la barbe aussi ?',
    'un coiffeur pour homme pas cher',
    'une coiffeuse dispo pour un mariage en juin',
    'un coiffeur sans rdv le dimanche',
    'tarif coiffeur homme degrade',
  ])('"%s"', declined);
});

describe("a pupil's disciplinary council is the school's business", () => {
  it.each([
    'conseil de discipline de ma fille au college, je peux venir avec quelqu un ?',
    'mon fils passe en conseil de discipline la semaine prochaine, il risque l exclusion ?',
    'c est quoi un conseil de discipline au lycee',
    'convoque en conseil de discipline, comment se defendre',
    'le conseil de discipline peut exclure mon fils definitivement ?',
    'ma fille a une commission disciplinaire vendredi',
    'conseil de discipline college droits des parents',
    'apres un conseil de discipline on peut faire appel ?',
    'un avocat pour un conseil de discipline ?',
    'disciplinary council at school what are my rights',
  ])('"%s"', declined);
});

describe("a social network's or an app's account is the company's support", () => {
  it.each([
    'mot de passe oublie sur snapchat comment faire',
    'comment supprimer mon compte tiktok',
    'mon compte instagram est suspendu',
    'recuperer mon compte facebook pirate',
    'j ai perdu mon mot de passe netflix',
    'comment desactiver mon compte facebook',
    'code de verification whatsapp pas recu',
    'mot de passe snap oublie aidez moi',
    'comment recuperer un compte insta',
    'forgot my instagram password',
  ])('"%s"', declined);
});

describe('a device still to buy, outer space, the Renaissance of history', () => {
  it.each([
    'quel ordinateur portable acheter pour la fac',
    'je veux acheter une tablette pour mon fils, laquelle prendre',
    'quel telephone acheter a moins de 200 euros',
    'une bonne imprimante a acheter pas chere ?',
    'quelle tele acheter pour noel',
    'quel appareil photo numerique acheter pour debuter',
    'which laptop to buy for a student',
    'quelle console acheter pour un enfant de 8 ans',
    'je voudrais acheter un pc gamer, un conseil ?',
    'un smartphone a acheter pour ma mere de 80 ans',
    "l'espace c'est froid ou chaud ?",
    "combien d'astronautes sont allés dans l'espace",
    "à quelle altitude commence l'espace",
    "les planètes et l'espace, un livre pour enfant ?",
    'un trou noir dans l espace ca aspire tout ?',
    'c quoi la renaissance en histoire, les dates',
    'léonard de vinci c était la renaissance ?',
    'la renaissance c quel siecle',
    'un controle sur la renaissance demain, tu m aides ?',
    'les peintres de la renaissance italienne',
  ])('"%s"', declined);
});

describe('residents asking about the quarter with the same words keep their answers', () => {
  it.each([
    ['je cherche une nounou pour ma fille de 8 mois', 'modes-de-garde'],
    ['babysitter pendant ma formation, il y a une aide ?', 'modes-de-garde'],
    ['une nounou agréée ça coûte combien avec les aides ?', 'modes-de-garde'],
    ['i need a babysitter', 'modes-de-garde'],
    ["l'atelier coiffure du quartier c quand", 'temps-pour-soi'],
    ["j'ai pas les sous pour le coiffeur, ya des ateliers beauté pour les mamans ?", 'temps-pour-soi'],
    ['ma fille se fait harceler au collège, je vais voir qui ?', 'harcelement-scolaire'],
    ['ma fille se fait insulter sur snapchat par des élèves de sa classe', 'harcelement-scolaire'],
    ['comment faire supprimer une vidéo de mon fils sur tiktok', 'harcelement-scolaire'],
    ['je sais pas me servir de mon téléphone, qui peut m apprendre', 'ateliers-numeriques'],
    ["je viens d'acheter une tablette, qui peut m'apprendre à m'en servir", 'ateliers-numeriques'],
    ["j'ai acheté un ordi mais je sais pas l'utiliser, ya des cours ?", 'ateliers-numeriques'],
    ['le nouvel espace public du quartier ce sera quoi', 'espace-public'],
    ['c quoi le quartier renaissance, ca concerne quelles rues', 'quartier-renaissance'],
    ["pourquoi le quartier s'appelle renaissance, c'est quoi son histoire", 'quartier-renaissance'],
  ])('"%s" → %s', expectAnswered);
});

describe('the sense words themselves', () => {
  const words = (text: string) => realCore().engine.normalise(text).tokens.map((t) => t.word);
  it('reads the disciplinary council as the school, the class council too', () => {
    expect(words('conseil de discipline au college')).toContain('pronote');
    expect(words('le conseil citoyen du quartier')).not.toContain('pronote');
  });
  it('leaves a babysitter with no evening, price or acquaintance alone', () => {
    expect(words('babysitter pendant ma formation')).not.toContain('gardechien');
    expect(words('une baby sitter dispo samedi soir')).toContain('gardechien');
  });
});
