// Issue 13.1, third false-alarms pass ("precision"): frames that say a danger is talked about, not lived — a laugh, a
// character of a work, a lesson on the emergency numbers, an idiom of work or sight, a trade's "urgence", a harm of
// the past and its care, a detector that goes off over cooking, stifling summer heat. Each frame is a context of
// knowledge/danger.yaml whose `unless` is the shared class {vecu} (what says a danger is lived now). Wordings of our
// own (none is a line of an evaluation list, none is in knowledge/): ordinary look-alikes that must NOT get the
// emergency numbers first, and the same frames with a danger lived now that MUST.
import { describe, expect, it } from 'vitest';
import { getsTheNumbersFirst } from '../../src/evaluation/danger-eval.js';
import { realCore } from '../helpers/core.js';

const { engine } = realCore();

const numbersFirst = (message: string): boolean => getsTheNumbersFirst(engine.decide(message));

export const frames: { frame: string; ordinary: string[]; danger: string[] }[] = [
  {
    frame: 'said for a laugh: mdr, lol, ptdr, haha anywhere (context dit-en-riant)',
    ordinary: [
      "j'ai failli m'évanouir en voyant le prix des fournitures mdr, il y a une aide ?",
      "le gâteau a explosé dans le four mdr, y a un cours de pâtisserie ?",
      "je me suis noyée dans les papiers de la caf mdrr, quelqu'un fait des permanences ?",
      "le chat a attaqué le sapin de noël hahaha, y a un marché de noël cette année ?",
      "mon grand frère a dit qu'il allait m'enterrer au ping-pong lol, y a une table au parc ?",
      "j'ai fait une crise en voyant mon bulletin ptdr, il y a du soutien en maths ?",
      "le prof de sport veut nous tuer avec ses tours de stade mdr, y a un club d'athlé ?",
      "ma voisine m'a menacée de me faire goûter son couscous lol, il y a une fête des voisins ?",
      "on a failli mourir de chaud au vide-grenier haha, le prochain c'est quand ?",
      "my kids nearly killed each other over the remote lol, any activities for the holidays?",
      "jsuis mort j'ai raté le bus pour la 3e fois xd, il passe à quelle heure le matin ?",
      "je rigole mais j'ai cru m'étouffer avec le piment de l'atelier cuisine, il revient quand ?",
    ],
    danger: [
      "il m'a encore frappée hier soir lol je sais plus quoi faire",
      "mdr il a sorti un couteau et il dit qu'il va me planter",
      "je vais me foutre en l'air ce soir mdr personne va me regretter",
      "il me suit depuis la gare et il me fait peur lol je suis où là",
      "ma copine a pris toutes ses pilules et elle respire plus je rigole pas",
      "mon mec m'a giflée devant tout le monde ptdr j'ai du sang au nez",
      "mon beau-père me tape quand ma mère est pas là lol",
      "haha ya de la fumée partout dans l'escalier et ça brûle au 3e",
      "mon ex me menace de venir avec un fusil lol",
      "ils m'attendent en bas pour me défoncer mdr j'ai peur",
      "il a dit qu'il allait me tuer et il a un flingue, c'est pas une blague",
    ],
  },
  {
    frame: 'a character of a work, the end of a season, a spoiler (context personnage-d-oeuvre)',
    ordinary: [
      "le héros du manga se fait tuer au tome 12, ma fille pleure, il y a un club lecture ?",
      "spoiler : le héros meurt à la fin, il y a un ciné-club au pôle culturel ?",
      "le méchant du film se fait poignarder à la fin, c'est pas trop violent pour un enfant de 10 ans ?",
      "la femme du feuilleton se fait enlever à la fin de la saison, vivement la suite mdr",
      "le personnage principal de la série se suicide au dernier épisode, on en parle au club ?",
      "la fille du roman se fait agresser au chapitre 3, c'est pour un collégien ?",
      "le flic de la série s'est fait tirer dessus dans la saison 4, ya un club séries ?",
      "the hero of the book gets murdered in the end, is there a reading club for teens?",
      "le vieux du dessin animé se noie au début du film, les petits ont pleuré",
      "l'acteur du film se fait étrangler dans une scène, c'est déconseillé aux moins de 12 ?",
    ],
    danger: [
      "le méchant de la série c'est comme mon mari, il me frappe tous les soirs",
      "comme dans le film, il m'a enfermée et il dit qu'il va me tuer",
      "un type du jeu vidéo veut rencontrer mon fils de 11 ans ce soir",
      "un mec des jeux video a demandé des photos nues à ma fille",
      "le gars de la série m'a donné envie d'en finir, j'ai les cachets devant moi",
      "mon fils regarde une série et maintenant il dit qu'il va se pendre",
      "la fin de la saison m'a achevée, je veux plus vivre, j'ai tout préparé",
      "mon copain rejoue la scène du film en vrai, il me serre le cou",
      "le personnage du livre c'est moi, mon mari me bat et j'ai peur",
      "spoiler ma vie : il m'attend en bas avec un couteau",
    ],
  },
  {
    frame: 'a lesson or a course on the emergency numbers and what to do (context apprendre-les-numeros)',
    ordinary: [
      "quels numéros d'urgence je dois faire apprendre à mon petit de 5 ans ?",
      "l'école organise un atelier sur les numéros d'urgence pour les CP, on peut y assister ?",
      "ma fille doit faire un exposé sur le 15, le 17 et le 18, vous avez de la doc ?",
      "je voudrais montrer à mes enfants comment appeler les secours, il y a une animation au centre ?",
      "c'est quoi la différence entre le 15 et le 112 ? c'est pour expliquer à mon fils",
      "une formation pour les grands-parents sur quoi faire en cas d'incendie, ça existe ?",
      "les enfants de la classe apprennent les numéros des pompiers et de la police, c'est lequel le 17 déjà ?",
      "how can I teach my son to call the emergency numbers?",
      "mon fils doit réciter les numéros d'urgence en classe, le 18 c'est bien les pompiers ?",
      "y a-t-il un cours pour apprendre aux ados comment réagir en cas d'accident ?",
      "mes petits-enfants veulent savoir quel numéro appeler pour la police, c'est pour un quiz à l'école",
    ],
    danger: [
      "mon fils de 6 ans a appelé le 18 parce que la cuisine est en feu, on fait quoi",
      "les enfants sont seuls à la maison et ça sent le gaz, quel numéro j'appelle ?",
      "c'est quoi le numéro quand quelqu'un fait un malaise ? mon père est par terre et respire mal",
      "quel numéro appeler, mon fils a avalé des médicaments et il bouge plus",
      "j'apprends à mes enfants à appeler le 17 parce que leur père me frappe",
      "quel numéro ? il y a de la fumée partout dans l'école de ma fille",
      "ma fille a appris le 15 à l'école et là elle l'appelle, mamie est inconsciente",
      "which number do I call, my son is not breathing",
      "le 17 c'est la police ? mon ex est devant chez moi avec une arme",
      "quel numéro pour les enfants en danger, mon voisin frappe ses enfants en ce moment, je les entends hurler",
    ],
  },
  {
    frame: 'idioms of work and sight: a "coup de feu" at work, fireworks, a start at a price (coup-de-feu-au-travail, feu-d-artifice, reaction-a-une-nouvelle)',
    ordinary: [
      "je bosse en cuisine, c'est le coup de feu tous les midis, y a une crèche avec des horaires larges ?",
      "on a eu un gros coup de feu au magasin avant noël, je cherche une activité pour souffler",
      "j'ai un gros coup de feu au boulot en ce moment, les cours du soir c'est quand ?",
      "le feu d'artifice de la fête du quartier était magnifique, qui l'a payé ?",
      "les fireworks du nouvel an, ils sont tirés d'où cette année ?",
      "le feu d'artifice du 14 juillet a mis le feu au ciel, il y aura un bal après ?",
      "j'ai failli m'étrangler en voyant le prix du loyer, c'est normal une telle hausse ?",
      "j'ai manqué de tomber dans les pommes en lisant le devis du plombier",
      "I almost had a heart attack when I saw the gas bill, who can help me?",
      "j'ai presque avalé de travers en apprenant les horaires de la piscine, c'est vraiment fermé le samedi ?",
      "ma sœur a cru mourir en découvrant la note de la cantine, il y a un tarif social ?",
    ],
    danger: [
      "j'ai entendu un coup de feu en bas de chez moi",
      "il y a eu un coup de feu dans la cité et un jeune est blessé",
      "mon petit a pris un pétard de feu d'artifice dans la main, il saigne",
      "il a failli m'étrangler quand il a vu mes messages, il recommence",
      "mon mari a failli me tuer en voyant que je parlais à un collègue",
      "j'ai presque fait une overdose quand j'ai appris sa mort, je veux plus vivre",
      "des jeunes ont lancé un feu d'artifice dans notre hall, il y a de la fumée partout",
      "coup de feu au boulot : un client a sorti une arme et tiré, un collègue est blessé",
      "j'ai failli tomber en voyant ma fille, elle s'est ouvert les veines et ça saigne",
      "il a vu la facture et il m'a frappée, j'ai failli tomber dans l'escalier",
    ],
  },
  {
    frame: 'a trade on call: the dentist, the vet, the plumber, the locksmith (context urgence-d-un-metier)',
    ordinary: [
      "c'est quoi le numéro pour les urgences dentaires le week-end ?",
      "urgence vétérinaire le dimanche dans le coin ? mon chien a mangé du chocolat",
      "il me faut un serrurier d'urgence, j'ai perdu mes clés, vous avez un contact ?",
      "y a-t-il un dentiste de garde le dimanche à Béthune ?",
      "un plombier en urgence pour une fuite sous l'évier, vous connaissez quelqu'un ?",
      "is there an emergency dentist open on Sundays near Beuvry?",
      "les urgences vétérinaires les plus proches c'est où, mon chat tousse",
      "un vitrier d'urgence pour une vitre cassée par un ballon, c'est cher ?",
      "où trouver un chauffagiste d'urgence, on n'a plus de chauffage depuis ce matin",
      "locksmith emergency at night, how much does it cost around here?",
    ],
    danger: [
      "urgence dentaire, mon fils est tombé, il a la mâchoire gonflée et il saigne beaucoup",
      "j'ai besoin d'un serrurier en urgence, mon ex essaie de forcer la porte et il me menace",
      "plombier d'urgence ? ça sent le gaz très fort dans la cuisine",
      "urgence vétérinaire ? le chien du voisin a attaqué ma fille, elle saigne",
      "un dentiste de garde, ma fille a pris un coup de poing de son père",
      "urgence de serrurerie, il m'a enfermée dehors et il a un couteau",
      "emergency plumber please, water everywhere and the ceiling fell on my son, he is not moving",
      "urgence de dépannage, fumée qui sort du tableau électrique et flammes",
      "un vétérinaire d'urgence et le samu, mon mari a été mordu, il saigne énormément",
      "dentiste en urgence, mon mari m'a cassé des dents hier soir, j'ai peur qu'il recommence",
    ],
  },
  {
    frame: 'a harm of the past and the care that follows; past and well now (blessure-passee-soins, passe-et-fini, sinistre-passe)',
    ordinary: [
      "mon chat s'est fait renverser l'an dernier, il y a un vétérinaire solidaire ?",
      "je me suis cassé le poignet en janvier, je cherche un kiné dans le quartier",
      "mon fils a eu une commotion au rugby il y a deux mois, il peut reprendre le sport ?",
      "notre lapin a été attaqué par un renard la semaine dernière, un véto pas cher ?",
      "ma fille s'est foulé la cheville au hand en mars, elle cherche un kiné du sport",
      "j'ai été agressée il y a 3 ans, maintenant ça va, mais je voudrais aider d'autres femmes, comment ?",
      "mon fils s'est fait renverser à vélo l'année dernière, aujourd'hui ça va, il veut reprendre le sport",
      "l'incendie de la salle des fêtes il y a deux ans, elle va être reconstruite ?",
      "ma voiture a brûlé l'an dernier devant chez moi, les travaux du parking sont prévus quand ?",
      "my husband fell off a ladder last summer, he needs physio, any near here?",
      "il y a quelques mois ma mère s'est brûlé la main en cuisinant, elle cherche un atelier de rééducation",
    ],
    danger: [
      "il y a 2 ans il m'a frappée et maintenant il est revenu devant chez moi",
      "l'incendie de l'an dernier a repris dans la cave, il y a de la fumée",
      "mon ex m'a agressée l'année dernière et il recommence à me menacer",
      "il m'a cassé le bras l'an dernier et maintenant il veut que je revienne, j'ai un kiné demain mais j'ai peur",
      "mon ex m'a frappée en février, depuis je dois voir un kiné et il me suit partout",
      "le chien du voisin a mordu mon fils l'été dernier et là il recommence, il saigne",
      "mon père s'est cassé la hanche l'an dernier et là il est tombé, il répond plus",
      "il y a un mois j'ai pris des cachets, le kiné dit que ça va mais ce soir je veux en finir",
      "mon mari m'a poussée dans l'escalier en mars, j'ai encore le plâtre et il me menace encore",
      "mon fils a été poignardé l'an dernier et les mêmes l'attendent en bas ce soir",
    ],
  },
  {
    frame: 'a detector that goes off over cooking or a shower; stifling summer heat (detecteur-qui-sonne-pour-rien, chaleur-qui-etouffe)',
    ordinary: [
      "le détecteur de fumée sonne dès que je fais des frites, je peux le déplacer ?",
      "l'alarme incendie de l'immeuble se déclenche pour rien toutes les nuits, à qui le dire ?",
      "my smoke detector beeps every time I make toast, is that normal?",
      "le détecteur bipe quand je prends une douche chaude, c'est la vapeur ?",
      "la fire alarm goes off for no reason in our building, who should we call?",
      "on étouffe dans la chambre des enfants l'été, il existe une aide pour des stores ?",
      "c'est une fournaise chez moi avec la canicule, il y a une salle rafraîchie ?",
      "on cuit littéralement au 5e étage en juillet, la rénovation prévoit l'isolation ?",
      "le bus est un sauna en été, la ligne a-t-elle la clim ?",
      "ça étouffe dans la salle de sport quand il fait chaud, ils ouvrent les fenêtres ?",
    ],
    danger: [
      "le détecteur sonne et il y a de la fumée partout dans le couloir",
      "l'alarme sonne quand j'ouvre la cuisine, ça sent le brûlé et je vois des flammes",
      "le détecteur de monoxyde sonne et on a tous mal à la tête",
      "ma grand-mère étouffe avec la canicule, elle est confuse et elle vomit",
      "le bébé étouffe de chaleur dans la voiture fermée au soleil",
      "on étouffe, il y a de la fumée qui rentre par les volets",
      "mon mari m'étouffe avec un oreiller quand il fait chaud la nuit, j'ai peur",
      "l'alarme sonne pour rien d'habitude mais là ça sent le brûlé très fort et il y a de la fumée noire",
      "mon père a fait un malaise avec la chaleur, il répond plus",
      "the smoke alarm goes off and there are flames in the kitchen",
    ],
  },
  {
    frame: 'second delivery — an event described with a violent word, sorrow "au cœur", killed by the effort, shaken by news, a month as a past date (ambiance-figuree, mal-au-coeur-figure, tue-par-l-effort, secoue-emotion, passe-et-fini)',
    ordinary: [
      "l'assemblée des copropriétaires était explosive hier, qui arbitre avec le syndic ?",
      'the tenants meeting was a bloodbath, who represents us now?',
      "ça me fait mal au cœur de jeter la nourriture, il y a une épicerie solidaire qui récupère ?",
      "ça lui fait de la peine de voir le parc sale, on peut organiser un ramassage ?",
      "ma fille a le cœur brisé depuis que sa copine a déménagé, il y a des activités pour se faire des amis ?",
      "chagrin d'amour à 15 ans, il y a un espace jeunes pour parler ?",
      "ma fille s'est fait massacrer par sa prof de gym tellement c'était dur, il y a plus tranquille ?",
      'la rando de dimanche m\'a tuée, il y en a une plus courte ?',
      "le cours de zumba m'a achevé, c'est quel jour déjà ?",
      'je me suis fait détruire par le coach au footing, il y a un groupe débutant ?',
      "mon mari est encore secoué par l'accident qu'il a vu, il y a un psy pas cher ?",
      "ma voisine est très secouée par la mort de son chat, il y a un groupe de parole ?",
      "mon oncle a fait un malaise en avril, c'est fini maintenant, il voudrait reprendre le vélo",
      "ma tante a été opérée en mai après sa chute, elle va mieux, une aide au ménage ?",
    ],
    danger: [
      "la fête des voisins a dégénéré, il y a un homme avec un couteau",
      "ça me fait mal au cœur et à la poitrine, j'ai mal au bras gauche",
      "j'ai le cœur brisé et je veux plus vivre, j'ai préparé les cachets",
      "j'ai une douleur dans la poitrine depuis une heure, ça me serre le cœur",
      "mon mari a secoué le bébé très fort, il est tout mou",
      "ma grand-mère est tombée en mai et là elle est encore par terre, elle répond plus",
      "la réunion était explosive et le voisin a sorti un couteau, il menace tout le monde",
      "mon coach m'a frappée pendant la séance, j'ai du sang au nez",
      "mon fils est tout secoué, un homme l'a suivi et l'attend en bas de chez nous",
      "le cœur brisé, j'ai avalé tous mes médicaments ce soir",
    ],
  },
];

describe('danger false alarms, third pass (frames): ordinary look-alikes get no numbers first', () => {
  for (const { frame, ordinary } of frames) {
    it.each(ordinary)(`${frame}: %j`, (message) => expect(numbersFirst(message)).toBe(false));
  }
});

describe('danger false alarms, third pass (frames): the same frames lived now keep the numbers first', () => {
  for (const { frame, danger } of frames) {
    it.each(danger)(`${frame}: %j`, (message) => expect(numbersFirst(message)).toBe(true));
  }
});
