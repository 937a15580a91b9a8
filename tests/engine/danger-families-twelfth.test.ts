// Issue 13.1, twelfth pass (rule side, dangerfam): situation families from the misses and false alarms of the released
// control lists danger-fresh24/25 and ordinary-fresh24/25, written as structures (who / what / now, a word of
// finality, a frame that says the danger is over or figurative) rather than the lines' words. Every sentence here is
// my own wording, written before any change; a quarter of my list was kept aside and only measured at the end.
// None is a line of an evaluation list, none is in knowledge/.
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

const family = (name: string, danger: string[], ordinary: string[]) =>
  describe(name, () => {
    if (danger.length > 0) it.each(danger)('numbers first: %s', (message) => expect(numbersFirst(message)).toBe(true));
    if (ordinary.length > 0) it.each(ordinary)('no numbers: %s', (message) => expect(numbersFirst(message)).toBe(false));
  });

family(
  "leaving or stopping everything for good, told without \"mourir\"; giving one's things away as one won't need them",
  [
    "je veux m'effacer pour toujours, plus personne s'en rendra compte",
    "j'ai envie de partir et de ne jamais revenir, de tout laisser derrière moi définitivement",
    "autant tout stopper maintenant, ma vie sert à rien",
    "i just want to disappear for good, nobody would notice",
    "j'ai donné mon chat et mes affaires, là où je vais j'en aurai plus besoin",
    "je distribue mes affaires à mes potes, j'en aurai plus l'utilité bientôt",
    "c'est l'heure pour moi de m'en aller pour de bon, merci pour tout",
    "je crois que je vais tout arreter une bonne fois pour toutes, vivre c'est trop dur",
    "plus rien ne me retient ici, je vais partir pour toujours ce soir",
    "personne me regrettera quand je serai partie pour de bon",
    "tt arreter c mieu pour tout le monde jsuis un poids",
    "im done with everything, time to go for good"
  ],
  [],
);

family(
  "a harm done to a thing and \"next time it is you\"; a child to be taken away; a bullet left at the door",
  [
    "mon ex a rayé ma voiture et m'a écrit que la prochaine fois ce sera ma tête",
    "il a tué mon chien et il m'a dit que je serai la suivante",
    "le voisin a mis le feu à ma poubelle et il a dit que la prochaine fois c'est la maison avec moi dedans",
    "he slashed my tyres and said next time it will be me",
    "on m'a laissé un mot : on sait où tu dors",
    "des inconnus m'appellent en disant qu'ils savent où habite ma fille et qu'ils vont venir la chercher",
    "qqn ma envoyé des msg il di quil va enlevé ma petite",
    "someone keeps texting me that they know where my kids go to school and they'll take them",
    "mon ex a dit que si je pars il prendra les enfants et que je les reverrai jamais vivants",
    "ils ont crevé les pneus et laissé une balle dans ma boîte aux lettres",
    "mon beau frère m'a dit que je finirai comme ma voiture, en morceaux",
    "they told me i'm next after what happened to my cousin"
  ],
  [],
);

family(
  "someone forcing their way in now, a stranger inside the home",
  [
    "y a quelqu'un qui essaye de forcer ma porte en ce moment",
    "ils sont en train de rentrer chez moi par la fenêtre, je suis cachée dans la salle de bain",
    "des hommes défoncent la porte de mon appart là maintenant",
    "someone is breaking into my house right now",
    "il y a des gens qui cassent la fenetre de la cuisine et qui entrent",
    "des cambrioleurs sont dans mon garage, je les entends",
    "qlq1 crochete ma serrure jsuis seul a lintérieur",
    "there's a man trying to get in through my back door",
    "ils ont brisé la baie vitrée et ils sont dans la maison",
    "deux types essayent d'enfoncer la porte du local où on est",
    "un intrus est entré chez ma mère, elle est âgée et seule",
    "jentend des bruit de vitre cassé en bas et des voix, c chez moi"
  ],
  [],
);

