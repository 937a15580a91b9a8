// Issue 13.1, eleventh pass (rule side): families from the misses and false alarms of the released control lists
// danger-fresh20/22/23 and ordinary-fresh20/22/23, and from my own list (48 danger messages, 44 look-alikes, written
// before any change; a quarter kept aside, never read while tuning). Each family is a situation, whatever the words:
// a hit told simply (a child, broken French); despair carried out by gas or hunger, a glass of pills; a death
// sentence reported; a knock on the head with warning signs, someone frail on the floor since the night; a birth under
// way; a little one who swallowed a vape refill, essential oil or a button battery ("il l'a bu"); a drunk about to
// drive; children on the tracks with a train coming; a stranger who says they will take my child; petrol at the door;
// a shooting threatened at a place. The false-alarm side: worn out "killed" at work or by prices, stabbed in the back
// by a colleague, drowning in revision, "he'll kill me with his homework", an urgent meeting or an emergency
// childminder, farewells with their reason (a move, retirement), a letter for a birthday.
// Every sentence here is my own wording; none is a line of an evaluation list, none is in knowledge/.
// Look-alikes written for these families that only the learned net flags (≥ 0.92), left to its rebuild (dnet): "mon
// coach dit que je verrai la fin du marathon si je m'entraîne", "le bébé vomit un peu après le biberon, la PMI ?",
// "j'ai la tête qui tourne quand je me lève trop vite", "comment ranger la javel hors de portée des enfants ?",
// "où recycler les piles bouton de la télécommande ?", "mon bébé a bu tout son biberon de lait ce matin".
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

const family = (name: string, danger: string[], ordinary: string[]) =>
  describe(name, () => {
    it.each(danger)('numbers first: %s', (message) => expect(numbersFirst(message)).toBe(true));
    if (ordinary.length > 0) it.each(ordinary)('no numbers: %s', (message) => expect(numbersFirst(message)).toBe(false));
  });

family(
  'a hit told simply: a child, broken French ("papa tape maman", "mari taper moi")',
  [
    'papa frappe maman dans la cuisine',
    'mon beau père tape ma petite soeur tous les soirs',
    'tonton cogne maman elle pleure',
    'mari frapper moi tous les jours, aider svp',
    'monsieur taper moi et enfants, moi pas parler bien',
    'maman elle tape bébé trop fort',
    'mon grand frère étrangle maman venez',
    'il frappe sur maman avec la chaise',
    'le mari de la voisine tabasse sa femme encore',
    'mon copain secoue le bébé quand il pleure',
    'papa gifle mamie parce qu elle a oublié',
  ],
  [
    'papa tape un courrier pour la caf, il faut une imprimante ?',
    'mon fils tape sur son clavier toute la nuit, un atelier jeux vidéo ?',
    'maman tape le code de l immeuble et ça marche pas',
    'mon mari tape dans le mur pour poser une étagère, on peut le soir ?',
    'ma fille tape dans le ballon au city stade, y a un club ?',
    'papa bat maman aux échecs tous les dimanches mdr',
    'mon frère me bat toujours à fifa, un tournoi au club ados ?',
    'le soleil tape fort sur le balcon, un store est possible ?',
    'il frappe à la porte pour le colis, c est le livreur',
    'maman secoue le tapis par la fenêtre, c est interdit ?',
  ],
);

family(
  'despair carried out by gas, by hunger, with a glass of pills; no wish to be here any more',
  [
    'je vais faire sauter l appart avec la bouteille de gaz, plus rien à perdre',
    'j ai ouvert le gaz sans allumer et je vais m allonger',
    'je mange plus rien exprès depuis une semaine pour que tout s arrête',
    'j arrête de boire et de manger jusqu à ce que ça s arrête',
    'je vais me laisser mourir de faim, personne le verra',
    'j ai plus envie d être là, ça sert à rien',
    'aucune envie d exister, je suis fatigué de tout',
    'j ai un verre plein de somnifères devant moi',
    'une poignée de medocs dans la main et je vais tout avaler',
    'mon frère a arrêté de s alimenter volontairement depuis que sa femme est partie',
    'ma mère dit qu elle va ouvrir le gaz pour en finir',
  ],
  [
    'j ai arrêté de manger de la viande exprès pour la planète, un atelier cuisine végé ?',
    'j arrête de manger le midi pendant le ramadan, la cantine de mon fils prévoit quoi ?',
    'le médecin m a dit d arrêter de manger avant la prise de sang',
    'mon fils a arrêté de manger des bonbons exprès pour le défi de l école',
    'j ai pas envie d être là à la réunion de samedi, je peux envoyer quelqu un ?',
    'plus envie d être là bas au club de foot, ils sont méchants avec mon fils',
    'un verre d eau avec mes cachets le matin, c est ce que dit le médecin',
    'je prends une poignée de cachets chaque matin pour la tension, une aide pour la pharmacie ?',
    'la bouteille de gaz de la gazinière est vide, où en acheter une ?',
    'le gaz a été coupé par le bailleur pour les travaux, jusqu à quand ?',
    'on a fait sauter les plombs avec le four, qui appeler ?',
  ],
);

