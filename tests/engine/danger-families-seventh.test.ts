// Issue 13, seventh pass ("recall"): danger recall on unseen text. Families of telling behind the misses of the
// control lists danger-fresh11 and danger-fresh13 (written by people who never saw the detector) and of my own lists
// written before any change (own1 56/60, own2 53/60), fixed as mechanisms, not lines: word classes of danger.yaml
// ("{mal-promis}": the price named in a threat) and structural patterns. Every sentence here is my own wording;
// none is a line of an evaluation list, none is in knowledge/.
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

describe('threats as told: the price of speaking or leaving, veiled threats (recall pass)', () => {
  it.each([
    // conditional: if I speak, leave, complain… then any harm (class mal-promis)
    "il m a dit que si je vais voir les flics il me retrouve et il m acheve",
    "si je le quitte il dit qu il tue mon chat et moi ensuite",
    "mon mari répète que si j appelle qui que ce soit il me bute",
    "si tu portes plainte je te retrouverai partout, c est ce qu il m a écrit",
    "il m a prévenue : si je pars, mes parents pleureront à mon enterrement",
    "si je témoigne ils disent qu ils s occuperont de mon petit frère, je fais quoi",
    "si jparle a qqn il me fini c ce qu il a dit",
    "il a dit que si je divorce il me défigure",
    "he said if i leave him he'll kill me",
    "my ex says if i call the police i'll end up in hospital",
    "si je porte plainte son cousin s occupe de ma soeur, ils me l ont dit",
    "elle dit que si je dis un mot au juge elle tue mon fils",
    // veiled threats, no condition
    "j ai reçu un sms \"on sait ou tu habites\" avec une photo de ma porte",
    "ils savent où je travaille et ils m attendent",
    "mon ex m a laissé un message : profite bien de tes dernières heures",
    "quelqu un a écrit sur ma boîte aux lettres que mes jours sont comptés",
    "il me répète que personne me retrouvera jamais si je continue",
    "il m a dit qu on retrouverait jamais mon corps",
    "il m a promis que la prochaine fois je finirai à l hôpital",
    "mon copain m a menacée, si je recommence je finis au cimetière",
    "il a crié que c était la dernière fois que je voyais mes gosses",
    "he texted me enjoy your last night",
    "my ex told me nobody will ever find me",
    "mon beau père a déjà failli la tuer l an dernier et il est revenu",
    "he has already nearly strangled me twice",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "si je porte plainte contre mon proprio, il faut aller où ?",
    "si je pars en vacances, ma voisine s occupe de mon chat",
    "si je quitte mon logement social je retrouve un autre logement ?",
    "si je parle au conseiller il me retrouve un emploi ?",
    "si je pars avant la fin du contrat il faut prévenir qui ?",
    "le médecin m a prévenu que je finirais à l hôpital si je continue de fumer",
    "profite bien de tes dernières vacances avant le collège !",
    "c est ma dernière journée de stage, je profite de mes derniers jours avant la rentrée",
    "je sais où tu habites, je passe te déposer le colis demain",
    "on sait où tu travailles ? je cherche l adresse de la mission locale",
    "ma fille est la dernière fois que je vois mes enfants avant les vacances, la garde alternée commence",
    "la prochaine fois je finirai le dossier à la maison",
    "if i leave the job early, do i still get paid?",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('followed, barricaded, not safe at home (recall pass)', () => {
  it.each([
    "un homme marche derrière moi depuis la boulangerie, quand je traverse il traverse",
    "une moto roule derrière moi depuis 15 minutes et ralentit quand je ralentis",
    "il y a un type qui s arrête quand je m arrête, j ai peur",
    "ya 1 mec ki marche derrier moi depui le tram jai peur",
    "someone has been walking behind me for ten minutes and stops when i stop",
    "a car is driving behind me since the motorway exit and i'm scared",
    "il est rentré bourré, il a tout renversé, je suis dans la salle de bain avec les petits",
    "mon mari est arrivé ivre et il hurle, on s est coincés dans la chambre",
    "j ai mis le canapé contre la porte, il est furieux dehors",
    "j ai bloqué la porte de la chambre avec les enfants, il est complètement saoul",
    "je ne suis plus en sécurité chez moi depuis qu il est revenu",
    "on est pas en sécurité avec lui, il a encore cassé des choses",
    "i don't feel safe at home with my husband",
    "s il m arrive quelque chose, ce sera mon mari",
    "si vous me voyez plus demain c est lui",
    "if anything happens to me, it was my ex",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "le bus roule derrière moi depuis ce matin lol, il est toujours en retard",
    "je me sens pas en sécurité dans le quartier le soir, il y a des rondes ?",
    "je me sens plus en sécurité chez moi depuis le cambriolage, une aide pour une alarme ?",
    "s il m arrive quelque chose au travail, c est l assurance de qui ?",
    "la porte est bloquée, j ai appelé le bailleur",
    "j ai bloqué la porte du garage avec une cale, elle claquait",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('the end told sideways, and a relative showing its signs (recall pass)', () => {
  it.each([
    "je vais tout lâcher cette nuit, pardon à tous",
    "jvai tout arreter demain, merci pour tout vous étiez bien",
    "je lâche tout pour de bon, je vous aime",
    "dans deux jours je serai partie pour toujours, personne comprendra",
    "jserai plus la pour de bon apres ce soir",
    "j ai pris ce qu il fallait à la pharmacie, désolée d avance",
    "j ai trouvé ce qu il faut pour en finir, c est pour cette nuit",
    "plus rien, plus personne, pardon maman",
    "le balcon c est la seule solution qui me reste",
    "sauter ça me semble la seule issue maintenant",
    "i think jumping is the only way out",
    "j ai écrit ma lettre d adieu, ce sera pour ce soir",
    "my will is written, it's happening tonight",
    "mon père a donné toutes ses affaires cette semaine et maintenant il répond plus",
    "ma soeur a offert ses bijoux à tout le monde et elle dit qu elle veut en finir",
    "my mum gave away all her things and locked herself in the bathroom",
    "mon grand père dit qu il va rejoindre mamie ce soir, elle est décédée en mars",
    "my dad says he'll be with mum soon, she died last year, and he sounds weird",
    "ma tante a fait une grosse bêtise avec ses somnifères",
    "papa a fait une connerie avec ses cachets, il dort et je le réveille pas",
    "mon pote parlait de se faire du mal hier soir et là il répond plus",
    "ma coloc a dit qu elle voulait plus être là",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "je vais tout arrêter, la formation c est pas pour moi, merci pour tout",
    "demain je serai partie pour de bon du quartier, qui prévenir pour les clés ?",
    "j ai acheté ce qu il fallait pour le gâteau d anniversaire, merci",
    "aérer par la fenêtre c est la seule solution contre la moisissure ?",
    "le train c est la meilleure solution pour aller à Lille",
    "je dois faire mon testament, c est pour demain chez le notaire",
    "j ai donné toutes mes affaires de bébé, plus besoin",
    "je vais voir ma mère ce soir à la maison de retraite",
    "j ai fait une bêtise avec mes médicaments, j ai oublié de les prendre hier",
    "il parlait d en finir avec ses dettes",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('taken away, a fake tradesman inside, someone in my bed at night (recall pass)', () => {
  it.each([
    "ma petite soeur s est fait kidnapper à la sortie du collège",
    "mon fils a été enlevé par sa mère qui a perdu la garde, ils sont partis vers la gare",
    "mon frère s est fait embarquer de force par trois mecs",
    "deux types ont poussé mon voisin dans le coffre d une voiture grise",
    "ils l ont mis dans leur coffre et ils ont démarré",
    "they bundled my cousin into a van outside the shop",
    "someone has my daughter and they want 2000 euros or else",
    "des gens retiennent mon mari et demandent une rançon",
    "un faux agent des eaux est chez ma grand mère et il refuse de partir",
    "le soi disant technicien a poussé mamie et il est encore dans l appart",
    "a fake police officer is inside my nan's flat and won't leave",
    "mon beau père se glisse dans mon lit la nuit et je veux pas",
    "le soir il rentre dans ma chambre et il me touche, c est un secret il dit",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "mon fils s est fait enlever une dent de lait chez le dentiste",
    "ma fille s est fait enlever les amygdales la semaine dernière",
    "j ai mis les courses dans le coffre et le chien à l arrière",
    "ils ont mon fils à la crèche et demandent 200 euros de frais, c est normal ?",
    "attention aux faux plombiers chez les personnes âgées, il y a une réunion d info ?",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('a body, someone stiff and silent, a needle, a dog, someone pinned; a fire set, smoke from an appliance (recall pass)', () => {
  it.each([
    "jai vu un corps qui flotte dans la riviere",
    "y a un cadavre dans le local à vélos",
    "we found a body near the canal path",
    "mon oncle est par terre il répond plus il est tout froid",
    "la dame du banc respire pas, elle est toute bleue",
    "he's not breathing and he's cold",
    "mon fils s est piqué avec une seringue trouvée au parc",
    "les petits ont ramassé des seringues, le grand s est piqué",
    "my daughter got pricked by a needle in the sandpit",
    "un chien attaque un petit garçon devant l école",
    "le pitbull du voisin est en train de mordre ma fille",
    "two dogs are attacking a woman in the park",
    "un ouvrier est coincé sous un camion sur le chantier",
    "ma mère est coincée sous l armoire qui est tombée",
    "a kid is trapped under the garage door",
    "des jeunes ont mis le feu au local poubelles, ça monte",
    "quelqu un a mis le feu à la porte de ma voisine",
    "ya de la fumée qui sort de la prise du salon",
    "de la fumee sort du micro ondes et ca sent le plastique",
    "smoke is coming out of the washing machine",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "le corps enseignant du collège fait grève ?",
    "j ai trouvé le corps d un pigeon sur mon balcon, qui appeler ?",
    "le radiateur répond plus, l appart est tout froid",
    "l infirmière m a piqué avec une seringue pour la prise de sang",
    "mon chien mord mon fils en jouant, un dresseur ?",
    "le chanteur a mis le feu à la salle hier soir",
    "on a mis le feu aux feuilles mortes dans le jardin, c est autorisé ?",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

// Families of the misses of my lists 3 and 4 (written after the three first landings, measured before tuning: 52/60
// and 52/60 — the same as before the pass: the first families had not reached them).
describe('own lists 3/4: harm in plain words, coercion, screams then silence, drunk at the wheel (recall pass)', () => {
  it.each([
    "mon frère m a dit qu il me pète les dents si je sors encore",
    "il va me casser les jambes, il l a juré",
    "mon père lui a cassé la mâchoire hier soir",
    "le patron a brûlé mes papiers et il garde mon salaire",
    "mon mari a déchiré mon titre de séjour pour que je parte pas",
    "he tore up my passport so i can't leave",
    "il m a traînée jusqu à sa voiture par le bras",
    "il m oblige à regarder des films porno et à faire pareil",
    "mon cousin la force à toucher son sexe",
    "on a entendu des hurlements chez le voisin et puis plus rien",
    "there was screaming next door and then nothing",
    "mon copain roule bourré sur la rocade avec le bébé à l arrière",
    "my husband is driving drunk with the kids right now",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "le dentiste va me casser les dents avec ses tarifs lol",
    "mon chien a déchiré mes papiers de la caf, je refais comment ?",
    "il a perdu son permis pour conduite en état d ivresse, il peut avoir une aide pour les transports ?",
    "les enfants criaient dans la cour puis plus rien, la sonnerie",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('own lists 3/4: the end told sideways, second series (recall pass)', () => {
  it.each([
    "je serai bientôt plus un poids, c est promis",
    "ma fille dit qu elle sera plus un problème pour personne après ce soir",
    "j ai envie de m effacer, complètement",
    "je voudrais m éteindre doucement",
    "j ai fait trois pharmacies pour avoir assez de cachets",
    "j ai acheté du doliprane un peu partout pour en avoir suffisamment",
    "je regarde les trains passer, j ai plus la force",
    "assise au bord du quai je regarde les rails, plus personne m attend",
    "depuis la mort de maman papa mange plus, il dit qu il la rejoint bientôt",
    "ma grand mère veuve dit qu elle le retrouvera ce soir",
    "he said he won't be a burden much longer",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "l humidité sera plus un problème après les travaux",
    "je veux m effacer des listes de diffusion de la mairie",
    "la pharmacie de garde, il y en a plusieurs pharmacies ouvertes dimanche ?",
    "mon fils regarde les trains passer depuis le pont, il adore",
    "on se rejoint ce soir à la fête des voisins",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('own lists 3/4: a child left alone or unfed, a teenager not home (recall pass)', () => {
  it.each([
    "la voisine laisse ses deux petits seuls toute la nuit pour sortir",
    "mon ex laisse notre fille de 6 ans toute seule tout le week end",
    "ils laissent le bébé seul depuis hier, il pleure",
    "she leaves her kids alone all weekend",
    "ma tante ne leur donne plus à manger depuis des jours",
    "mon père ne nous donne rien à manger quand maman est pas là",
    "ma fille de 14 ans est toujours pas rentrée et son téléphone est éteint, il est 2h",
    "mon fils est pas rentré de la nuit, son portable est sur messagerie",
    "mon ado ne rentre pas, son tel sonne dans le vide depuis hier",
    "my daughter didn't come home and her phone is switched off",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "les restos du coeur ne nous donnent plus à manger le lundi ?",
    "mon fils est pas rentré, il a prévenu qu il dormait chez son père",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});

describe('own lists 3/4: a stroke by its signs, someone lying in the street (recall pass)', () => {
  it.each([
    "mon père voit double et il parle bizarre depuis une heure",
    "ma mère voit plus d un oeil et elle a le bras engourdi",
    "je vois double et j ai la tête qui tourne, je suis seul",
    "my husband is seeing double and his speech is slurred",
    "un homme est allongé sur le trottoir et les gens passent",
    "une dame est couchée par terre dans la rue depuis ce matin",
    "y a un sdf allongé sur le parking, personne s arrête",
    "un jeune est étendu sur la chaussée et il bouge plus",
    "a man is lying on the pavement and people are walking past",
    "un vieux monsieur couché dans l escalier du métro, personne l aide",
  ])('numbers first: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });
  it.each([
    "je vois double sans mes lunettes, un ophtalmo pas cher ?",
    "il y a une dame couchée sur la plage",
  ])('no numbers: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});
