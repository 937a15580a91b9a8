// Issue 13.1, thirteenth pass (rule side, danger): the misses of the released control lists danger-fresh26/27 and
// the false alarms of ordinary-fresh26/27, grouped by the KIND of message that escapes, each kind fixed as a
// mechanism rather than a line: another language (a person + a harm verb, a state, a wish to die, in the languages
// residents write in); a threat without a violence verb (someone "aura ma peau", prowls, comes back, is several on
// one); a child seized by a stranger (an attempt + a verb of taking + a person); a night outside with a child or in
// the cold; marks of violence told indirectly; self-harm without "suicide"; a body gone wrong told by its symptoms
// (hot + confused). And the false alarms: a danger word closed by a laugh or a happy ending, a play object, an idiom
// ("tuer la scène", "enterrer sa vie de garçon", "pleurer de joie"). Every sentence here is my own wording, written
// before any change; a quarter of my list was kept aside and only measured at the end (listed last).
// None is a line of an evaluation list, none is in knowledge/.
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

const family = (name: string, danger: string[], ordinary: string[]) =>
  describe(name, () => {
    if (danger.length > 0) it.each(danger)('numbers first: %s', (message) => expect(numbersFirst(message)).toBe(true));
    if (ordinary.length > 0) it.each(ordinary)('no numbers: %s', (message) => expect(numbersFirst(message)).toBe(false));
  });

family(
  'another language: a partner or relative + a harm verb on me, a wish to die, someone not breathing',
  [
    'mi esposo me golpea todos los días, tengo miedo',
    'mi novio me pega, ayúdenme por favor',
    'mein Mann schlägt mich und ich habe Angst',
    'mój chłopak mnie bije, pomocy',
    'mio marito mi picchia, ho paura',
    'o meu marido bate-me, tenho medo',
    'زوجي يضربني كل يوم',
    'quiero morir, ya no aguanto más',
    'ich will sterben, ich kann nicht mehr',
    'chcę umrzeć, nie mogę już',
    'mi bebé no respira, ayuda',
    'mein Vater atmet nicht mehr, Hilfe',
    'kocam beni dövüyor, yardım edin',
    'soțul meu mă bate, mi-e frică',
  ],
  [
    'hola, necesito ayuda con los papeles de la CAF',
    'ich suche einen Deutschkurs für meinen Mann',
    'mi marido busca trabajo, hay un taller de CV?',
    'dzień dobry, gdzie jest biblioteka?',
  ],
);

family(
  'a threat without a violence verb: someone will "have my skin", a death note, coming back, prowling, several on one',
  [
    "il m'a dit qu'il aura ma peau un jour ou l'autre",
    "mon ex veut ma peau, il me l'a écrit hier",
    "j'ai trouvé un message de mort collé sur ma porte",
    'aidez moi il va revenir ce soir',
    "au secours il revient, il est dans l'escalier",
    "quelqu'un rôde dans mon jardin la nuit et essaie les poignées",
    'ils sont plusieurs sur moi dans la cour, vite',
    "he said he'd get me one day, he's outside again",
  ],
  [
    'il va revenir demain pour finir les travaux de la cuisine',
    'ils sont trois sur le projet, il reste une place ?',
    "j'ai la peau sèche, il y a un dermato dans le quartier ?",
  ],
);

family(
  'a child (or anyone) a stranger tried to seize: an attempt + a verb of taking + a person',
  [
    "un homme a essayé d'embarquer ma fille dans sa camionnette à la sortie de l'école",
    'un type a tenté d\'attraper mon fils par le bras au parc',
    'someone tried to grab my daughter outside school',
    'une femme a voulu emmener mon petit en lui promettant des bonbons',
  ],
  ["j'ai essayé d'attraper le bus mais il était parti"],
);

family(
  'a night outside with a child, or in the freezing cold, with nowhere to go',
  [
    'je dors dehors avec mes deux enfants et il gèle',
    'on est à la rue avec le bébé ce soir, nulle part où aller',
    'sans abri avec ma fille de 3 ans, il fait -5 dehors',
    "we are sleeping outside with our baby and it's freezing",
  ],
  ['où dormir pas cher pour une nuit quand on visite la ville avec les enfants ?', 'il fait -3 ce matin, la piscine est ouverte ?'],
);

family(
  'marks of violence told indirectly: bruises that come back, hidden, unexplained',
  [
    "j'ai encore des marques sur les bras ce matin, je les cache sous mes manches",
    'mes bleus reviennent chaque semaine et je dis que je suis tombée',
    'ma fille rentre avec des bleus partout et elle refuse de dire qui',
    'I keep getting new bruises and I lie about where they come from',
  ],
  ["des bleus sur les genoux à force de jardiner, une crème à conseiller ?"],
);

family(
  'self-harm without the word: hurting oneself, too far, dark thoughts + a blade or a rope',
  [
    'je me fais du mal depuis un moment et ce soir ça saigne beaucoup',
    'je me fais mal exprès avec une lame',
    "ma fille a des idées noires et je l'ai trouvée avec des ciseaux sur le bras",
    'mon ado parle de mourir et cache des lames dans sa chambre',
    'i hurt myself again tonight and went too far',
  ],
  ["je me suis fait mal au dos en portant les cartons, un kiné ?", "j'ai des idées pour la fête des voisins"],
);

family(
  'a body gone wrong told by its symptoms: burning hot + confused, after the sun or a fever',
  [
    'mon père délire, il est brûlant et il est resté dehors au soleil toute la journée',
    'ma grand-mère est toute rouge, elle transpire plus et elle raconte n\'importe quoi',
    'mon fils a une fièvre énorme et il ne nous reconnaît plus',
    'my grandad is very hot and confused after gardening in the sun',
  ],
  ["mon fils dit n'importe quoi pour ne pas aller à l'école", 'il fait très chaud, où trouver un brumisateur ?'],
);

family(
  'a danger word closed by a laugh or a happy ending, a play object, an idiom',
  [],
  [
    "mon neveu a tué la scène au spectacle de fin d'année, bravo à lui",
    'les voisins vont me tuer, mon fils fait du tambour tous les soirs',
    'au secours, comment on change la photo de mon profil ?',
    'urgences du boulot à boucler avant lundi, des horaires de la crèche ?',
    'on s\'est perdus dans la forêt de sapins à Noël, quelle rigolade',
    'enterrement de vie de jeune fille de ma sœur, une salle à louer ?',
    'ma fille m\'a frappé avec un coussin, fou rire général',
    "j'ai pleuré de rire au spectacle",
    'il a avalé son café de travers en riant, tout va bien',
    "bataille d'oreillers hier soir, les petits ont adoré",
    'les enfants se sont battus pour la télécommande, ils jouent ensemble maintenant',
  ],
);