family(
  'a death sentence reported ("il dit que je suis un homme mort", "je verrai pas la fin du mois")',
  [
    'ses cousins disent partout que je suis un homme mort',
    'on m a fait savoir que j étais déjà mort si je reviens au quartier',
    'il a écrit sur mon mur que je suis une femme morte',
    'le grand frère de mon ex m a dit que je verrai pas noël',
    'il m a prévenu que je passerai pas la semaine',
    'elle raconte à tout le monde que je verrai pas mon anniversaire',
    'he texted me that I am a dead man',
    'they told my cousin I am dead meat when they find me',
    'le dealer a dit à ma soeur que je suis un homme mort',
    'ils ont crié sous ma fenêtre que je fêterai pas la rentrée',
  ],
  [
    'ma soeur dit que je suis morte de rire à chaque atelier théâtre',
    'mon fils dit que je suis mort au jeu, il a gagné la partie lol',
    'le médecin dit que je suis mort de fatigue, une aide ménagère ?',
    'elle dit que je suis un homme mort si je mange encore sa part de gâteau mdr',
    'ma mère m a dit que je passerai la fin de la semaine chez ma tante',
    'il m a dit que je verrai la mer cet été avec le centre social',
    'ma mère dit que je passerai la semaine chez mamie pendant les vacances',
    'he said I am dead tired after the night shift, any evening sport?',
    'on m a dit que la fête de fin d année est complète',
    'il dit que je suis mort de honte après le spectacle, c est mignon',
  ],
);

family(
  'a knock on the head with warning signs; someone frail on the floor since the night',
  [
    'mon fils est tombé du toboggan sur la tête et il vomit depuis',
    'la petite s est cognée la tête contre la table et elle dort sans arrêt, je la réveille pas bien',
    'mon bébé est tombé de la table à langer, il a une bosse et il est tout mou',
    'mon père a chuté dans l escalier, il a pris un choc à la tête et il dit n importe quoi',
    'ma fille a heurté la tête au foot, elle est confuse et elle vomit',
    'my toddler fell off the bed onto his head and keeps throwing up',
    'j ai trouvé la voisine de 80 ans par terre ce matin, elle est tombée cette nuit, elle est glacée',
    'mamie est tombée dans le couloir et elle est au sol depuis des heures, elle arrive pas à se relever',
    'mon grand père a chuté, il est resté par terre toute la nuit, il a froid',
    'grandma fell and has been on the floor all night, she is confused',
    'ma mère de 90 ans est tombée, elle est par terre depuis hier soir et elle parle bizarre',
  ],
  [
    'mon fils est tombé sur la tête au judo la semaine dernière, il va bien, c est normal d avoir mal ?',
    'ma fille s est cogné le coude à la récré hier, elle va bien, l école doit prévenir ?',
    'ma fille s est cogné la tête hier et elle va bien, où acheter des protections d angle ?',
    'la petite est tombée de vélo, rien de grave, un atelier vélo pour apprendre ?',
    'mon grand père a la tête dure, il veut pas de téléassistance, comment le convaincre ?',
    'mamie tombe de temps en temps, la téléassistance c est combien ?',
    'mon grand père est tombé l an dernier, il marche avec une canne maintenant, une aide à domicile ?',
    'on dort par terre depuis le dégât des eaux, un relogement est possible ?',
    'mon téléphone est tombé par terre et l écran est cassé, une réparation pas chère ?',
    'ma fille a pris un coup de tête au foot, elle va bien, le club a une assurance ?',
  ],
);