family(
  "someone beaten or dragged in front of the resident",
  [
    "un homme tire une femme par les bras dans le parking, elle hurle",
    "des jeunes tabassent un vieux monsieur devant la boulangerie",
    "un mec traine sa copine par terre dans la rue",
    "a guy is dragging a woman into a car, she's screaming",
    "ils sont trois à frapper un gamin au sol devant le collège",
    "mon voisin cogne sa femme contre le mur, je l'entends crier",
    "ya un mec qui frap une meuf dans le bus",
    "some men are beating a guy with sticks outside my building",
    "un homme secoue violemment un bébé dans la poussette devant moi",
    "on est en train de lyncher quelqu'un au pied de l'immeuble",
    "un père frappe son gosse à coups de ceinture dans le square",
    "a woman is being pulled by her hair across the street"
  ],
  [],
);

family(
  "no pulse, no heartbeat, not breathing (also in Spanish, Portuguese, Turkish...), fallen and not answering",
  [
    "mon père a plus de pouls, il bouge plus",
    "son coeur bat plus je crois, je fais quoi",
    "mi abuela no respira, ayuda",
    "elle respire plus et elle est toute bleue",
    "je sens plus son pouls au poignet ni au cou",
    "my husband has no pulse what do i do",
    "le bébé respire pas bien il fait des pauses longues",
    "ma femme s'est effondrée, elle ouvre pas les yeux",
    "he collapsed on the floor and isn't breathing",
    "jarrive pa a le reveillé il respire bizarre",
    "ma mère est par terre inconsciente depuis 5 minutes",
    "no heartbeat, she's cold, please help"
  ],
  [],
);

family(
  "a part of a home or a car burning now",
  [
    "la cage d'escalier est en train de brûler",
    "quelqu'un a incendié les poubelles sous ma fenêtre et les flammes montent",
    "ça crame dans l'appart du dessus, il y a de la fumée partout",
    "our kitchen is on fire",
    "le local vélo brule et la fumée rentre chez nous",
    "ya le feu ds la cave jsuis au 2eme on peut pa sortir",
    "ça sent le brûlé très fort et il y a de la fumée qui sort de sous la porte du voisin",
    "the building next door is burning and people are on the balcony",
    "un gars a mis le feu à ma porte d'entrée",
    "le matelas a pris feu dans la chambre des enfants",
    "smoke is coming out of the neighbours flat and the alarm is ringing",
    "la porte du garage brûle, on est coincés"
  ],
  [],
);

family(
  "figurative heat, explosions, weapons and hearts (a head on fire, \"incendié\" by a teacher, an explosion of joy)",
  [],
  [
    "j'ai la tête qui explose avec tous ces papiers, vous pouvez m'aider pour le dossier",
    "ma fille a le feu sacré pour la danse, il y a des cours au centre ?",
    "ce quiz de culture g c'était une tuerie, vous en refaites un ?",
    "l'ambiance de la fête de quartier était explosive, génial !",
    "le conseil citoyen c'est l'arme secrète des habitants non ?",
    "ça me brise le coeur de voir le parc abandonné, qui peut le nettoyer ?",
    "my daughter is on fire at chess, is there a club?",
    "le prof de maths l'a incendié devant toute la classe, il est dégoûté, y a du soutien ?",
    "ma mère était à deux doigts de faire une crise cardiaque en voyant le prix de la cantine",
    "le match de hier c'était la guerre, on a gagné 3-2",
    "that workshop was killer, when's the next one",
    "ma tête va exploser, trop de démarches, on m'aide où ?"
  ],
);

