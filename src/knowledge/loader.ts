/**
 * Reads knowledge/ from disk, validates each file with its zod schema, then checks what only makes sense across
 * files (an entry's topic exists, a related id exists, a danger signal points to an urgence entry...).
 *
 * Every problem becomes a KnowledgeError naming the file, the entry and the field, because the people who edit
 * these files are municipal staff, not developers: "entries/bus-sante.yaml, entry bus-sante-femmes, field
 * answer.en: must not be empty" is something they can fix; a zod dump is not.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'zod';
import {
  AgendaFile,
  ContactsFile,
  ConversationFile,
  DangerFile,
  DangerLearningFile,
  HorsChampFile,
  EntryFile,
  LexiconFile,
  TopicsFile,
  type AgendaItem,
  type Contact,
  type Entry,
  type Topic,
} from './schema.js';

export interface Knowledge {
  topics: Topic[];
  entries: Entry[];
  lexicon: LexiconFile;
  danger: DangerFile;
  dangerLearning: DangerLearningFile;
  /**
   * knowledge/danger-corpora.yaml (optional): the training corpora and families learnt by the second safety net only
   * (danger-likelihood.ts SafetyNet), so that the first net stays the one every control list and test was measured on.
   */
  dangerCorpora?: DangerLearningFile;
  agenda: AgendaFile;
  conversation: ConversationFile;
  horsChamp: HorsChampFile;
  /** Who residents can reach (knowledge/contacts.yaml): mairies, CCAS, partners, verified national services. */
  contacts: Contact[];
}

export interface KnowledgeProblem {
  file: string;
  entry?: string;
  field?: string;
  message: string;
}

export class KnowledgeError extends Error {
  constructor(readonly problems: KnowledgeProblem[]) {
    super(`The knowledge files have ${problems.length} problem(s):\n` + problems.map(formatProblem).join('\n'));
    this.name = 'KnowledgeError';
  }
}

export function formatProblem(p: KnowledgeProblem): string {
  const where = [p.file, p.entry ? `entry "${p.entry}"` : '', p.field ? `field ${p.field}` : '']
    .filter(Boolean)
    .join(', ');
  return `  - ${where}: ${p.message}`;
}

/** The default knowledge folder: ./knowledge next to package.json, whether run from src/ or dist/src/. */
export function defaultKnowledgeDir(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'knowledge'))) {
      return path.join(dir, 'knowledge');
    }
    dir = path.dirname(dir);
  }
  return path.resolve('knowledge');
}