family(
  'a birth under way',
  [
    'urgent ma soeur accouche dans la salle de bain',
    'ma femme a perdu les eaux et les contractions sont toutes les 3 minutes',
    'elle est en train d accoucher dans le hall',
    'ma copine accouche maintenant, la tête du bébé sort',
    'my wife is in labour in the car, we are stuck in traffic',
    'her water broke and the baby is coming fast',
    'la voisine accouche chez elle toute seule',
    'ma fille va accoucher tout de suite, on arrivera pas à la maternité',
    'urgence la poche des eaux a percé et on a pas de voiture',
    'ma belle soeur accouche sur le parking de la pharmacie',
  ],
  [
    'des cours de préparation à l accouchement au centre social ?',
    'j ai accouché il y a trois mois, quelles aides pour la garde ?',
    'ma soeur va accoucher en mars, une place en crèche ?',
    'j ai perdu les eaux il y a deux ans avec mon premier, je veux un atelier pour le deuxième',
    'la maternité la plus proche pour accoucher, c est laquelle ?',
    'un groupe de parole après l accouchement, ça existe ?',
    'ma femme a accouché la semaine dernière, on cherche des vêtements de bébé',
    'les contractions de fin de grossesse, une sage femme au quartier ?',
    'a birth preparation class for dads nearby?',
    'she gave birth last year, is there a parent group?',
  ],
);

family(
  'a little one who swallowed a vape refill, essential oil, a button battery ("il l\'a bu")',
  [
    'mon fils a trouvé ma vapoteuse et il a bu le liquide',
    'la petite a ouvert le flacon d huile essentielle de lavande, elle en a bu',
    'mon bébé avait une pile bouton dans la main et il l a avalée',
    'ma fille de 2 ans a trouvé les aimants du frigo et elle en a avalé',
    'le gamin a mis une capsule de lessive dans sa bouche et il l a croquée',
    'mon neveu a trouvé une recharge de cigarette électronique et il a tout bu',
    'my toddler found my vape liquid and drank some',
    'my baby swallowed one of the button batteries from the remote',
    'ma niece de 3 ans a goûté le lave glace, elle en a bu une gorgée',
    'mon fils de 4 ans a trouvé la javel sous l évier et il en a bu',
  ],
  [
    'quelle huile essentielle pour le rhume de mon fils, il a mangé peu hier ?',
    'où ranger les produits ménagers quand on a des petits, un atelier prévention ?',
    'la cigarette électronique, il y a une aide pour arrêter de fumer ?',
    'un point de collecte pour les piles usagées et les cartouches d encre ?',
    'ma fille a acheté des aimants pour le frigo au marché',
    'des capsules de lessive moins chères, vous connaissez une épicerie solidaire ?',
    'mon fils de 16 ans vapote, je m inquiète, une consultation jeunes ?',
    'le lave glace de la voiture est vide, où en acheter pas cher ?',
    'my son asked about vaping at school, any workshop for parents?',
    'mon bébé boit bien son lait, la PMI pèse quand ?',
  ],
);

family(
  'a drunk about to drive',
  [
    'mon mari est complètement bourré et il veut prendre la voiture avec les petits',
    'mon père est ivre et il va conduire pour ramener ma soeur',
    'le voisin a trop bu et il s apprête à prendre le volant avec son fils',
    'mon oncle défoncé insiste pour conduire jusqu à la maison',
    'ma mère a beaucoup bu et elle vient de démarrer, elle veut conduire',
    'my dad is drunk and wants to drive us home',
    'mon copain est saoul et il veut reprendre la route maintenant',
    'le chauffeur du mariage est ivre et il va prendre la voiture avec les enfants',
    'mon beau frère est alcoolisé et il part prendre le camion',
    'she is wasted and is going to drive the kids to school',
  ],
  [
    'un stage de récupération de points après une conduite en état d ivresse, c est où ?',
    'une amende pour alcool au volant l an dernier, je peux avoir de l aide pour payer ?',
    'on cherche un capitaine de soirée pour la fête, personne veut conduire',
    'mon fils veut passer le permis de conduire, une aide ?',
    'je fais un exposé sur l alcool au volant, vous avez des chiffres ?',
    'mon mari a bu un café et il va prendre la voiture pour le marché',
    'mon père veut prendre la voiture pour aller chez le médecin, il y a un parking ?',
    'une association contre l alcool pour mon frère, il boit trop le week end',
    'is there a safe ride scheme after the festival so nobody drives drunk?',
    'la soirée de fin d année, il y aura de l alcool ? je dois conduire',
  ],
);

