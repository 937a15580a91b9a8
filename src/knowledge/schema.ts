/**
 * The shape of the knowledge files (knowledge/*.yaml), checked by zod when they are loaded.
 *
 * Staff edit these files by hand, so every rule here exists to turn a silent mistake (a missing English text,
 * a typo in a related id, a date that is not a date) into an error that names the file, the entry and the field.
 * Rules that need more than one file at a time (related ids exist, topics match the list) live in loader.ts.
 */
import { z } from 'zod';

/** Locales the assistant speaks. French is the default and the language of the source convention. */
export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

const text = z.string().trim().min(1, 'must not be empty');

/** A text in French and English: every sentence a resident may read exists in both. */
export const Localized = z.object({ fr: text, en: text }).strict();
export type Localized = z.infer<typeof Localized>;

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-" (e.g. bus-sante-femmes)');

/** Where a fact comes from. `quote`, when given, must appear word for word in the convention (kb:check verifies it). */
export const Source = z
  .object({
    section: text,
    objective: text.optional(),
    quote: text.optional(),
  })
  .strict();
export type Source = z.infer<typeof Source>;

/** A text a resident may read, in French and optionally English (English falls back to French). */
export const DetailText = z.object({ fr: text, en: text.optional() }).strict();
export type DetailText = z.infer<typeof DetailText>;

/** A date "YYYY-MM-DD" (a calendar day, as staff type it). */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');

/**
 * A French phone number as residents dial it: ten digits starting with 0 ("03 21 12 34 56", "0 800 123 456"), the
 * same with +33, or a short national number (15, 17, 18, 112, 114, 115, 119, 3018, 3949, 116 006...).
 * Spaces, dots and dashes are allowed between digits; nothing else.
 */
export function isFrenchPhone(value: string): boolean {
  if (!/^[+\d][\d .-]*\d$/.test(value.trim())) return false;
  const digits = value.replace(/[ .-]/g, '');
  return (
    /^0[1-9]\d{8}$/.test(digits) ||
    /^\+33[1-9]\d{8}$/.test(digits) ||
    /^(15|17|18|11[0-9]|116\d{3}|3\d{3}|10\d{2})$/.test(digits)
  );
}
export const Phone = z
  .string()
  .trim()
  .refine(isFrenchPhone, 'must be a French phone number ("03 21 12 34 56") or a short national number ("3018", "112")');

/** A web address residents can open: https only (an http link or a typo must not reach them). */
export function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !/\s/.test(value);
  } catch {
    return false;
  }
}
export const Website = z.string().trim().refine(isHttpsUrl, 'must be a web address starting with https://');
export const Email = z.string().trim().regex(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i, 'must be an e-mail address (name@domain.fr)');

/**
 * Where a set of practical details comes from: the official page (https) and the day it was read. `note` says how
 * far it was verified ("lead only: widely published, nothing contradicts"), and stands alone only for such leads.
 * Absent on details taken from the convention itself: the entry's own `source` (section, quote) says so.
 */
export const FactSource = z
  .object({
    url: Website.optional(),
    checked: isoDate,
    note: text.optional(),
  })
  .strict()
  .refine((s) => s.url !== undefined || s.note !== undefined, { message: 'needs the official page (url) or a note saying how it was checked', path: ['url'] });
export type FactSource = z.infer<typeof FactSource>;

/** The practical text details, in the order a reply states them. */
export const DETAIL_TEXT_FIELDS = ['who', 'place', 'when', 'registration', 'price', 'audience', 'bring'] as const;
/** The practical details residents act on directly (a number to call, an address to write to, a site to open). */
export const DETAIL_PLAIN_FIELDS = ['phone', 'email', 'website'] as const;
export type DetailTextField = (typeof DETAIL_TEXT_FIELDS)[number];
export type DetailPlainField = (typeof DETAIL_PLAIN_FIELDS)[number];

const contactId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase words joined by "-" (e.g. mairie-labourse)');

/**
 * An entry's practical details. Every field is optional: an absent field is simply not said to residents (never
 * a "not published yet" sentence); staff fill it in from the console (issue 10, part 3) or here.
 */
