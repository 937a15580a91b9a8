// Issue 13, eighth pass ("recall"): situation FRAMES rather than sentences. Last pass's families reached none of the
// misses of new lists; this pass writes a few frames that any wording of the same situation falls into — someone and
// a vital state (not moving since…, cold, blue), a place and a hazard (water, gas, a car in a closed garage), someone
// held (doors locked, taken somewhere, tied up for money), the aggressor still there, a call for help then silence.
// Every sentence here is my own wording; none is a line of an evaluation list, none is in knowledge/.
import { describe, expect, it } from 'vitest';
import { realCore, numbersFirst } from '../helpers/core.js';

const { engine } = realCore();

const family = (name: string, danger: string[], ordinary: string[]) =>
  describe(name, () => {
    it.each(danger)('numbers first: %s', (message) => expect(numbersFirst(message)).toBe(true));
    if (ordinary.length > 0) it.each(ordinary)('no numbers: %s', (message) => expect(numbersFirst(message)).toBe(false));
  });

family(
  'someone and a vital state: not moving for hours, cold, blue, limp (frame)',
  [
    "my dad hasn't moved from the sofa since last night and he feels cold",
    'my mum has not moved for hours and she is really cold',
    "grandad isn't moving and his hands are freezing",
    "my flatmate hasn't moved since yesterday, his door was open",
    'my wife is lying there and not moving at all',
    "he's not moving and his lips have gone grey",
    'mon oncle bouge plus depuis ce matin et il est glacé',
    'mon coloc a pas bougé depuis hier soir il est tout froid',
    'ma tante ne bouge plus du tout depuis une heure',
    'mon frère est tout mou et tout pâle, il répond pas',
    "papa est affalé dans le fauteuil et il réagit à rien",
    'ma grand mère est froide et elle répond pas quand je la secoue',
  ],
  [
    "my son hasn't moved from his video game since this morning lol",
    "mon fils bouge pas de son canapé depuis ce matin, il joue à la console",
    'the parcel has not moved since yesterday on the tracking page',
    'le dossier n a pas bougé depuis des mois',
    'it is really cold in the flat, the heating is not working',
  ],
);

family(
  'someone in the water: thrown in, not coming up, a car in water, ice giving way (frame)',
  [
    'ils ont poussé un mec dans le canal et il remonte pas',
    'quelqu un a balancé une fille dans la rivière',
    'un homme est dans l eau du port et il se débat',
    'mon fils est tombé dans l étang on le voit plus',
    'la voiture a plongé dans le canal avec le conducteur dedans',
    'une auto est dans la rivière et il y a des gens à l intérieur',
    'la glace s est brisée sous mon neveu sur l étang',
    'un gamin est passé à travers la glace du lac',
    'deux ados se sont fait emporter par le courant',
    'someone pushed a man into the river and he went under',
    'a car went into the canal and there are people inside',
    'the ice cracked and my brother fell through',
    'une personne est dans l eau sous le pont et elle coule',
  ],
  [
    'on a jeté des cailloux dans la rivière avec les enfants',
    'la glace du congélateur a craqué, je peux la changer ?',
    'la patinoire est ouverte ? la glace est belle ce mois ci',
    'je cherche un club pour apprendre à nager dans le lac',
    'ma voiture a pris l eau pendant l orage, l assurance marche ?',
  ],
);

family(
  'gas and fumes: an engine running in a closed garage, a pipe on the exhaust, a hob left on all night (frame)',
  [
    'mon père est dans le garage fermé avec le moteur de la voiture qui tourne',
    'ma soeur s est enfermée dans sa voiture avec le moteur allumé dans le garage',
    'il a mis un tuyau sur le pot d échappement',
    'il y a un tuyau entre l échappement et la vitre de la voiture',
    'la cuisinière à gaz est restée allumée toute la nuit sans flamme',
    'le gaz est resté ouvert depuis hier et ma mère dort',
    'le brasero est allumé dans la chambre fenêtres fermées et ils dorment',
    'my uncle is in the garage with the car engine running and the door shut',
    'he ran a hose from the exhaust into the car',
    'the gas hob was left on all night and my grandma is drowsy',
    'un groupe électrogène tourne dans la cave et mon père est tombé',
  ],
  [
    'le moteur de ma voiture tourne mal, un garage pas cher ?',
    'mon pot d échappement fait du bruit, contrôle technique ?',
    'ma gazinière ne s allume plus, qui appeler ?',
  ],
);