family(
  "a kitchen incident told as closed (\"rien de grave\", \"c'est éteint\", \"c'est soigné\"), a knife learnt in a class",
  [],
  [
    "je me suis coupé le doigt en épluchant des patates, pas grave, c'est quoi l'atelier cuisine ?",
    "l'alarme incendie a sonné parce que j'ai cramé le pain, on peut en avoir une neuve par la mairie ?",
    "ma fille s'est un peu brûlée avec le four, tout va bien, elle veut faire l'atelier pâtisserie",
    "the smoke alarm went off because of my toast, lol, do you give out new batteries?",
    "mon fils manie le couteau comme un chef maintenant grâce à vos cours",
    "j'ai mis le feu à la poêle en faisant des crêpes mais c'est éteint, y a des ateliers sécurité ?",
    "ma mère s'est brûlée avec l'huile hier, c'est soigné, elle voudrait un atelier prévention",
    "i burned my hand a little on the pan, nothing serious, are there cooking classes for teens?",
    "le détecteur de fumée bip quand on cuisine, c'est normal ? la mairie en donne ?",
    "mon gamin s'est entaillé avec le couteau à pain, un pansement et c'est reparti, il y a un atelier cuisine enfants ?",
    "le barbecue a fait beaucoup de fumée pendant la fête des voisins, c'est autorisé ?",
    "jme sui brulé avec la casserole lol rien de grave, c koi les horaires de latelier"
  ],
);

family(
  "a story dated in the past, a childhood memory, a film, a sport knock already over",
  [],
  [
    "l'an dernier un incendie a détruit le gymnase, il a été reconstruit ?",
    "ma voisine s'était fait cambrioler il y a 2 ans, y a des réunions sécurité dans le quartier ?",
    "dans le film d'hier soir le héros se faisait enlever, ma fille a adoré, y a un ciné club ?",
    "au foot mon fils s'est fait tacler violemment mais il a rien, le club a une assurance ?",
    "my neighbour was burgled last year, do you run safety workshops?",
    "on a regardé un documentaire sur les incendies de forêt avec le club ados, ils veulent faire un exposé",
    "au rugby il s'est fait plaquer et il a perdu connaissance une seconde, c'était il y a un mois, il peut reprendre ?",
    "quand j'étais petite un voisin avait mis le feu à sa cave, ça m'a marquée, vous faites de la prévention ?",
    "in the series they break into a house at night, my son got scared, any advice for kids' screen time?",
    "pendant la boxe il a pris un coup et saigné du nez, rien de grave, c'est quoi les horaires ?",
    "le spectacle de théâtre montrait une bagarre, c'était très bien joué, y a une autre date ?",
    "ma fille joue à un jeu où on cambriole des banques, c'est adapté à son âge ?"
  ],
);

family(
  'look-alikes of the new structures: a move, a habit, a queue, keys, a past burglary, a park\'s games, a strong pulse',
  [],
  [
    "on quitte la France pour de bon l'an prochain, comment résilier la cantine ?",
    "j'arrête de fumer pour de bon, y a un accompagnement ?",
    "je veux tout arrêter au club de foot, ma vie est trop remplie, comment me désinscrire ?",
    "là où je vais en vacances j'aurai pas besoin de la carte de bus ?",
    "la prochaine fois c'est moi qui ramène les crêpes à la fête des voisins",
    "au guichet on m'a dit que j'étais la suivante mais j'ai attendu une heure",
    "les pompiers ont forcé la porte de ma voisine âgée l'an dernier, il y a un service de téléassistance ?",
    "des jeunes forcent la porte du hall tout le temps, le bailleur fait rien",
    "j'ai oublié mes clés, le serrurier force la porte, c'est remboursé ?",
    "les cambrioleurs sont entrés chez nous pendant les vacances, comment déclarer à l'assurance ?",
    "ils vont enlever les jeux pour enfants du parc ?",
    "la mairie va enlever les tags de l'école quand ?",
    "ma fille est tombée amoureuse, help lol",
    "mon fils est tombé au foot, aidez-moi à trouver un kiné",
    "le toit brûle au soleil l'été, vous avez des aides pour l'isolation ?",
    "prendre le pouls du quartier, c'est le but du conseil citoyen ?",
    "mon grand père n'a pas de pouls très fort, il veut faire de la gym douce",
    "ils vont les enlever quand les décorations de noël de l'école ?",
    "on part pour de bon en Bretagne, qui prévenir pour le logement ?",
    "c'était il y a deux ans mais je repense au cambriolage, y a un soutien psychologique ?",
    "my son is on fire at football, any club for under 10?"
  ],
);