export const EntryDetails = z
  .object({
    who: DetailText.optional(),
    place: DetailText.optional(),
    when: DetailText.optional(),
    registration: DetailText.optional(),
    price: DetailText.optional(),
    audience: DetailText.optional(),
    bring: DetailText.optional(),
    phone: Phone.optional(),
    email: Email.optional(),
    website: Website.optional(),
    /** Who to ask next, by id in knowledge/contacts.yaml; the first is the primary one. */
    contacts: z.array(contactId).optional(),
    source: FactSource.optional(),
  })
  .strict();
export type EntryDetails = z.infer<typeof EntryDetails>;

export const CONTACT_SCOPES = ['local', 'regional', 'national'] as const;
export const COMMUNES = ['labourse', 'beuvry'] as const;
export type Commune = (typeof COMMUNES)[number];

/**
 * Someone a resident can reach: a mairie, the CCAS, a partner of the convention, a national service. Practical
 * fields stay empty where unknown (staff fill them in); never invented.
 */
export const Contact = z
  .object({
    id: contactId,
    name: text,
    /** What they do for residents. */
    role: DetailText,
    scope: z.enum(CONTACT_SCOPES),
    commune: z.enum(COMMUNES).optional(),
    address: text.optional(),
    phone: Phone.optional(),
    email: Email.optional(),
    website: Website.optional(),
    hours: DetailText.optional(),
    source: FactSource.optional(),
  })
  .strict();
export type Contact = z.infer<typeof Contact>;

export const ContactsFile = z.object({ contacts: z.array(Contact) }).strict();
export type ContactsFile = z.infer<typeof ContactsFile>;

export const Entry = z
  .object({
    id,
    topic: id,
    title: Localized,
    /** The answer a resident reads: short, plain, concrete. */
    answer: Localized,
    /** What to do next, said after the answer. */
    next: Localized,
    /** How residents ask for it, in their own words; French first, some English. */
    phrasings: z
      .object({
        fr: z.array(text).min(3, 'needs at least 3 French phrasings'),
        en: z.array(text).min(1, 'needs at least 1 English phrasing'),
      })
      .strict(),
    /**
     * Residents' phrasings written outside the team, without seeing the knowledge, to teach the topics (issue 13,
     * docs/engine.md): read like `phrasings` by the search, the exact match and the second opinion (`allPhrasings`),
     * but left out of the danger safety net's ordinary class (danger-likelihood.ts), which was calibrated on its own
     * corpus — in a naive Bayes every word pays its class's size, and a larger ordinary class tips unseen words
     * towards danger.
     */
    residentPhrasings: z
      .object({ fr: z.array(text).default([]), en: z.array(text).default([]) })
      .strict()
      .optional(),
    /** Words and synonyms that point to this entry (any language). */
    keywords: z.array(text).default([]),
    /**
     * The wider vocabulary of the situations residents tell about this entry (e.g. for energy savings: radiateur,
     * sèche-linge, ampoule...). Weaker than keywords: helps to recognise stories, never enough on its own.
     */
    vocabulary: z.array(text).default([]),
    /** Other entry ids offered as "see also". */
    related: z.array(id).default([]),
    /** Practical details (who, where, when, phone...): what the reply states; absent = not said. */
    details: EntryDetails.default({}),
    source: Source,
  })
  .strict();
export type Entry = z.infer<typeof Entry>;

/** An entry's phrasings in one language, or both: its own and the residents' (`residentPhrasings`). */
export function allPhrasings(entry: Pick<Entry, 'phrasings' | 'residentPhrasings'>, locale?: 'fr' | 'en'): string[] {
  const { fr, en } = entry.phrasings;
  const residents = entry.residentPhrasings ?? { fr: [], en: [] };
  if (locale === 'fr') return [...fr, ...residents.fr];
  if (locale === 'en') return [...en, ...residents.en];
  return [...fr, ...en, ...residents.fr, ...residents.en];
}

/** One file per topic under knowledge/entries/: `topic` must be the file's name. */
export const EntryFile = z
  .object({
    topic: id,
    entries: z.array(Entry).min(1, 'a topic needs at least one entry'),
  })
  .strict();
export type EntryFile = z.infer<typeof EntryFile>;