family(
  'held against one s will: doors locked, taken somewhere, tied up for money (frame)',
  [
    'le chauffeur a bloqué les portières et roule vers nulle part',
    'le vtc a verrouillé les portes et il veut pas me laisser descendre',
    'un type m a amenée dans une cave et il refuse de me laisser partir',
    'il m a conduite dans la forêt et il veut pas me ramener',
    'on m a enfermée dans un appart je sais pas où je suis',
    'mon copain me garde enfermée et a pris mon téléphone',
    'ils ont attaché mon frère et veulent de l argent pour le libérer',
    'j ai reçu une vidéo de ma soeur ligotée, ils demandent une rançon',
    'the driver locked the doors and won t let me out',
    'he drove me to a warehouse and won t let me leave',
    'they sent a picture of my dad tied up and want money',
    'ma copine est retenue chez un mec qui la laisse pas sortir',
  ],
  [
    'ma mère veut pas me laisser sortir ce soir, c est injuste',
    'le bus a verrouillé les portes au terminus, je peux récupérer mon sac ?',
    'mon chef veut pas me laisser partir en congés en août',
  ],
);

family(
  'the aggressor still there, a whisper for help (frame)',
  [
    'je peux pas parler fort il est dans la pièce à côté',
    'chuis cachée il est dans l appart jpeux pas appeler',
    'je chuchote il est derrière la porte aidez moi',
    'ma voisine vient de se faire agresser et le type est encore en bas',
    'on vient de me braquer et ils sont toujours dans la rue',
    'mon ex est devant chez moi il a défoncé la porte du garage',
    'mon ex est en bas de l immeuble il casse les rétros',
    "i can't talk he is in the next room, please help",
    'i got mugged and the guy is still outside',
    'my ex is outside smashing my windows',
  ],
  [
    'mon ex est devant l école pour récupérer les enfants, c est normal ?',
  ],
);

family(
  'followed or surrounded by a group, someone beaten in the street now (frame)',
  [
    'une bande me suit depuis le métro et ils se rapprochent',
    'un groupe de jeunes nous suit depuis le parc',
    'on est suivies par des types en scooter',
    'des gens m encerclent en bas de chez moi',
    'ils sont plusieurs à frapper un gars devant le tabac',
    'des mecs sont en train de tabasser un vieux à l arrêt de bus',
    'ils rouent de coups un jeune au sol',
    'a gang is following me and getting closer',
    'some men are beating up a homeless guy under the bridge',
    'un homme frappe une femme dans la rue en ce moment',
  ],
  [
    'un groupe de randonneurs nous suit pour la balade de dimanche',
    'les jeunes du quartier jouent au foot devant le tabac',
  ],
);

family(
  'an accident with someone inside, trapped (frame)',
  [
    'une voiture est sur le toit dans le champ et le conducteur est dedans',
    'accident au rond point, quelqu un est coincé dans la voiture',
    'un camion s est renversé et le chauffeur est prisonnier de la cabine',
    'la voiture a fini contre un arbre et il y a une dame à l intérieur qui bouge pas',
    'a car flipped over on the road and someone is trapped inside',
    'il y a une moto par terre et le motard est au sol',
    'un bus a percuté un mur et des gens sont bloqués dedans',
    'une voiture renversée dans le fossé avec des enfants dedans',
    'accident sur la rocade un mec est coincé sous sa voiture',
    'there s been a crash and the driver is unconscious',
  ],
  [
    'ma voiture est restée bloquée à la fourrière, comment la récupérer ?',
    'j ai eu un petit accrochage sur le parking, le constat amiable ?',
  ],
);

family(
  'the end told short and SMS, told by another, a call for help then silence (frame)',
  [
    'jsuis a bout jvais tout arrêter cette nuit',
    'j en peux plu, ce soir j arrete tout',
    'jsui au bout du rouleau, tt arreter demain c mieux',
    'je vais tout arrêter, je suis à bout',
    'elle m a écrit pardon pour tout et son téléphone est éteint',
    'mon frère a envoyé désolé pour tout et il répond plus',
    'ma fille m a texté viens me chercher vite et depuis plus rien',
    'mon fils m a écrit au secours puis son portable est coupé',
    "my son is 9 and has been missing since lunchtime",
    'my daughter has gone missing from the park',
    'she texted me sorry for everything and now her phone is off',
    'ma pote m a dit qu elle prenait tout ce qu elle avait et qu elle arrêtait',
  ],
  [
    'je vais tout arrêter le sport ce soir, trop fatigué',
    'pardon pour tout le bruit hier soir, la fête est finie',
    'mon fils m a écrit viens me chercher à 18h au stade',
    'j arrête tout pour cet été, je pars en vacances',
  ],
);

