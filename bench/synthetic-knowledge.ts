/**
 * Synthetic knowledge N times larger than the real one, "as if N quarters were loaded": every entry of the real
 * knowledge is cloned N − 1 times under new ids and new topics (one set per imaginary quarter), and in each clone
 * about a third of the longer words (places, programme names, local vocabulary) are replaced by words invented for
 * that quarter. The vocabulary therefore grows with N, as it would with real quarters, while the common service
 * words (santé, emploi, garde…) stay shared and compete across quarters.
 *
 * Deterministic (a hash, no Math.random): two runs benchmark the same knowledge.
 */
import type { Knowledge } from '../src/knowledge/loader.js';
import type { Entry, Localized, Topic } from '../src/knowledge/schema.js';

/** Share of the words of 4+ letters that a quarter renames. */
const RENAMED_SHARE = 0.35;
const SYLLABLES = ['ba', 'ko', 'ri', 'me', 'su', 'lo', 'ta', 'vi', 'ne', 'dou', 'gar', 'pel', 'mi', 'ro', 'zan', 'fe', 'lu', 'cho', 'tin', 'var'];

/** FNV-1a, 32 bits: a stable hash for the deterministic choices. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The word quarter `q` uses instead of `word`, or the word itself (same word, same quarter → same answer). */
function quarterWord(word: string, q: number): string {
  if (word.length < 4) return word;
  const h = hash(`${q}:${word.toLowerCase()}`);
  if ((h % 1000) / 1000 >= RENAMED_SHARE) return word;
  let out = '';
  for (let i = 0, x = h; i < 3 + (h % 2); i++, x = Math.floor(x / SYLLABLES.length)) out += SYLLABLES[x % SYLLABLES.length];
  return out;
}

function perturb(text: string, q: number): string {
  return text.replace(/\p{L}+/gu, (word) => quarterWord(word, q));
}

function localized(value: Localized, q: number): Localized {
  return { fr: perturb(value.fr, q), en: perturb(value.en, q) };
}

const cloneId = (id: string, q: number) => `${id}-q${q}`;

function cloneEntry(entry: Entry, q: number): Entry {
  return {
    ...entry,
    id: cloneId(entry.id, q),
    topic: cloneId(entry.topic, q),
    title: localized(entry.title, q),
    answer: localized(entry.answer, q),
    next: localized(entry.next, q),
    phrasings: { fr: entry.phrasings.fr.map((p) => perturb(p, q)), en: entry.phrasings.en.map((p) => perturb(p, q)) },
    keywords: entry.keywords.map((k) => perturb(k, q)),
    vocabulary: entry.vocabulary.map((v) => perturb(v, q)),
    related: entry.related.map((id) => cloneId(id, q)),
  };
}

function cloneTopic(topic: Topic, q: number): Topic {
  return { ...topic, id: cloneId(topic.id, q), label: localized(topic.label, q) };
}

/**
 * The real knowledge with `factor − 1` more quarters. The urgence entries are not cloned: danger signals point to
 * them, and a city has one set of emergency numbers.
 */
export function syntheticKnowledge(real: Knowledge, factor: number): Knowledge {
  if (factor <= 1) return real;
  const entries = [...real.entries];
  const topics = [...real.topics];
  for (let q = 1; q < factor; q++) {
    for (const topic of real.topics) if (topic.id !== 'urgence') topics.push(cloneTopic(topic, q));
    for (const entry of real.entries) if (entry.topic !== 'urgence') entries.push(cloneEntry(entry, q));
  }
  return { ...real, topics, entries };
}
