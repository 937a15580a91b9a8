// Issue 13, sixth pass: danger recall on unseen text. Families of telling (not sentences) behind the misses of
// danger-fresh7/8 and of control list danger-fresh10 (written blind, heavy on indirect telling and SMS), fixed as
// mechanisms: word classes in danger.yaml (`classes`, "{proche}", "{represaille}", "{echeance}"…, expanded at load),
// SMS forms that feed the signals (danger-spelling.ts: "va se tué" → "va se tuer", "me pendu" → "me pendre";
// lexicon.yaml: "o bor" → "au bord", "ki sui" → "qui suit", "sra" → "sera", "he'll" → "he will"). Every sentence
// here is my own wording; none is a line of an evaluation list, none is in knowledge/.
// List 1 was written before any change (main: 60/76, false alarms 2/50); list 2 after the first fix, measured before
// tuning on it (70/76, 10/40 — 6 of the 10 already on main, from the net and older patterns); list 3, by family,
// after the second fix, measured before tuning on it (78/90, 2/22 — both already on main). All pass now.
import { describe, expect, it } from 'vitest';
import { numbersFirst } from '../helpers/core.js';

describe('danger families, own wordings (issue 13, sixth pass)', () => {
  // reprisals on those close to me, better off without me, an end with a deadline, a life in order, a car into a wall,
  // found hanged, gas pipes, SMS of every family (o bor du pon, ki sui, me sauté)
  it.each([
    "si je porte plainte ils ont dit qu ils toucheraient a ma fille, elle est seule a la maison la",
    "ils m ont prévenu que si je parle a la police ma famille va payer, ils sont garés en bas",
    "le dealer a dit qu il allait s occuper de mon fils si je paye pas ce soir",
    "mon ex m a écrit que si je vais au tribunal je reverrai plus jamais les petits",
    "they said if i go to the cops they'll hurt my sister, and now they're outside her work",
    "mes parents seront mieux sans moi, j ai pris ma décision",
    "ma femme refera sa vie plus facilement quand je serai plus la, c est décidé",
    "ce soir tout s arrete pour moi, personne pourra m en empecher",
    "avant demain matin tout sera réglé, j aurai plus mal",
    "jpense que mes gosses s en sortiront mieux sans leur pere, c est pour ce soir",
    "my children will be better off without me, i've made up my mind",
    "it will all be over before sunrise, nobody can stop me this time",
    "j ai percé la conduite de gaz avec la perceuse et ça siffle",
    "le tuyau du gaz s est arraché derriere la gaziniere, ça pue dans toute la cuisine",
    "en creusant le jardin les ouvriers ont touché une canalisation de gaz, ça souffle fort",
    "there's a hissing noise from the gas pipe we drilled into, the whole flat smells",
    "j ai retrouvé mon frere pendu dans sa chambre il bouge plus",
    "ma voisine s est pendue dans la cage d escalier, je l ai décrochée, elle respire a peine",
    "i found my dad hanging in the shed, what do i do",
    "jvais prendre la bagnole et me mettre dans un platane",
    "je vais rouler a fond et lacher le volant sur l autoroute",
    "je vais me foutre en l air avec la moto ce soir contre un mur",
    "im gonna drive my car into a wall tonight",
    "j ai écrit mes dernieres volontés, je serai plus la dimanche",
    "j ai rangé tous mes papiers et écrit une lettre pour le notaire, je passerai pas la nuit",
    "i wrote my will tonight, i won't make it to the weekend",
    "jsui o bor du pon jpeu pu",
    "jme sen tro mal jvai prendr tt mé cachet",
    "mn copain ma tapé jsui plin de sang il é tjr la",
    "ya 1 mec ki me sui depui la gare jai tro peur",
    "mon ex é devan ma porte il tape fort il va la casser",
    "sa sen le gaz parto ds lescalier",
    "jariv pa a reveillé ma mere elle repond pa",
    "mon bb a avalé dé cachet de ma mere",
    "le ptit est tout seul sur le rebor de la fenetre",
    "ya le feu ds lappart du dessous ya d la fumé partou",
    "mon pere est tombé il bouge plu il a les yeu ouvert",
    "il a un couteau il di kil va me planter",
    "jvai me sauté du pon",
    "ma fille 14 an el a pri tt la boite de doliprane",
    "mon voisin cogne sa femme la maintenant jentend les cris",
    "ils sont trois en bas de chez moi avec des battes ils m attendent",
    "mon beau pere me touche la nuit quand ma mere travaille",
    "j ai vu un monsieur faire monter une petite dans sa camionnette de force",
    "mon copain m étrangle quand il a bu, ce soir il a recommencé",
    "ma soeur a bu un produit pour deboucher l evier",
    "mon grand pere a la bouche de travers et il parle bizarre depuis 10 minutes",
    "mon fils convulse et il répond plus",
    "la cuisine a pris feu et on est coincés dans la chambre",
    "un homme avec une arme tire dans la rue",
    "my boyfriend is hitting me right now, i locked myself in the bathroom",
    "there's a man following me home and i can't lose him",
    "my little brother swallowed bleach",
    "my grandma collapsed and isn't breathing",
    "the building across the street is on fire and there are people inside",
    "someone is breaking into my house right now",
    "my friend took a lot of pills and she won't wake up",
    "i'm going to end it all tonight",
    "my dad says he'll kill us all when he gets home",
    "he put his hands around my neck and squeezed",
    "the baby has been left alone in the car in this heat",
    "j en ai marre de tout, demain je serai plus un probleme pour personne",
    "plus qu une nuit a tenir et apres ce sera le silence pour toujours",
    "j ai donné mon chien a ma voisine, de toute facon je serai plus la pour m en occuper",
    "j ai acheté ce qu il faut pour ne pas me rater",
    "je vais aller me coucher sur la voie du train",
    "mon mari a dit que si je pars il me retrouvera et que je finirai a l hopital",
    "quand il rentrera il va me défoncer, il me l a écrit",
    "depuis ce matin mon coloc a des idées bizarres, il parle de rejoindre sa mere morte",
    "mon ado s est enfermé avec des lames et il dit qu il veut plus vivre",
    "le vieux monsieur du 2e, on l entend appeler a l aide depuis hier soir",
    "ça fait trois jours que la voisine âgée n a pas ouvert ses volets, ça sent mauvais sur le palier",
    "mon pote a sniffé un truc et il a les levres bleues",
    "ma mere a mélangé ses medicaments avec du whisky et elle dort bizarre",
    "l enfant des voisins hurle depuis des heures et on entend des coups",
    "un gamin de 4 ans traine seul sur le parking depuis une heure",
  ])('list 1 (before the fix): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "ils m ont dit que si je vais voir les flics mon petit frere va le payer",
    "si jparle a la police ils vont s en prendre a ma mere, ils me l ont ecrit",
    "il a dit que si je le quitte mes enfants vont le regretter",
    "mon ancien patron dit que si je temoigne ma femme va souffrir",
    "si tu portes plainte on s occupera de ta fille, c est ce qu ils m ont envoye",
    "le mec a qui je dois de l argent a dit que si je rembourse pas ma famille va y passer",
    "if i tell anyone they will hurt my daughter, they know her school",
    "he said if i leave him my kids will pay for it",
    "they told me if i call the police they'll come after my family",
    "si jdi koi ke ce soit ils toucheront a ma fille",
    "ma famille sera bien plus tranquille sans moi, j ai tout prevu",
    "mes enfants vivront plus legers quand je serai partie",
    "mon mari sera soulagé une fois que je serai partie, c est decide",
    "everyone will be happier without me, i've decided",
    "ma copine refera sa vie plus facilement sans moi",
    "mes parents seraient plus libres sans moi, j ai pris ma decision",
    "jsuis sur ke ma famille sra mieu sans moi",
    "personne m arretera cette fois",
    "nobody is going to stop me this time",
    "d ici l aube tout sera terminé pour moi",
    "ce sera fini avant le lever du soleil, ne me cherchez pas",
    "it will be over by midnight, i'm done",
    "ce soir enfin le silence pour toujours",
    "j ai rangé tous mes papiers, je serai plus la lundi",
    "j ai fait mon testament hier, je verrai pas la fin de la semaine",
    "tout est pret, j ai ecrit mes dernieres volontes, je serai plus de ce monde demain",
    "i've made up my mind, i won't be here tomorrow",
    "mes affaires sont en ordre, je passerai pas le week end",
    "je vais foncer contre un pilier de pont avec ma voiture",
    "jvai m encastrer dans un camion sur la nationale",
    "ce soir je prends la moto et je me jette contre un arbre",
    "i'm going to crash my car into a tree on purpose",
    "je vais aller me planter contre un mur a 180",
    "ma voisine a retrouvé son fils pendu dans la cave",
    "on a decouvert un homme pendu dans le parc, il bouge encore",
    "jai retrouvé mon copain pendu",
    "we found my uncle hanging in the garage",
    "he had his hands around my throat last night and he's home now",
    "my stepdad choked my mum until she passed out",
    "mon ex m a brulé avec sa clope hier soir et il revient ce soir",
    "on a arraché la conduite de gaz avec la pelleteuse ca siffle",
    "ca pue le gaz depuis que le flexible de la gaziniere a cassé",
    "the gas line is leaking after the builders drilled through it",
    "mon ptit a avalé de la mort aux rats",
    "ma fille de 2 ans a bu du white spirit",
    "mon fils a mangé des granulés anti limaces dans le jardin",
    "my toddler swallowed a laundry pod",
    "my little one drank some antifreeze from the garage",
    "le grand pere a bu de l alcool a bruler par erreur",
    "ma mamie est coincée dans la baignoire depuis ce matin elle arrive pas a se relever",
    "my grandma fell in the bath and can't get out",
    "mon pere a glissé dans la douche et on arrive pas a le relever",
    "le feu de champ se rapproche des maisons de la rue",
    "the wildfire is heading towards our houses",
    "les flammes avancent vers les jardins derriere chez nous",
    "un type est chez ma grand mere et il exige son code de carte, il est encore la",
    "there's a man at my nan's and he's demanding her bank card",
    "un homme est dans l appart de mon pere et il le force a donner son argent",
    "je me suis sauvée avec les enfants, il nous cherche dans le quartier",
    "i ran away with the kids and he's driving around looking for us",
    "jsui partie de chez moi avec le bebe, mon mari me cherche partout en voiture",
    "il a dit qu on partirait tous ensemble ce soir, lui et nous",
    "mon mari dit qu on va mourir tous les quatre et qu il a tout prevu",
    "my grandad has alzheimers and he wandered off, it's dark",
    "my mum with dementia went out an hour ago and hasn't come back",
    "just wanted to say goodbye, thanks for everything, this is the last time you'll hear from me",
    "goodbye everyone, this is the last time",
    "jvai me pendu dans le garage",
    "il dit kil va se tué",
    "elle veut se jeté du pont",
    "jvais me coupé les veines",
    "jsui o bor du canal",
    "ce coup ci je me raterai pas",
    "j ai tout ce qu il faut pour pas me louper",
    "je veux rejoindre mon fils décédé",
    "i just want to be with my dad who died",
  ])('list 2 (after the first fix, measured before tuning): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "j ai laissé une lettre pour le notaire et tout rangé, je serai plus la pour noel",
    "mon testament est sur la table, vous me reverrez pas",
    "c est decide, je verrai pas la fin du mois",
    "i've written my will and i won't be around next week",
  ])('list 3, a life put in order, and soon gone (testament, last wishes): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "je vais prendre l autoroute a contresens et me jeter sous un poids lourd",
    "ce soir je fonce dans un platane avec la caisse, j en peux plus",
    "jvai accelerer et me foutre contre un pilier",
  ])('list 3, a car driven into a wall, a tree, a truck: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "mon voisin s est pendu a la rambarde de l escalier, il bouge plus",
    "j ai decouvert ma fille pendue dans sa chambre elle respire encore",
    "I just found my brother hanged in his room",
  ])('list 3, someone found hanged: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "my boyfriend strangled me tonight and he's still in the flat",
    "he grabbed me by the throat and pinned me to the wall",
    "my husband had his hands on my neck until i blacked out",
    "he choked me again, i'm hiding in the bathroom",
    "my dad is choking my mum right now",
    "he squeezed my throat so hard i couldn't breathe",
    "her ex strangled her last night and he's outside now",
  ])('list 3, strangled, choked (English): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "le tuyau du gaz derriere la cuisiniere est fendu et ca sent tres fort",
    "on a cassé la canalisation de gaz en creusant, ça sort a fond",
    "there's a gas leak from the pipe in the cellar, it stinks",
  ])('list 3, a gas pipe pierced or torn: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "mon fils de 3 ans a avalé une capsule de lessive",
    "ma petite a bu du deboucheur",
    "le bebe a leché de la mort aux rats dans le garage",
    "my daughter drank weed killer from a bottle",
    "ma mere avec alzheimer a bu de l antigel",
  ])('list 3, a little one or someone frail who swallowed a poisoning product: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "l incendie de la foret arrive vers nos maisons",
    "y a un feu d herbes qui avance vers l ecole",
    "le feu de broussailles gagne les jardins du lotissement",
    "the fire in the field is spreading towards the houses",
    "des flammes se rapprochent des immeubles de la cité",
    "le feu progresse vers les habitations derriere la voie ferrée",
    "fire is moving towards our street, the wind is pushing it",
  ])('list 3, a fire coming towards the houses: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "ma grand mere est tombée dans la douche et elle peut pas se relever depuis 2h",
    "mon papy est coincé dans la baignoire, l eau est froide et on arrive pas a le sortir",
    "my mum slipped in the shower and can't get up, she's been there all night",
    "mon pere de 85 ans a glissé dans sa baignoire et il peut plus bouger",
    "mamie est bloquée dans la baignoire depuis hier soir",
    "my grandad is stuck in the bath and can't get out, he's freezing",
    "la voisine agée est tombée dans la douche et arrive plus a se relever",
  ])('list 3, a frail person stuck in the bath or the shower: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "un homme est chez mon pere de 90 ans et il reclame de l argent, il veut pas partir",
    "deux types sont dans la maison de ma grand mere et l obligent a donner ses bijoux",
    "un faux plombier est chez ma mere et il exige du liquide, il est toujours la",
    "a man is in my grandmother's house demanding money right now",
    "un inconnu est dans l appart de ma tante et il veut son code de carte bleue",
    "y a un mec chez mon papy qui le menace pour avoir ses economies",
    "someone got into my dad's flat and is forcing him to give his pin",
  ])('list 3, a stranger in the home of someone frail, demanding money: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "j ai fui avec mes enfants, il tourne en voiture pour nous trouver",
    "je me suis cachée chez une amie avec les petits, mon mari nous cherche",
    "on est partis cette nuit, mon ex nous traque dans le quartier",
    "i left with my daughter and my husband is looking for us everywhere",
    "je suis sortie par la fenetre avec le bebe, il nous cherche dehors",
    "we fled the house and he's driving around the estate to find us",
    "je me suis enfuie, mon copain rode devant chez ma mere",
  ])('list 3, fled, and he is out looking for us: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "mon mari a dit qu on mourrait tous ensemble ce soir",
    "il dit que ce soir on partira tous les quatre, pour toujours",
    "il m a dit qu on allait tous partir ensemble, lui et les enfants, j ai peur",
    "my husband says we'll all die together tonight",
    "il repete qu on va en finir tous ensemble, lui moi et les petits",
    "il a dit qu on partirait tous les trois et que personne nous retrouverait",
    "mon ex dit qu il va partir avec les enfants au ciel",
    "he keeps saying we'll all go together, him, me and the kids",
  ])('list 3, a veiled end for the whole family: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "mon mari m a brulée avec sa cigarette sur le bras",
    "il me brule avec son briquet quand il a bu",
    "mon copain m a marquée avec le fer a repasser",
    "my boyfriend burned me with his cigarette again",
    "il m a cramé avec une clope et il recommence",
    "son beau pere l a brulée avec une cigarette",
    "he burnt me with the iron last night",
    "mon compagnon m a jeté de l eau bouillante dessus",
  ])('list 3, burnt by a partner (cigarette, lighter, iron): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "my dad has dementia and he's gone missing in the snow",
    "my nan with alzheimer's walked out of the care home and nobody can find her",
    "my grandpa is confused and he left the house at 3am",
    "my aunt has memory loss and she disappeared this afternoon",
    "my mother has dementia and she hasn't come back from her walk, it's dark now",
    "my autistic son wandered off at the park and we can't find him",
  ])('list 3, someone with dementia gone off (English): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "this is the last time you'll hear from me, goodbye",
    "goodbye, i won't see any of you again",
    "je voulais juste dire adieu, c est la derniere fois que j ecris",
    "bye everyone, it's the last time, forgive me",
    "just saying goodbye forever, i'm sorry",
    "au revoir a tous, vous me reverrez plus jamais",
  ])('list 3, goodbye, the last time: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "cette fois je vais pas me rater",
    "j ai acheté assez de cachets pour pas me louper",
    "je veux aller retrouver ma mere morte",
    "je veux rejoindre mon mari decede ce soir",
    "i want to join my mum who died",
  ])('list 3, not failing this time; joining the dead: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "jvai me tué ce soir",
    "il di kil va me tapé",
    "jvé me jeté sous le train",
    "elle veu se pendu",
  ])('list 3, SMS: the infinitive written as a participle (se tué, me pendu): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  // look-alikes written against each new family (the same words, no danger): no numbers first
  it.each([
    "si je porte plainte pour le bruit, ça prend combien de temps ?",
    "mes parents seront contents de la nouvelle cantine",
    "ce soir tout s arrete pour la fete du quartier, c est a quelle heure la fin ?",
    "avant demain matin il faut rendre le dossier caf",
    "j ai percé un mur pour poser une etagere, le voisin se plaint du bruit",
    "le tuyau de la machine a laver fuit un peu, qui appeler ?",
    "j ai retrouvé mon chat dans le garage, merci aux voisins",
    "je vais prendre la voiture pour aller au marché de labourse",
    "j ai écrit une lettre au bailleur, vous pouvez la relire ?",
    "mon testament, c est chez le notaire qu on le fait ?",
    "jpeu pa venir a latelier demain jsui malade",
    "ya 1 atelier cuisine ce samedi ?",
    "mon ex veut pas payer la pension alimentaire, je fais comment",
    "sa sen bon le pain a la boulangerie du quartier",
    "mon bb dort pas la nuit, ya un groupe de parole pour les parents ?",
    "le ptit veut faire du foot, ya un club ?",
    "mon pere est tombé malade, qui peut l aider pour les courses ?",
    "il a un couteau suisse en cadeau, c est autorisé a l ecole ?",
    "ma fille de 14 ans veut faire du babysitting, c est legal ?",
    "mon voisin tape dans les murs pour ses travaux le dimanche",
    "ils sont trois a vouloir s inscrire au club ados",
    "mon grand pere parle tout le temps de la guerre",
    "mon fils veut faire pompier volontaire plus tard",
    "la cuisine du centre social a pris un coup de neuf",
    "i need help with my housing application",
    "my dad says he'll pick us up after school",
    "my little brother wants to join the youth club",
    "the baby is teething and crying all night, any tips?",
    "i'm going to end my gym membership",
    "j en ai marre de la pluie, demain il fait beau ?",
    "j ai donné des vetements a l association, vous prenez aussi les jouets ?",
    "je vais aller me coucher tot ce soir, je bosse demain",
    "quand il rentrera mon mari passera chercher le colis",
    "mon coloc parle de déménager a lille",
    "la voisine âgée a besoin d aide pour ses courses, qui contacter ?",
    "mon pote veut arreter de fumer, ya une aide ?",
    "ma mere prend beaucoup de medicaments, une infirmiere peut passer ?",
    "les enfants des voisins crient dans la cour, c est normal l ete",
    "un gamin a perdu son ballon sur le parking, quelqu un l a vu ?",
    "my friend took a first aid course, is there one here?",
    "personne peut m aider pour mon cv ?",
    "je serai plus la en aout, vous gardez mon dossier ?",
    "la fin du mois est dure, ya une epicerie solidaire ?",
    "mon chien a avalé une chaussette, un veto de garde ?",
    "on a la visite du gaz demain pour le compteur, je dois etre la ?",
    "ma voisine a pendu son linge sur le balcon commun, on a le droit ?",
    "je vais rouler jusqu a bethune demain pour un entretien",
    "ils ont menacé de couper l eau si on paye pas, c est legal ?",
    "j ai trop de dettes, je m en sortirai jamais, qui peut m aider a faire un dossier de surendettement ?",
    "si je porte plainte contre le bailleur, ca marche ?",
    "si je parle au conseil citoyen ils vont m ecouter ?",
    "ma famille sera contente de la fete des voisins",
    "les enfants seront mieux au centre aéré cet été",
    "everyone will be happier with the new park",
    "personne m arretera, je vais finir ce marathon",
    "ce sera fini avant minuit la fete de la musique ?",
    "le silence pour toujours dans la rue, enfin les rodeos sont finis",
    "j ai rangé tous mes papiers pour le dossier caf",
    "j ai fait mon testament chez le notaire, c est remboursé ?",
    "je serai plus la lundi, je pars en vacances, qui garde mon dossier ?",
    "je vais foncer a la mairie demain matin",
    "on a des granules homeopathiques pour les enfants ?",
    "ou acheter des granules anti limaces pour le potager ?",
    "my toddler loves the laundry room lol",
    "ma mamie a besoin d une barre dans la baignoire, une aide existe ?",
    "le feu d artifice se rapproche, c est a quelle heure ?",
    "je me suis sauvée du travail plus tot pour voir le match",
    "il nous cherche une place en creche",
    "on partira tous ensemble en bus a la mer samedi ?",
    "my grandad has dementia, is there a day centre?",
    "goodbye and thanks for everything, the workshop was great",
    "j ai retrouvé mon manteau pendu dans le vestiaire de la salle",
    "i found the pictures hanging crooked in the hall",
    "j ai percé le mur pres du compteur gaz, il faut un pro pour reboucher ?",
    "le flexible de la gaziniere est perime, on le change ou ?",
    "jvai me coupé les cheveux samedi ya un coiffeur ?",
    "elle veut se lancé dans la couture, ya un atelier ?",
    "il faut pas rater le bus de 8h",
    "ce coup ci je raterai pas l inscription",
    "je veux rejoindre mon fils au club de foot",
    "ils m ont prévenu que le loyer va augmenter",
    "si je paye pas la cantine ma fille va etre privée de repas ?",
    "they said if i don't pay the bill they'll cut the power",
    "j ai fait mon testament, je voudrais savoir comment le deposer",
    "je serai plus la pour noel, je pars chez ma fille a lyon",
    "avec cette reforme on va droit dans le mur",
    "jvai foncer a la piscine ce soir",
    "j ai trouvé ton manteau pendu dans l entrée",
    "my throat hurts since yesterday, is there a doctor on sunday?",
    "le tuyau de gaz de la gaziniere a quel age il faut le changer ?",
    "mon fils de 3 ans aime regarder la machine a laver",
    "le feu de la saint jean c est ou cette année ?",
    "une barre d appui dans la douche pour mamie, c est pris en charge ?",
    "un homme est venu chez mon pere pour reparer la chaudiere",
    "je me suis sauvée du boulot, ya encore une place a l atelier ?",
    "on partira tous ensemble a la fete des voisins ?",
    "my dad has dementia, what help is there at home?",
    "goodbye and thanks, see you next week at the workshop",
    "c est la derniere fois que je viens au club, je demenage",
    "je vais pas rater l inscription cette fois",
    "je veux rejoindre mon mari au club de belote",
    "jvai me coupé les cheveux",
    "elle veut se lancé dans la cuisine",
  ])('look-alike stays ordinary: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });

  // List 4, every kind of danger the issue names (written after the first landing, measured before tuning on it:
  // 54/58, 5/30 false alarms, all 5 already on main); its misses became the families of list 5 (measured before
  // tuning: 32/35; 1 false alarm of the new families out of 11 look-alikes, fixed).
  it.each([
    "mon beau frere a dit a ma soeur que si elle le quitte elle finira au cimetiere",
    "jai recu des msg de mort de la part du frere de mon ex, il sait ou je bosse",
    "ils ont tagué ma porte avec \"t es mort\" et ce soir ils sonnent sans arret",
    "mon fils dit que des grands l attendent a la sortie du college avec un couteau",
    "my neighbour keeps saying he's going to burn my car with me in it",
    "un gars du quartier m a mis un flingue sur la tempe hier, il repasse ce soir",
    "mon mari m enferme dans la chambre et me prive de manger depuis deux jours",
    "il m a poussée dans les escaliers je suis enceinte j ai mal au ventre",
    "la petite d en face a des brulures sur les bras et elle dit qu elle a pas le droit de manger",
    "mon neveu de 6 ans dit que son beau pere le met dans le placard la nuit",
    "ya un bb qui pleure depuis ce matin dans l appart d a coté et personne repond",
    "my daughter's coach asks her to send photos of herself and told her to keep it secret",
    "un adulte donne rendez vous a mon fils de 12 ans apres l ecole, il lui a offert un telephone",
    "ma fille de 13 ans est partie rejoindre un homme de 30 ans qu elle a connu sur snap",
    "les petits jouent sur le toit de l immeuble, personne les surveille",
    "ça sert a rien que je continue, je suis juste un poids",
    "j arrive plus a voir de raison de me lever, je pense a avaler toute ma boite",
    "chuis fatigué de tout jvé en finir cette nuit",
    "i keep thinking about ending my life, tonight feels like the night",
    "my friend posted a goodbye video and now she's not answering",
    "ma copine a posté une photo de medicaments avec \"bonne nuit pour toujours\"",
    "mon frere s est enfermé dans la salle de bain avec un rasoir et il repond pas",
    "je me suis ouvert le bras et ca saigne beaucoup",
    "j ai avalé 20 cachets de lexomil il y a une heure",
    "mon pote a trop bu et pris des cachets il vomit et il dort",
    "ma mere diabetique est toute molle et elle transpire elle repond plus",
    "le papi s est effondré au marché il respire mal",
    "my husband is having a seizure and he's turning blue",
    "mon fils fait une reaction allergique sa gorge gonfle",
    "mon bebe a de la fievre et il est tout mou il reagit plus",
    "ma femme saigne beaucoup apres l accouchement a la maison",
    "un ouvrier est tombé de l echafaudage il bouge pas",
    "la voisine ouvre pas depuis 4 jours et ya des mouches a la fenetre",
    "ya de la fumée noire qui sort de la cave de l immeuble",
    "le compteur electrique crache des etincelles et ca sent le brulé",
    "my kitchen is on fire and the extinguisher doesn't work",
    "y a le feu a la voiture garée devant l ecole et des enfants autour",
    "le poele a petrole fait une odeur bizarre et on a tous mal a la tete",
    "ca sent l oeuf pourri dans tout le couloir",
    "on a entendu une grosse explosion et des gens crient dans la rue",
    "un chien enorme attaque un enfant dans le parc",
    "quelqu un est tombé dans le canal et il sait pas nager",
    "un mec menace les clients de la superette avec un couteau",
    "ya des coups de feu en bas de la tour",
    "ma fille a disparu depuis hier soir, son telephone est eteint, elle a 15 ans",
    "mon pere de 80 ans a pas repondu depuis 3 jours, il vit seul, c est pas normal",
    "jsui enfermée ds les toilettes il essaie de rentrer",
    "il ma frapé o visage jsaigne du ne",
    "jcrois ke mon fils a pri d la drogue il delire",
    "ma coloc é par terre elle respir bizarr",
    "ya 1 mec ki veu pa me laisser sortir de sa voiture",
    "aide moi il arrive il va me tuer",
    "they are hitting my mum and i am hiding in my room",
    "my brother overdosed and isn't waking up",
    "there's a strange man in my garden looking into the kids' room",
    "i've been attacked on the way home and my phone is almost dead",
    "mon fils a fait une tentative hier et il recommence a parler de mourir",
    "depuis que mon mari a perdu son travail il a acheté une arme et il parle de tout arreter",
  ])('list 4: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "mon ex m envoie des messages de mort toutes les nuits",
    "j ai trouvé une lettre de mort dans ma boite aux lettres, ils connaissent mon nom",
    "on me laisse des appels de mort sur le repondeur depuis que j ai temoigné",
    "i keep getting death threats from my ex's brother",
    "ma fille recoit des msg de mort sur insta de filles de sa classe",
    "des tags de mort sur ma porte avec mon prenom",
    "il m a envoyé des textos de mort cette nuit et il est devant chez moi",
    "jrecoi d sms de mort depui 1 semaine",
    "my son is getting death threats online and they know our address",
    "des menaces de mort sur le pare brise de ma voiture ce matin",
  ])('list 5, death threats received (messages, letters, tags; EN "death threats"): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "un homme de 40 ans donne rendez vous a ma fille de 12 ans derriere le gymnase",
    "un adulte a offert un portable a mon fils et lui demande de garder le secret",
    "un type du club veut voir ma petite seule apres l entrainement, c est leur secret",
    "a man online bought my daughter a phone and wants to meet her alone",
    "un inconnu donne des rendez vous a mon gamin de 10 ans au parc",
    "un monsieur a dit a ma fille de 9 ans de garder le secret sur ce qu ils font",
    "some guy from the game asked my son to keep it a secret and meet him alone",
    "un majeur donne rdv a ma fille de 14 ans a la gare ce soir",
    "un vieux du quartier lui offre des cadeaux et veut la voir seule",
    "an adult keeps messaging my 11 year old and told her to keep it secret",
  ])('list 5, an adult meeting a child alone, with gifts or secrets: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "bonne nuit pour toujours a tous",
    "goodnight forever, i love you all",
    "j ai posté bonne nuit a jamais avec une photo de cachets",
    "c est la derniere fois que je dis bonne nuit, pour toujours",
    "good night for good, don't look for me",
  ])('list 5, good night forever: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "ma mere de 82 ans repond plus depuis trois jours",
    "mon papy decroche pas depuis 4 jours et il vit seul",
    "la vieille voisine a pas ouvert depuis plusieurs jours, ses volets restent fermés",
    "my grandma hasn't answered the phone for three days",
    "mon oncle donne plus signe de vie depuis 5 jours, il est malade",
    "mon pere qui vit seul a rien repondu depuis deux jours, c est pas son genre",
    "my neighbour hasn't been seen for four days, his post is piling up",
    "ma grand mere ouvre plus sa porte depuis 3 jours, la tele est allumée",
    "ma tante decroche plus depuis plusieurs jours",
    "my dad has not picked up for two days and he lives alone",
  ])('list 5, someone old or alone who has answered nobody for days: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "mon beau frere veut quitter sa femme, ou trouver un mediateur familial ?",
    "ils ont tagué la porte du local velo, qui nettoie ?",
    "mon fils dit que des grands jouent au foot a la sortie du college, c est encadré ?",
    "la petite d en face veut venir au club de lecture",
    "mon neveu de 6 ans cherche un centre de loisirs pour les vacances",
    "ma fille de 13 ans veut s inscrire sur snap, c est autorisé a quel age ?",
    "les petits jouent sur le terrain derriere l immeuble, c est sur ?",
    "je suis fatigué de tout ce bruit la nuit",
    "ma copine a posté une photo de la fete des voisins",
    "je me suis coupé les cheveux tout seul lol",
    "j ai avalé mon cafe trop vite je suis en retard",
    "mon pote a trop bu hier a l anniversaire, ya une asso de prevention ?",
    "ma mere est diabetique, ou trouver des ateliers nutrition ?",
    "le papi du 3e s est fait livrer un frigo, qui recupere l ancien ?",
    "mon bebe a de la fievre depuis hier, y a un pediatre de garde dimanche ?",
    "la fete du feu de la saint jean c est samedi ?",
    "on a entendu les feux d artifice hier soir c etait beau",
    "un chien aboie tout le temps dans le parc",
    "le canal est sale, qui le nettoie ?",
    "ma fille rentre tard depuis qu elle a 15 ans, des conseils ?",
    "jsui enfermée dehors j ai perdu mes clés, un serrurier ?",
    "they are fixing the lift in my building, how long will it take?",
    "my brother wants to join the boxing club",
    "mon fils veut faire une tentative au concours de pompier",
    "mon mari a perdu son travail, quelles aides existent ?",
    "on a parlé de la mort de mon grand pere, ya un groupe de parole deuil ?",
    "j ai recu un message de la mairie sur la mort du maire",
    "un adulte donne des cours de soutien a mon fils, c est gratuit ?",
    "un monsieur du club offre des maillots aux enfants, c est qui ?",
    "un homme a donné rendez vous a mon fils pour un entretien de stage",
    "bonne nuit a tous et merci pour l atelier",
    "good night everyone, see you tomorrow",
    "mon oncle donne plus de nouvelles depuis qu il a demenagé a lille",
  ])('look-alike of lists 4 and 5 stays ordinary: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });

  // List 6, SMS and English (after the second landing, measured before tuning on it: 18/20, 0/10 false alarms); its
  // misses became the families of list 7 (measured before tuning: 21/23; 2/9 false alarms, both already on main).
  it.each([
    "jpe pu continuer com ca, ce soir jme fé du mal",
    "ma mere a pri tt ses cachet dun cou el dor",
    "jveu pa rentré il va me frapé encor",
    "mon pote a di kil avé 1 arme et kil allé sen servir",
    "jsui seul o 10eme la fenetr é ouverte",
    "ya 1 odeur de gaz tro forte ds limeuble",
    "mon ptit frer a bu du javel",
    "le bebe respire pa bien il é tt bleu",
    "jcroi ke jvai faire 1 betise ce soir",
    "il ma di kil me retrouvera et kil me fera la peau",
    "my ex said he'll come round tonight and finish what he started",
    "i can't do this anymore, i've got the pills ready",
    "my flatmate took something and she's shaking and not making sense",
    "there's a kid on the roof of the car park and he looks like he wants to jump",
    "my mum's boyfriend hits her when he's drunk and he's drinking now",
    "someone set fire to the bins and it's spreading to the building",
    "my nan fell and she's on the floor, she can't move",
    "i think my dad is having a stroke, his face is drooping",
    "a guy at the bus stop keeps grabbing girls and now he's following one",
    "i won't be a problem for anyone after tonight",
  ])('list 6: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "il ma di kil alé me crevé",
    "elle a di kil fallait ke jdisparaisse sinon il me tu",
    "mon copain di kil va me tapé si jsor",
    "mon frere di kil a 1 couto et kil va le planté",
    "ma soeur di kil la frappé hier et kil revien ce soir",
  ])('list 7, SMS "kil" (qu il), "me tu", an or-else threat: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "my brother is on the balcony saying he's going to jump",
    "a girl is sitting on the bridge railing, she looks like she's about to jump",
    "someone is on the roof of the tower block threatening to jump",
    "my friend texted me from the car park roof, she wants to jump",
    "there's a man on the ledge outside the window ready to jump",
    "my son climbed onto the roof and says he's gonna jump",
    "a teenager is standing at the edge of the cliff trying to jump",
    "my girlfriend is at her window on the 9th floor and says she wants to jump",
  ])('list 7, someone else about to jump (English): %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "il a un pistolet et il dit qu il va s en servir ce soir",
    "mon ex a acheté un couteau et il dit qu il va l utiliser contre moi",
    "he's got a knife and says he'll use it on me tonight",
    "mon voisin a un fusil et il menace de s en servir sur nous",
    "le mec a sorti une machette, il dit qu il va s en servir",
    "my dad has a gun in the house and says he'll use it tonight",
    "ils ont des armes et ils vont s en servir contre mon frere",
    "jai vu son flingue il a di kil allé sen servir",
    "she has a knife and she's going to use it on her boyfriend",
    "il cache une hache dans sa voiture et il parle de s en servir contre sa femme",
  ])('list 7, a weapon someone says they will use: %s', (message) => {
    expect(numbersFirst(message)).toBe(true);
  });

  it.each([
    "jpe pu continuer mon cdi, ya des aides a la formation ?",
    "ma mere a pri rdv pour son vaccin, c ou le centre ?",
    "jveu pa rentré tard ce soir, le bus passe jusqua quand ?",
    "jsui au 10eme la fenetre ferme mal, qui appeler ?",
    "mon ptit frer veut faire du foot",
    "i can't do this homework anymore lol",
    "my ex said he'll come round tonight to pick up the kids",
    "there's a kid on the roof of the playground climbing frame, is that allowed?",
    "my nan fell last month and now she needs a grab rail, who pays?",
    "i won't be at the meeting after tonight, who replaces me?",
    "il ma di kil passera demain pour le colis",
    "elle di kil fait beau samedi pour la brocante",
    "my son wants to jump on the trampoline at the park, is it open?",
    "my daughter is going to jump into the pool at the swimming club",
    "j ai acheté un couteau de cuisine, je vais m en servir a l atelier",
    "he's got a new drill and says he'll use it tonight for the shelves",
    "mon fils a un pistolet a eau, il va s en servir a la fete",
  ])('look-alike of lists 6 and 7 stays ordinary: %s', (message) => {
    expect(numbersFirst(message)).toBe(false);
  });
});