/** Loads and validates the whole knowledge folder; throws a KnowledgeError listing every problem found. */
export function loadKnowledge(dir: string = defaultKnowledgeDir()): Knowledge {
  const problems: KnowledgeProblem[] = [];
  const read = <S extends z.ZodType>(relative: string, schema: S): z.infer<S> | undefined =>
    readValidated(dir, relative, schema, problems);

  const topicsFile = read('topics.yaml', TopicsFile);
  const lexicon = read('lexicon.yaml', LexiconFile);
  const danger = read('danger.yaml', DangerFile);
  // Optional: without it, the safety net learns from the entries' phrasings and the signals' examples only.
  const dangerLearning = existsSync(path.join(dir, 'danger-learning.yaml'))
    ? read('danger-learning.yaml', DangerLearningFile)
    : DangerLearningFile.parse({});
  const dangerCorpora = existsSync(path.join(dir, 'danger-corpora.yaml'))
    ? read('danger-corpora.yaml', DangerLearningFile)
    : DangerLearningFile.parse({});
  const agenda = read('agenda.yaml', AgendaFile);
  const conversation = read('conversation.yaml', ConversationFile);
  const horsChamp = read('hors-champ.yaml', HorsChampFile);
  const contactsFile = read('contacts.yaml', ContactsFile);

  const entries: Entry[] = [];
  const entriesDir = path.join(dir, 'entries');
  const entryFiles = existsSync(entriesDir)
    ? readdirSync(entriesDir).filter((f) => /\.ya?ml$/.test(f)).sort()
    : [];
  if (entryFiles.length === 0) problems.push({ file: 'entries/', message: 'no entry file found' });
  for (const file of entryFiles) {
    const relative = `entries/${file}`;
    const parsed = read(relative, EntryFile);
    if (!parsed) continue;
    const expectedTopic = file.replace(/\.ya?ml$/, '');
    if (parsed.topic !== expectedTopic) {
      problems.push({ file: relative, field: 'topic', message: `is "${parsed.topic}" but the file is named after "${expectedTopic}"` });
    }
    for (const entry of parsed.entries) {
      if (entry.topic !== parsed.topic) {
        problems.push({ file: relative, entry: entry.id, field: 'topic', message: `is "${entry.topic}" but the file holds topic "${parsed.topic}"` });
      }
      entries.push(entry);
    }
  }

  if (problems.length > 0 || !topicsFile || !lexicon || !danger || !dangerLearning || !dangerCorpora || !agenda || !conversation || !horsChamp || !contactsFile) {
    throw new KnowledgeError(problems);
  }
  const knowledge = { topics: topicsFile.topics, entries, lexicon, danger, dangerLearning, dangerCorpora, agenda, conversation, horsChamp, contacts: contactsFile.contacts };
  checkAcrossFiles(knowledge, problems);
  if (problems.length > 0) throw new KnowledgeError(problems);
  return knowledge;
}

function readValidated<S extends z.ZodType>(
  dir: string,
  relative: string,
  schema: S,
  problems: KnowledgeProblem[],
): z.infer<S> | undefined {
  const file = path.join(dir, relative);
  let raw: unknown;
  try {
    raw = flatStrings(parseYaml(readFileSync(file, 'utf8')));
  } catch (error) {
    const message =
      error instanceof YAMLParseError
        ? `is not valid YAML (${error.message.split('\n')[0]})`
        : (error as NodeJS.ErrnoException).code === 'ENOENT'
          ? 'is missing'
          : `cannot be read (${(error as Error).message})`;
    problems.push({ file: relative, message });
    return undefined;
  }
  const result = schema.safeParse(raw);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    problems.push({ file: relative, ...locate(raw, issue.path), message: issue.message });
  }
  return undefined;
}

/** Turns a zod path like ["entries", 3, "answer", "en"] into the entry's id and the field "answer.en". */
function locate(raw: unknown, issuePath: PropertyKey[]): { entry?: string; field?: string } {
  const listKey = issuePath[0];
  if ((listKey === 'entries' || listKey === 'items' || listKey === 'signals' || listKey === 'contacts') && typeof issuePath[1] === 'number') {
    const list = (raw as Record<string, unknown>)[listKey];
    const item = Array.isArray(list) ? (list[issuePath[1]] as { id?: unknown } | undefined) : undefined;
    const entry = typeof item?.id === 'string' ? item.id : `#${issuePath[1] + 1}`;
    const field = issuePath.slice(2).map(String).join('.');
    return { entry, field: field || undefined };
  }
  const field = issuePath.map(String).join('.');
  return { field: field || undefined };
}