export const Topic = z
  .object({
    id,
    label: Localized,
    source: text,
  })
  .strict();
export type Topic = z.infer<typeof Topic>;

export const TopicsFile = z.object({ topics: z.array(Topic).min(1) }).strict();

/**
 * The longest rule the normaliser tries (in words, apostrophes and hyphens counting as spaces, as residents' text is
 * folded). A longer key could never match: it is refused here, naming its file and key, instead of lying dead.
 */
export const MAX_WORDS_IN_A_RULE = 6;
const wordMap = z.record(text, text).superRefine((rules, ctx) => {
  for (const key of Object.keys(rules)) {
    if (key.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length > MAX_WORDS_IN_A_RULE) {
      ctx.addIssue({ code: 'custom', path: [key], message: `a rule of more than ${MAX_WORDS_IN_A_RULE} words never matches: shorten it` });
    }
  }
});
/**
 * Residents' words → the knowledge's words. `spelling` fixes how a word is written (SMS, abbreviations:
 * "cmt" → "comment"); `terms` maps a resident's word to the term the knowledge uses ("nounou" → "assistante
 * maternelle"). Both sides may be several words. `weak` words (place names, "quartier"...) never identify a
 * topic on their own. Stopwords (the standard French list + `stopwords` − `notStopwords`) are dropped before matching.
 */
const Sense = z
  .object({
    /** What the rule is for, for the reader. */
    about: text,
    near: z.array(text).min(1),
    window: z.number().int().min(1).max(12).default(6),
    words: z.record(text, text),
  })
  .strict();
export const LexiconFile = z
  .object({
    spelling: wordMap,
    terms: wordMap,
    weak: z.array(text).default([]),
    /** Towns outside the quarter (also weak): a hesitation about one of them that the best topic never mentions is "I don't know". */
    elsewhere: z.array(text).default([]),
    /** Extra stopwords, on top of the standard French list (stopwords-iso)... */
    stopwords: z.array(text).default([]),
    /** ...minus these words, which the standard list drops but matter here ("seul", "personne", "sein"). */
    notStopwords: z.array(text).default([]),
    /** Real words that look like a glued elision ("livre" is no "l'ivre", "nombre" no "n'ombre"): never split. */
    wholeWords: z.array(text).default([]),
    /**
     * Words whose sense depends on what is near (look-alikes): within `window` words of one of `near` (a pet, a
     * device), each of `words` is read as its replacement ("nounou" near "mon chien" is a pet sitter, not childcare).
     * Applied before `terms`; keys of one to three words.
     */
    senses: z.array(Sense).default([]),
  })
  .strict();
export type LexiconFile = z.infer<typeof LexiconFile>;

/**
 * Danger signals, checked before anything else. Each pattern is a regular expression over the normalised
 * message (lowercase, no accents, SMS spellings expanded, words separated by single spaces); a match answers
 * with the named urgence entry. Patterns must compile (checked here).
 */
const regex = z.string().refine(
  (source) => {
    try {
      new RegExp(source, 'u');
      return true;
    } catch {
      return false;
    }
  },
  { message: 'is not a valid regular expression' },
);
/** "{proche}" in a danger pattern: a word class of danger.yaml's `classes` (lowercase letters and "-"). */
const CLASS_REFERENCE = /\{([a-z][a-z-]*)\}/g;

/**
 * Word classes (`classes` of danger.yaml) written into the patterns that name them: "{proche}" becomes
 * "(mes enfants|ma fille|…)", a plain group, so that the prefilter of danger.ts still reads the words a pattern
 * requires. A class may name classes defined before it. An unknown name is left as it is: "{x}" is no valid pattern,
 * and the pattern is refused with its text.
 */