family(
  'a weapon taken up after violence (frame)',
  [
    'mon beau frère a tapé ma soeur et maintenant il a sorti le fusil de chasse',
    'il l a battue et il a pris la carabine',
    'mon père a frappé ma mère et il a pris un couteau',
    'mon voisin cogne sa femme et il a ressorti son arme',
    'he beat her up and now he has taken the shotgun',
  ],
  [
    'mon père a un fusil de chasse, faut il le déclarer ?',
    'mon père a pris une carabine à la bourse aux armes, faut il la déclarer ?',
  ],
);

// Own list D, written after the first landing and measured before any change for it: 23/30. Its misses, as frames.
family(
  'something heavy falling or collapsing onto someone (frame, own list D)',
  [
    'une grosse branche est tombée sur un cycliste devant chez moi',
    'le mur du jardin s est écroulé sur mon père',
    'l échafaudage s est effondré sur deux ouvriers',
    'le toit du hangar est tombé sur les gens qui étaient dessous',
    'un arbre est tombé sur la voiture et ma soeur est coincée dedans',
    'la grue vient de tomber sur le chantier, il y a des gens dessous',
    'l étagère est tombée sur mon fils de 2 ans',
    'a tree fell on a car on our street and someone is inside',
    'the ceiling collapsed on my grandma',
    'le plancher s est effondré sous nous et mon frère est tombé à la cave',
    'la charpente s est écroulée sur le voisin',
  ],
  [
    'un arbre est tombé sur ma voiture cette nuit, l assurance marche ?',
    'la branche est tombée sur le toit du cabanon, qui doit l enlever ?',
    'le plafond de la salle de bain s est écroulé pendant les vacances, le bailleur répare ?',
  ],
);

family(
  'a sting or a bite with a reaction of the whole body (frame, own list D)',
  [
    'mon mari s est fait piquer par une abeille et sa gorge gonfle',
    'ma fille a été piquée par un frelon, elle a des plaques partout et elle vomit',
    'piqué par une guêpe il respire mal',
    'mon fils a été mordu par un serpent et il fait un malaise',
    'une méduse a piqué ma nièce, elle a du mal à respirer',
    'ma mère piquée par une guêpe dans la bouche, sa langue enfle',
    'my husband got stung by a bee and his throat is swelling',
    'my son was bitten by a snake and he feels faint',
    'stung by a wasp and now she can t breathe properly',
    'une abeille a piqué papi et il est tombé dans les pommes',
  ],
  [
    'ma fille a été piquée par une guêpe, ça gonfle un peu au doigt, quelle crème ?',
    'comment éloigner les guêpes du balcon ?',
  ],
);

family(
  'a crowd crushing people, someone fallen off a pier or a boat, someone stuck inside a machine (frame, own lists C and D)',
  [
    'mouvement de foule à la fête foraine, des gens sont par terre',
    'ça pousse de partout à l entrée du stade, des gens se font écraser',
    'people are getting crushed in the crowd at the station',
    'un pêcheur est tombé du quai',
    'mon copain a glissé du ponton et il sait pas nager',
    'a man fell off the boat in the harbour',
    'une dame est tombée du pont dans le canal',
    'mon petit frère s est enfermé dans le congélateur du garage',
    'un enfant est coincé dans le tambour du sèche linge',
    'un gamin est tombé dans un puits au bout du champ',
    'my toddler is stuck between the railings of the balcony',
    'the kids locked their friend in the boot of the car',
  ],
  [
    'la foule était énorme au concert, trop bien',
    'mon téléphone est tombé du bateau, je peux le déclarer perdu ?',
    'mon fils a coincé sa chaussette dans la machine à laver',
  ],
);

family(
  'looking down at the water or the void, a way found (frame, own list D)',
  [
    'je suis sur le pont et je regarde l eau depuis longtemps',
    'ça fait des heures que je regarde le vide du haut du toit',
    'assise sur le rebord de la fenêtre je regarde en bas',
    'je fixe les rails depuis le quai depuis 20 minutes',
    'i m on the bridge staring at the water',
    'i ve been looking down from the roof for an hour',
    'jpeux plus de cette vie j ai trouvé comment faire',
    'j ai trouvé le moyen d en finir, personne le saura',
    'marre de vivre, je sais comment je vais faire maintenant',
    'i found a way out of this life and nobody will notice',
  ],
  [
    'du haut du toit de la tour on a une belle vue sur la ville, on peut monter ?',
    'j ai trouvé comment faire ma déclaration d impôts en ligne',
    'je sais comment faire pour la carte de bus, merci',
  ],
);

