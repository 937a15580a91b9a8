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

/**
 * A practical detail (who runs it, where, when, how to register...). `to-be-confirmed` marks what the convention
 * does not say: the assistant then sends the resident to the mairie instead of stating it.
 */
export const DETAIL_KINDS = ['who', 'where', 'when', 'how', 'cost', 'contact', 'public'] as const;
export const DETAIL_STATUSES = ['confirmed', 'to-be-confirmed'] as const;
export const Detail = z
  .object({
    kind: z.enum(DETAIL_KINDS),
    status: z.enum(DETAIL_STATUSES),
    fr: text,
    en: text,
  })
  .strict();
export type Detail = z.infer<typeof Detail>;

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
    /** Words and synonyms that point to this entry (any language). */
    keywords: z.array(text).default([]),
    /**
     * The wider vocabulary of the situations residents tell about this entry (e.g. for energy savings: radiateur,
     * sèche-linge, ampoule...). Weaker than keywords: helps to recognise stories, never enough on its own.
     */
    vocabulary: z.array(text).default([]),
    /** Other entry ids offered as "see also". */
    related: z.array(id).default([]),
    details: z.array(Detail).default([]),
    source: Source,
  })
  .strict();
export type Entry = z.infer<typeof Entry>;

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
 * Residents' words → the knowledge's words. `spelling` fixes how a word is written (SMS, abbreviations:
 * "cmt" → "comment"); `terms` maps a resident's word to the term the knowledge uses ("nounou" → "assistante
 * maternelle"). Both sides may be several words. `weak` words (place names, "quartier"...) never identify a
 * topic on their own. Stopwords (the standard French list + `stopwords` − `notStopwords`) are dropped before matching.
 */
const wordMap = z.record(text, text);
export const LexiconFile = z
  .object({
    spelling: wordMap,
    terms: wordMap,
    weak: z.array(text).default([]),
    /** Extra stopwords, on top of the standard French list (stopwords-iso)... */
    stopwords: z.array(text).default([]),
    /** ...minus these words, which the standard list drops but matter here ("seul", "personne", "sein"). */
    notStopwords: z.array(text).default([]),
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
export const DangerFile = z
  .object({
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
    /** Words that add a line of emergency numbers to any reply when no signal matched (a safety net). */
    riskPatterns: z.array(regex).default([]),
  })
  .strict();
export type DangerFile = z.infer<typeof DangerFile>;

/** danger-learning.yaml: examples for the word-level safety net behind the signals (danger-likelihood.ts). */
export const DangerLearningFile = z
  .object({
    danger: z.array(text).default([]),
    ordinary: z.array(text).default([]),
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
export const FOLLOW_UP_KINDS = ['where', 'when', 'cost', 'how', 'who'] as const;
export type FollowUpKind = (typeof FOLLOW_UP_KINDS)[number];
export const ConversationFile = z
  .object({
    politeWords: z.array(text).default([]),
    yes: phrases,
    no: phrases,
    cancel: phrases,
    none: phrases,
    other: phrases,
    english: phrases,
    french: phrases,
    remarqueIntent: phrases,
    followups: z.object({ where: phrases, when: phrases, cost: phrases, how: phrases, who: phrases }).strict(),
  })
  .strict();
export type ConversationFile = z.infer<typeof ConversationFile>;

/**
 * Domains the assistant is not for (weather, recipes, football...): they compete with the entries in the search,
 * and when one explains a message best, the assistant falls back honestly instead of stretching a real topic.
 */
/**
 * A municipal service the convention does not cover (waste collection, the swimming pool, identity papers...): the
 * reply says so and names where such questions are answered. `contacts`: ids of knowledge/contacts.yaml.
 */
export const HorsChampRedirect = z.object({ label: Localized, contacts: z.array(id).min(1) }).strict();
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
  })
  .strict();
export type HorsChampFile = z.infer<typeof HorsChampFile>;