function checkAcrossFiles(k: Knowledge, problems: KnowledgeProblem[]): void {
  const topicIds = new Set<string>();
  for (const topic of k.topics) {
    if (topicIds.has(topic.id)) problems.push({ file: 'topics.yaml', field: 'topics', message: `topic "${topic.id}" is listed twice` });
    topicIds.add(topic.id);
  }
  const entryIds = new Map<string, Entry>();
  const topicsWithEntries = new Set<string>();
  for (const entry of k.entries) {
    const file = `entries/${entry.topic}.yaml`;
    if (entryIds.has(entry.id)) problems.push({ file, entry: entry.id, field: 'id', message: 'is used by another entry' });
    entryIds.set(entry.id, entry);
    topicsWithEntries.add(entry.topic);
    if (!topicIds.has(entry.topic)) problems.push({ file, entry: entry.id, field: 'topic', message: `"${entry.topic}" is not a topic of topics.yaml` });
  }
  const contactIds = new Set<string>();
  for (const contact of k.contacts) {
    if (contactIds.has(contact.id)) problems.push({ file: 'contacts.yaml', entry: contact.id, field: 'id', message: 'is used by another contact' });
    contactIds.add(contact.id);
  }
  for (const entry of k.entries) {
    for (const id of entry.details.contacts ?? []) {
      if (!contactIds.has(id)) problems.push({ file: `entries/${entry.topic}.yaml`, entry: entry.id, field: 'details.contacts', message: `"${id}" is not the id of any contact of contacts.yaml` });
    }
  }
  for (const entry of k.entries) {
    for (const related of entry.related) {
      if (!entryIds.has(related)) {
        problems.push({ file: `entries/${entry.topic}.yaml`, entry: entry.id, field: 'related', message: `"${related}" is not the id of any entry` });
      } else if (related === entry.id) {
        problems.push({ file: `entries/${entry.topic}.yaml`, entry: entry.id, field: 'related', message: 'an entry cannot be related to itself' });
      }
    }
  }
  for (const topic of k.topics) {
    if (!topicsWithEntries.has(topic.id)) problems.push({ file: `entries/${topic.id}.yaml`, message: `topic "${topic.id}" has no entry` });
  }
  for (const signal of k.danger.signals) {
    const target = entryIds.get(signal.entry);
    if (!target) problems.push({ file: 'danger.yaml', entry: signal.id, field: 'entry', message: `"${signal.entry}" is not the id of any entry` });
    else if (target.topic !== 'urgence') problems.push({ file: 'danger.yaml', entry: signal.id, field: 'entry', message: `"${signal.entry}" is not an entry of topic urgence` });
  }
  k.agenda.items.forEach((item: AgendaItem) => {
    if (!topicIds.has(item.topic)) problems.push({ file: 'agenda.yaml', entry: item.id, field: 'topic', message: `"${item.topic}" is not a topic of topics.yaml` });
    if (item.entry && !entryIds.has(item.entry)) problems.push({ file: 'agenda.yaml', entry: item.id, field: 'entry', message: `"${item.entry}" is not the id of any entry` });
  });
  const audienceIds = new Set(k.conversation.audiences.map((a) => a.id));
  for (const family of k.conversation.families) {
    for (const [entryId, audiences] of Object.entries(family.entries)) {
      if (!entryIds.has(entryId)) problems.push({ file: 'conversation.yaml', entry: family.id, field: 'families', message: `"${entryId}" is not the id of any entry` });
      for (const a of audiences) {
        if (!audienceIds.has(a)) problems.push({ file: 'conversation.yaml', entry: family.id, field: 'families', message: `"${a}" is not one of the audiences` });
      }
    }
  }
  const { meanwhile } = k.conversation;
  if (meanwhile.entry && !entryIds.has(meanwhile.entry)) problems.push({ file: 'conversation.yaml', entry: 'meanwhile', field: 'entry', message: `"${meanwhile.entry}" is not the id of any entry` });
  for (const a of meanwhile.audiences) {
    if (!audienceIds.has(a)) problems.push({ file: 'conversation.yaml', entry: 'meanwhile', field: 'audiences', message: `"${a}" is not one of the audiences` });
  }
}

/**
 * The parsed data with strings of their own. The YAML parser's strings are slices of the file's text, which V8 then
 * keeps whole — comments included — as long as one of them lives (≈ 2 MB of source texts for the knowledge files,
 * docs/performance.md). A JSON round trip is the identity on what YAML's core schema gives (strings, numbers,
 * booleans, null, lists, maps) and makes every string a copy.
 */
function flatStrings(value: unknown): unknown {
  return value === undefined ? undefined : JSON.parse(JSON.stringify(value));
}