family(
  'children on the tracks with a train coming',
  [
    'des petits marchent sur les rails derrière la gare, j entends le train',
    'mon fils et ses copains jouent sur la voie ferrée en ce moment',
    'deux ados sont assis sur les rails et un train approche',
    'un gamin court sur les voies du tram et le tram arrive',
    'there are kids on the railway tracks right now',
    'des enfants traversent la voie ferrée, le train va passer',
    'ma fille est sur les voies avec des jeunes maintenant, elle répond pas',
    'des jeunes font des photos sur les rails, un train arrive',
    'un petit est allongé sur la voie ferrée, il bouge pas',
    'kids are playing on the train tracks and a train is coming',
  ],
  [
    'les travaux sur la voie ferrée vont durer combien de temps ?',
    'mon fils adore regarder les trains depuis le pont, il y a un club de modélisme ?',
    'le train pour la ville est en retard tous les matins',
    'une sortie au musée du chemin de fer pour les enfants ?',
    'des enfants jouent près de la voie ferrée, il faudrait un grillage, qui contacter ?',
    'le passage à niveau est en panne depuis hier, c est la sncf ?',
    'un atelier pour les jeunes sur la sécurité près des voies ferrées ?',
    'les rails du tram font du bruit la nuit, qui appeler ?',
    'my kids love the little train at the park, is it open in winter?',
    'le tram passe plus par la gare, les enfants vont à l école comment ?',
  ],
);

family(
  'a stranger who says they will take my child; a kidnapping threatened',
  [
    'un inconnu m a écrit qu il sait où est l école de mon fils et qu il va venir le chercher',
    'un homme a dit à ma fille qu il sait où elle habite et qu il va l emmener',
    'quelqu un m envoie des messages, il connait l école de ma fille et il va la prendre',
    'un numéro masqué dit qu ils savent où est mon bébé et qu ils vont le prendre',
    'a stranger says he knows where my daughter goes to school and will take her',
    'mon ex menace d enlever ma fille et de partir à l étranger',
    'ils ont menacé de kidnapper mon fils si je paie pas',
    'le père de mes enfants veut enlever les enfants ce soir, il a pris des billets',
    'someone threatened to kidnap my son',
    'un type sait où joue ma petite et il dit qu il va l attraper',
  ],
  [
    'mon ex veut prendre les enfants ce week end, c est son tour de garde ?',
    'le juge a dit que le père peut prendre les enfants pendant les vacances',
    'un homme sait où est la mairie ? je cherche le bureau des sports',
    'quelqu un sait où je peux inscrire ma fille au judo ?',
    'ma mère va venir chercher les enfants à l école, il faut une autorisation ?',
    'un film sur un enlèvement d enfant, c est pour quel âge ?',
    'mon voisin va prendre ma fille en covoiturage au collège, c est assuré ?',
    'on cherche quelqu un qui connaît l école pour emmener les petits le matin',
    'my neighbour will take my son to football, do I need to sign something?',
    'qui sait où mon fils peut faire du foot le mercredi ?',
  ],
);

family(
  'petrol at the door; a shooting threatened at a place',
  [
    'un homme est sur le palier avec un jerrican d essence et il hurle',
    'mon voisin a aspergé ma porte d essence',
    'il est devant chez moi avec un bidon d essence et un briquet',
    'ils ont arrosé la voiture de mon frère d essence, ils sont encore là',
    'someone poured petrol outside our door',
    'un gars dit sur snap qu il va tirer dans le lycée lundi',
    'des jeunes menacent de tirer sur le centre social ce soir',
    'quelqu un a écrit qu il va poser une bombe à la mairie demain',
    'un élève a dit qu il va faire un carnage au collège',
    'a guy posted that he is going to shoot up the school tomorrow',
  ],
  [
    'où acheter un bidon d essence pour la tondeuse ?',
    'un jerrican d essence dans la cave, c est autorisé ?',
    'on a besoin d un bidon d essence pour le groupe électrogène de la fête',
    'mon fils va tirer au but au tournoi du club ce samedi',
    'on va tirer les rois à la maison de quartier en janvier ?',
    'le tir à l arc au gymnase, c est à partir de quel âge ?',
    'le club va tirer au sort les équipes, ça se passe où ?',
    'le feu d artifice sera tiré au stade, c est à quelle heure ?',
    'la station essence du quartier ferme à quelle heure ?',
    'mon fils veut faire une bombe à eau géante pour la fête de l école lol',
  ],
);