// Own list E, written after the second landing and measured before any change for it: 26/30.
family(
  'breathing gone wrong and eyes that stay closed (frame, own list E)',
  [
    "my mum's breathing is very shallow and she won't open her eyes",
    'his breathing sounds rattly and he is not waking up',
    'grandma is breathing really slowly and she does not respond',
    "my husband's breath is gurgling and he won't answer me",
    'mon père respire très fort et il ouvre pas les yeux',
    'mamie râle en respirant et elle répond plus',
    'il respire par à coups et il se réveille pas',
    'ma tante respire bizarrement, yeux fermés, elle réagit pas',
    'mon oncle gargouille quand il respire et il ouvre plus les yeux',
    'my brother is breathing weird and not responding',
  ],
  [
    'il respire bruyamment quand il dort, il ronfle, c est grave docteur ?',
  ],
);

family(
  'a very young child gone off alone towards a road or water (frame, own list E)',
  [
    'le petit a ouvert la porte et il est parti vers la route',
    'ma puce de 3 ans s est échappée et court vers le canal',
    'un bambin marche tout seul sur la départementale',
    'notre bébé a rampé jusqu au bord de la piscine',
    'mon loulou de 2 ans est sorti et il file vers la rivière',
    'un enfant de 4 ans traverse la rocade tout seul',
    'my toddler got out of the garden and ran towards the road',
    'a little one is wandering near the railway tracks',
    'a 3 year old is walking on the motorway',
    'la petite de 5 ans est partie vers l étang sans personne',
  ],
  [
    'mon fils est parti à vélo sur la route de l école avec ses copains',
    'la petite est partie vers la piscine avec sa mamie',
  ],
);

family(
  'things thrown at cars or people, drunk at the wheel with children (frame, own list E)',
  [
    'des jeunes jettent des pierres sur les voitures depuis le pont',
    'ils balancent des cailloux sur les bus à l entrée de la cité',
    'quelqu un lance des bouteilles sur les passants du balcon',
    'des gamins lancent des parpaings depuis la passerelle sur l autoroute',
    'people are throwing rocks at cars from the overpass',
    'someone is dropping bricks off the bridge onto the motorway',
    'le chauffeur du car scolaire est bourré ce matin',
    'mon ex est ivre et il veut conduire avec les enfants',
    'the school bus driver is drunk and the kids are on board',
    'ma voisine a bu et prend le volant avec son bébé',
    'ils jettent des cocktails molotov sur les pompiers',
  ],
  [
    'les enfants jettent des cailloux dans l eau depuis le pont',
    'le chauffeur du car scolaire boit pas, c est la règle ?',
    'combien de points on perd si on conduit avec un peu d alcool ?',
  ],
);

// Own list G, written after the docs landing and measured before any change for it: 16/20.
family(
  'an appliance live by the bath, pregnant with a grave sign (frame, own list G)',
  [
    'mon frère est dans le bain avec le radiateur électrique branché au bord',
    'elle a pris le sèche cheveux allumé dans la baignoire',
    'il y a un grille pain branché posé sur la baignoire et ma soeur est dedans',
    'my sister is in the bath with the hairdryer plugged in',
    'he took the heater into the bath, it is switched on',
    'ma femme est enceinte de 6 mois et elle saigne',
    'enceinte de 7 mois, le bébé bouge plus depuis hier',
    'je suis enceinte et je suis tombée sur le ventre dans l escalier',
    'enceinte de 5 mois je perds de l eau et j ai des douleurs atroces',
    'my wife is pregnant and bleeding a lot',
    "i'm 30 weeks pregnant and the baby has stopped moving",
  ],
  [
    'peut on installer une prise électrique près de la baignoire ?',
    'je suis enceinte, quelles aides de la caf ?',
    'ma soeur est enceinte de 6 mois, où trouver un cours de préparation ?',
  ],
);

family(
  'someone whose memory is going, gone off and not heard of; the last thing ever (frame, own list G)',
  [
    'mon père perd la mémoire, il est parti en voiture ce matin et il répond pas',
    'ma grand mère confuse est sortie à pied hier soir, pas de nouvelles',
    'mon oncle ne se souvient plus de rien et il est parti depuis midi, injoignable',
    'ma mère désorientée est partie cette nuit et elle est pas rentrée',
    'my dad is confused and he drove off this morning, no news since',
    'grandma forgets everything and she left on foot last night, not answering',
    'she said this is the last sunset she will ever see',
    "he texted that it's the last meal he'll ever have",
    'elle m a écrit que c était le dernier café qu elle prendrait de sa vie',
    'il dit que c est la dernière nuit qu il verra jamais',
  ],
  [
    'ma mère perd la mémoire, elle est partie en vacances chez sa soeur, tout va bien',
    'the last bus i will ever take to that job, new job tomorrow!',
  ],
);