export function expandDangerClasses(raw: unknown): unknown {
  if (typeof raw !== 'object' || raw === null) return raw;
  const file = raw as { classes?: unknown; signals?: unknown; contexts?: unknown };
  if (typeof file.classes !== 'object' || file.classes === null) return raw;
  const groups = new Map<string, string>();
  const expand = (source: unknown): unknown =>
    typeof source === 'string' ? source.replace(CLASS_REFERENCE, (whole, name: string) => groups.get(name) ?? whole) : source;
  for (const [name, words] of Object.entries(file.classes as Record<string, unknown>)) {
    if (Array.isArray(words)) groups.set(name, `(${words.map((w) => String(expand(w))).join('|')})`);
  }
  const signals = Array.isArray(file.signals)
    ? file.signals.map((s: { patterns?: unknown }) => (Array.isArray(s?.patterns) ? { ...s, patterns: s.patterns.map(expand) } : s))
    : file.signals;
  const contexts = Array.isArray(file.contexts)
    ? file.contexts.map((c: { pattern?: unknown; unless?: unknown }) => ({ ...c, pattern: expand(c?.pattern), ...(c?.unless === undefined ? {} : { unless: expand(c.unless) }) }))
    : file.contexts;
  return { ...file, signals, contexts };
}

export const DangerFile = z.preprocess(expandDangerClasses, z
  .object({
    /**
     * Word classes the patterns name as "{name}" (people close to the resident, a harm done, now…): one family of
     * telling written once with its classes generalises to wordings nobody listed ("si je parle, {proche} va payer").
     */
    classes: z.record(z.string(), z.array(z.string().min(1)).min(1)).default({}),
    signals: z
      .array(
        z
          .object({
            id,
            entry: id,
            patterns: z.array(regex).min(1),
            /** Messages that must trigger this signal: kb:check and the tests run them. */
            examples: z.array(text).min(1),
          })
          .strict(),
      )
      .min(1),
    /** Messages that must NOT trigger any signal (guards against over-eager patterns). */
    notDanger: z.array(text).default([]),
    /**
     * Ways of talking about danger without being in it (an exposé, a film, a training, an idiom): a message in one
     * of these contexts gets neither a signal, nor the net's ⚠️ line, nor the urgence answer of the search.
     */
    contexts: z
      .array(
        z
          .object({
            id,
            pattern: regex,
            /** Words of danger lived now that take the message out of the context ("ma mère tombe souvent" vs "… et ne se relève pas"). */
            unless: regex.optional(),
            /** Ordinary messages this context must recognise: kb:check and the tests run them. */
            examples: z.array(text).min(1),
          })
          .strict(),
      )
      .default([]),
  })
  .strict());
export type DangerFile = z.infer<typeof DangerFile>;

/** danger-learning.yaml: examples for the word-level safety net behind the signals (danger-likelihood.ts). */
/**
 * A message of the net. A section heading belongs in a YAML comment (`  # --- …`); quoted (`- "# --- …"`), it was
 * loaded as a message and taught the net its words ("suicidal", "corpus", "written"): 67 of them were, until refused.
 */
const learningText = text.refine((t) => !t.startsWith('#'), 'starts with "#": a heading quoted as an item (write it as a YAML comment, unquoted)');
export const DangerLearningFile = z
  .object({
    danger: z.array(learningText).default([]),
    ordinary: z.array(learningText).default([]),
  })
  .strict();
export type DangerLearningFile = z.infer<typeof DangerLearningFile>;

/** A local date "YYYY-MM-DD" and time "HH:MM", always in Europe/Paris. */
const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date YYYY-MM-DD');
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time HH:MM (24 h)');

export const AgendaItem = z
  .object({
    id,
    topic: id,
    /** Optional: the knowledge entry this action belongs to, for "see also" and next-date answers. */
    entry: id.optional(),
    title: Localized,
    date: localDate,
    time: localTime,
    endTime: localTime.optional(),
    place: Localized,
    description: Localized.optional(),
    registration: Localized.optional(),
    /** What this action costs ("Gratuit", "2 € la séance"): said before the entry's own price. */
    price: Localized.optional(),
    /** Repeat weekly or monthly (same weekday of the same week of the month) until `until` (inclusive). */
    repeat: z
      .object({ every: z.enum(['week', 'month']), until: localDate })
      .strict()
      .optional(),
  })
  .strict();
export type AgendaItem = z.infer<typeof AgendaItem>;

export const AgendaFile = z
  .object({
    /** True for the shipped example: every answer that uses it says the data is an example. */
    sample: z.boolean(),
    items: z.array(AgendaItem),
  })
  .strict();