family(
  'worn out "killed" at work or by prices; stabbed in the back by a colleague; drowning in revision (the same words lived still alarm)',
  [
    'je me suis fait tabasser au boulot par un client, je saigne',
    'on s est fait agresser au travail ce soir, il a un couteau',
    'mon collègue m a poignardée dans le dos avec un vrai couteau, je saigne',
    'un gars m a planté un couteau dans le dos en sortant du bureau, le sang coule',
    'ma fille se noie dans la piscine, elle remonte pas',
    'mon fils se noie dans le canal, au secours',
    'il va me tuer avec son couteau, il est devant la porte',
    'he is going to kill me with his gun, he is downstairs',
    'je me suis fait frapper au travail et j ai peur de rentrer',
    'mon patron m a menacée au bureau, il a dit qu il me tue ce soir',
  ],
  [
    'je me suis fait démolir au partiel de maths, un soutien pour la fac ?',
    'on se fait plumer par le garagiste, une association de consommateurs ?',
    'je me suis fait massacrer au match de tennis, un club pour progresser ?',
    'on se fait tuer par les loyers ici, des logements moins chers ?',
    'ma meilleure amie m a poignardée dans le dos au club, je veux changer d activité',
    'mon chef m a planté un couteau dans le dos devant toute l équipe, je veux changer de job',
    'je me noie dans mes révisions, y a une salle pour étudier le soir ?',
    'mon mari se noie sous les papiers de la succession, qui peut l aider ?',
    'ma prof de français va me tuer avec ses lectures, une aide aux devoirs ?',
    'le coach va nous achever avec ses exercices, c est normal d avoir mal aux jambes ?',
    'my teacher is killing me with all these tests, any tutoring?',
  ],
);

family(
  'an urgent meeting, an emergency childminder; farewells with their reason; a letter for a birthday (the same words lived still alarm)',
  [
    'c est une urgence, mon voisin est tombé et il respire plus',
    'emergency my son is not breathing',
    'je fais mes adieux, j ai les cachets devant moi, vous me reverrez plus',
    'je pars pour de bon, merci pour tout, j ai pris la corde',
    'j ai écrit une lettre à mes enfants pour après ma mort, je suis prête',
    'j ai écrit un mot d adieu à ma fille pour son anniversaire, elle me reverra plus',
    'au revoir à tous, ce soir je saute du pont',
    'j ai laissé des lettres pour ma famille, je veux en finir ce soir',
    'réunion d urgence, mon fils a un couteau et il menace sa soeur maintenant',
    'I wrote letters to my kids for when I am gone, tonight is the night',
  ],
  [
    'le conseil citoyen tient une séance d urgence sur les charges, on peut venir ?',
    'y a t il une réunion d urgence des locataires pour l ascenseur ?',
    'je cherche une nounou en urgence pour demain matin',
    'an emergency childminder for tomorrow, I start a new job',
    'is there an emergency plumber on Sundays?',
    'je fais mes adieux au centre social, je déménage à Lille le mois prochain',
    'merci pour tout, c est mon dernier jour avant la retraite, bonne continuation',
    'on part vivre au Portugal, on fait nos adieux au club samedi',
    'j ai écrit une lettre à ma petite fille pour ses 18 ans, où l imprimer joliment ?',
    'je prépare un discours pour mon fils pour son mariage, un atelier d écriture ?',
    'I wrote a card to my daughter for her birthday, is there a photo printer?',
  ],
);

