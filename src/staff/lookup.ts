/**
 * What the pages need to know about the knowledge, as plain lists: topic labels and entry titles in French (staff
 * read French), for filters, the teaching form and the agenda form.
 */
import type { Knowledge } from '../knowledge/loader.js';

export interface TopicOption {
  id: string;
  label: string;
}

export interface EntryOption {
  id: string;
  topic: string;
  title: string;
}

export interface Lookup {
  topics: readonly TopicOption[];
  entries: readonly EntryOption[];
  topicLabel(id: string | null): string;
  entryTitle(id: string | null): string;
  topicIds: ReadonlySet<string>;
  entryIds: ReadonlySet<string>;
}

export function createLookup(knowledge: Knowledge): Lookup {
  const topics = knowledge.topics.map((topic) => ({ id: topic.id, label: topic.label.fr }));
  const entries = knowledge.entries.map((entry) => ({ id: entry.id, topic: entry.topic, title: entry.title.fr }));
  const topicLabels = new Map(topics.map((topic) => [topic.id, topic.label]));
  const entryTitles = new Map(entries.map((entry) => [entry.id, entry.title]));
  return {
    topics,
    entries,
    // An id the knowledge no longer has (renamed since) is shown as it is rather than hidden.
    topicLabel: (id) => (id === null ? '' : (topicLabels.get(id) ?? id)),
    entryTitle: (id) => (id === null ? '' : (entryTitles.get(id) ?? id)),
    topicIds: new Set(topicLabels.keys()),
    entryIds: new Set(entryTitles.keys()),
  };
}