export type AgendaFile = z.infer<typeof AgendaFile>;

/**
 * Words the conversation reacts to: yes/no, cancel, "none of these", language switches, short follow-ups after an
 * answer. Data, like the rest of what the assistant understands, so staff can add a regional way of saying "yes".
 */
const phrases = z.array(text).min(1);
/** A public: the words that name it ("fils", "bébé", "teenager") and, for an age group, the ages it covers. */
export const AudienceGroup = z
  .object({
    id,
    /** An age group (default) or a gender: an entry for women says nothing of ages, and the reverse. */
    kind: z.enum(['age', 'gender']).default('age'),
    words: z.array(text).min(1),
    /**
     * Words that name a service made for this public ("crèche", "nursery"): they name the public beside a person
     * ("mon fils va à la crèche"), but said alone ("et la crèche ?") they ask about that service.
     */
    services: z.array(text).default([]),
    /** Ages (inclusive) that belong to this group: "mon fils de 2 ans" is a toddler. */
    ages: z.tuple([z.number().int().min(0), z.number().int().max(120)]).optional(),
  })
  .strict();
export type AudienceGroup = z.infer<typeof AudienceGroup>;
/** The details a follow-up asks about; the names of the practical details (who, place, when...) they are answered from. */
export const FOLLOW_UP_KINDS = ['place', 'when', 'end', 'price', 'registration', 'who', 'audience', 'bring', 'contact'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const ConversationFile = z
  .object({
    politeWords: z.array(text).default([]),
    /**
     * A choice by its number or rank when choices were offered ("le 2", "2 stp", "the second one", "le dernier"):
     * `around` are the words that may surround it, `ranks` the words of each rank (first list: 1), `last` the last.
     */
    choiceWords: z
      .object({ around: z.array(text).default([]), ranks: z.array(z.array(text)).default([]), last: z.array(text).default([]) })
      .strict()
      .default({ around: [], ranks: [], last: [] }),
    yes: phrases,
    no: phrases,
    /**
     * Words that may stand beside a `no` ("non pas du tout", "no it didn't", "bof pas vraiment"): a message of `no`
     * phrases (one at least) and these words only is a no. Anything else beside it ("non merci c'est bon") is not.
     */
    noAround: z.array(text).default([]),
    cancel: phrases,
    none: phrases,
    other: phrases,
    english: phrases,
    french: phrases,
    /** Leaving ("ok cool a+", "merci bonne journée"): `bye` words, with only `around`, yes and polite words beside them. */
    closing: z.object({ bye: z.array(text).default([]), around: z.array(text).default([]) }).strict().default({ bye: [], around: [] }),
    /** "autre chose, …", "another question: …": the subject changes, the rest of the message is a new question. */
    newTopic: z.array(text).default([]),
    /**
     * "sorry, can you tell me that in English?", "my French is not good": a clause that names a language with only
     * `around` words beside it asks for it; with a `negation` word of the other one, for that other one.
     */
    languageRequest: z
      .object({
        around: z.array(text).default([]),
        /** "my husband only speaks English": with a word of `speaking` in the clause, the `spokenBy` people are around words. */
        speaking: z.array(text).default([]),
        spokenBy: z.array(text).default([]),
        /** By the language asked for: the words that say the resident cannot read the other one, in this one's words. */
        negation: z.object({ english: z.array(text).default([]), french: z.array(text).default([]) }).strict().default({ english: [], french: [] }),
      })
      .strict()
      .default({ around: [], speaking: [], spokenBy: [], negation: { english: [], french: [] } }),
    remarqueIntent: phrases,
    /**
     * The language a message is written in, when the client's is French and the resident never chose one: "how can I
     * join it?" after a French answer is answered in English (this turn only). English when at least two `english`
     * words and no `french` word are in it (whole words, lowercase; words both languages share are in neither list).
     */
    writtenIn: z.object({ english: z.array(text).default([]), french: z.array(text).default([]) }).strict().default({ english: [], french: [] }),
    /**
     * Beside a follow-up's words, words that add nothing of their own ("first", "d'abord", "pour être sûre", "est-ce
     * que je dois"): they count as none of the message's own words and are not searched as a question of their own.
     */
    followUpAround: z.array(text).default([]),
    followups: z
      .object({
        place: phrases,
        when: phrases,
        end: phrases,
        price: phrases,
        registration: phrases,
        who: phrases,
        audience: phrases,
        bring: phrases,
        contact: phrases,
      })
      .strict(),
    /**
     * "c'est quoi le club Ados ?", "what is it exactly?" right after its answer: asking to explain it (the answer
     * again), not for a detail it does not give ("quelles entreprises seront là ?": not known, and who can tell).
     */
    explain: z.array(text).default([]),
    /** "ya quoi pour les ados ?": asking what there is for a public, not whether the last answer is for them. */
    whatFor: z.array(text).default([]),
    /**
     * "je peux venir avec mon bébé ?", "can I bring my kids along?": a public named after one of these words comes along
     * with the resident — it is not whom the last answer is asked about.
     */
    companions: z.array(text).default([]),
    /**
     * "les ados peuvent en faire partie ?", "can teenagers join it?": a public and one of these words, which point back
     * to the last answer — whether that service is for them, never another service the words would find.
     */
    joinIt: z.array(text).default([]),
    /**
     * "et je fais comment avec les petits pendant ce temps ?", "what do I do with my kids while I'm there?": right after
     * an answer, young children (`audiences`) and words that say "during it" (`words`) ask who minds them meanwhile —
     * the childcare entry (`entry`).
     */
    meanwhile: z
      .object({ entry: id.optional(), audiences: z.array(id).default([]), words: z.array(text).default([]) })
      .strict()
      .default({ audiences: [], words: [] }),
    /** "et pour mon fils de 2 ans ?": who a resident asks for, to find the service of the same family that fits. */
    audiences: z.array(AudienceGroup).default([]),
    /**
     * "my mum is 80", "ma mère a 78", "mon fils de 12": people a resident gives an age without "ans" (`who`), the
     * words that may stand between them and the number (`between`), and what after a number makes it something else
     * than an age (`notAfter`: "mon père 20 euros", "ma fille 10 h").
     */
    agedPeople: z
      .object({ who: z.array(text).default([]), between: z.array(text).default([]), notAfter: z.array(text).default([]) })
      .strict()
      .default({ who: [], between: [], notAfter: [] }),
    /** Families of services for different publics (childcare, homework help, club ados...), by entry id. */
    families: z.array(z.object({ id, entries: z.record(id, z.array(id)) }).strict()).default([]),
  })
  .strict();
export type ConversationFile = z.infer<typeof ConversationFile>;

/**
 * Domains the assistant is not for (weather, recipes, football...): they compete with the entries in the search,
 * and when one explains a message best, the assistant falls back honestly instead of stretching a real topic.
 */
/**
 * A municipal service the convention does not cover (waste collection, the swimming pool, identity papers...): the
 * reply says so and names where such questions are answered. `contacts`: ids of knowledge/contacts.yaml (their
 * practical lines are shown once known: a national service's verified site, a mairie's phone once staff fill it in).
 * `where`: the sentence that says who handles it, when that is not simply the mairie (identity papers: the ANTS
 * pre-application, then an equipped mairie; local taxes: the tax administration). It names only services of
 * `contacts` that are verified in contacts.yaml (source url and date), never a local fact; without it, the reply
 * sends residents to the two mairies.
 */
export const HorsChampRedirect = z.object({ label: Localized, contacts: z.array(id).min(1), where: Localized.optional() }).strict();
export type HorsChampRedirect = z.infer<typeof HorsChampRedirect>;

export const HorsChampFile = z
  .object({
    domains: z.array(
      z
        .object({
          id,
          vocabulary: z.array(text).min(1),
          phrasings: z.array(text).default([]),
          redirect: HorsChampRedirect.optional(),
        })
        .strict(),
    ),
    /**
     * Where to send a question about the mairie of a town outside the quarter (lexicon `elsewhere`: "la mairie de
     * Lille ouvre quand ?"), which the quarter's contact-mairie entry would otherwise answer with its own mairies.
     */
    elsewhere: HorsChampRedirect.optional(),
  })
  .strict();
export type HorsChampFile = z.infer<typeof HorsChampFile>;