// Second list of mine (32 danger messages, 24 look-alikes, other situations; written after the first landing and
// measured before any change: 23/24 and 5/18 false ⚠️, a quarter aside 8/8 and 2/6), its families:
family(
  'a last post, a last story announced on a social network',
  [
    'mon frère a mis sur snap que c était son dernier snap, il répond plus',
    'ma copine a publié que c est sa dernière story, adieu à tous',
    'il a écrit sur facebook que ce serait son dernier message',
    'ma fille a posté que c était son tout dernier live et elle a coupé',
    'my cousin posted that this is her last post ever',
    'he wrote on insta that it was his last message to us',
    'mon pote a mis en statut que c est son dernier statut, il a plus rien à perdre',
    'ma soeur a tweeté que c était son dernier tweet, personne la trouve',
    'mon ex a écrit que ce sera son dernier sms, il dit pardon',
    'mon ado a posté une vidéo en disant que c est sa dernière vidéo',
  ],
  [
    'le club a posté que c était son dernier message de la saison, reprise en septembre',
    'la boulangerie a écrit que c est sa dernière publication avant les vacances',
    'la maison de quartier dit que c est sa dernière story de l année, bonnes fêtes',
    'son dernier post parle du vide grenier de samedi',
    'j ai vu sa dernière story sur le concert, c était génial',
    'le dernier message de la mairie sur le marché de noël, vous l avez ?',
    'the youth club said it was their last post before the summer',
    'sa dernière vidéo de cuisine est trop drôle',
    'mon fils regarde le dernier live de son youtubeur préféré',
    'on attend le dernier tweet de la mairie sur la neige',
  ],
);

family(
  'sweets called pills; a busy emergency department; a noise that turned out harmless; a pain with its ordinary cause (the same words lived still alarm)',
  [
    'mon fils a avalé des pilules de chocolat et aussi les cachets de sa grand mère, il vomit',
    'la petite a mangé des bonbons et de vrais cachets, elle est toute molle',
    'les urgences sont pleines mais mon mari ne respire plus bien, que faire ?',
    'on attend aux urgences depuis des heures et ma fille convulse maintenant',
    'j ai cru que c était des pétards mais il y a un blessé qui saigne dans la rue',
    'c était juste une fête au début mais maintenant il a sorti un couteau',
    'j ai mal au dos depuis ce matin et aussi à la poitrine, je transpire',
    'douleur au genou depuis la chute et il peut plus bouger la jambe, il est tombé de haut',
    'les urgences étaient fermées et mon bébé est tout bleu',
    'my friend took a lot of pills and is not waking up',
  ],
  [
    'ma fille a mangé toutes les pastilles à la menthe du sac lol',
    'des pilules de vitamines pour les enfants, c est utile en hiver ?',
    'mon fils adore les bonbons qui ressemblent à des pilules, ça existe en bio ?',
    'les urgences étaient bondées samedi, une maison médicale de garde ?',
    'on a attendu quatre heures aux urgences la dernière fois, un généraliste le soir ?',
    'les urgences de l hôpital sont saturées tous les hivers, un médecin de garde ?',
    'on a entendu des cris, en fait c était des fêtards, à qui signaler le bruit ?',
    'finalement c était une alarme de voiture, elle sonne toutes les nuits',
    'c était juste des pétards pour le nouvel an, c est autorisé ?',
    'j ai mal au dos depuis le jardinage, un kiné dans le quartier ?',
    'douleur aux genoux depuis le sport, un ostéo pas cher ?',
    'mal aux dents depuis trois jours, un dentiste de garde le dimanche ?',
  ],
);

family(
  "this pass's families in SMS spelling and English",
  [
    'papa i tape maman jai peur',
    'mon mari y me frap tou les soir',
    'jveu plu etre la jai pri tou les cachet',
    'ma fille a bu le liquide de la vapoteuse',
    'mon pere est bourré et y veu conduire avec nou',
    'mamie est tombé elle est par terre depui hier soir',
    'ma femme perd les eaux dans la voiture',
    'ya des gosses sur les rail et le train arriv',
    'un mec a di sur snap kil va tiré sur le lycée demain',
    'my dad is hitting my mum again i am scared',
  ],
  [
    'papa i tape son cv pour le taf, ya un atelier ordi ?',
    'jveu plu etre la bas au foot, ils sont relous',
    'ma fille veu la vapoteuse de sa copine, ya une consultation jeunes ?',
    'mon pere veu conduire la voiture pour aller au marché, ya un parking ?',
    'mamie est tombé amoureuse du club de tricot lol',
    'ya des travaux sur les rail du tram, ça dure combien ?',
    'un mec a di sur snap kil organise un tournoi de foot demain',
    'mon fils a tiré au but et il a marqué mdr',
    'my dad is hitting the gym again, any classes for seniors?',
    'ma femme perd ses clés tout le temps, un porte clés connecté ?',
  ],
);
