/**
 * `npm run kb:check`: what the schema alone cannot see. Errors fail CI (a phrasing under two topics confuses the
 * engine; a quote not found in the convention may be an invented fact; a danger example that no longer triggers is
 * the worst kind of regression); warnings and notices tell staff where the knowledge is thin or unconfirmed.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fold } from '../engine/normalise.js';
import { DangerDetector } from '../engine/danger.js';
import { Normaliser } from '../engine/normalise.js';
import type { Knowledge } from './loader.js';
import { allPhrasings } from './schema.js';

/** Fewer phrasings than this is a warning: the engine learns residents' words from them. */
export const MIN_PHRASINGS = { fr: 8, en: 2 } as const;

export interface CheckReport {
  errors: string[];
  warnings: string[];
  notices: string[];
  /** `missing`: practical details (place, when, phone...) no service entry has yet, for staff to fill in. */
  stats: { topics: number; entries: number; phrasingsFr: number; phrasingsEn: number; missing: number; contactsToFill: number };
}

/** Topics whose entries are about the assistant itself or emergencies: no practical details expected. */
const NO_DETAILS_TOPICS = new Set(['urgence', 'salutation', 'aide', 'confidentialite', 'remarque']);
/** The practical details staff are asked to fill in when absent (who and audience usually come with the text). */
const MISSING_FIELDS = ['place', 'when', 'registration', 'price', 'phone', 'website'] as const;

function olderThanMonths(date: string, months: number, today: Date): boolean {
  const limit = new Date(today);
  limit.setUTCMonth(limit.getUTCMonth() - months);
  return date < limit.toISOString().slice(0, 10);
}

export function checkKnowledge(
  k: Knowledge,
  options: { convention?: string; expectedTopicIds?: string[]; today?: Date } = {},
): CheckReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const notices: string[] = [];

  if (options.expectedTopicIds) {
    const ours = new Set(k.topics.map((t) => t.id));
    const expected = new Set(options.expectedTopicIds);
    for (const id of expected) if (!ours.has(id)) errors.push(`topic "${id}" of the evaluation's topics.json is missing from topics.yaml`);
    for (const id of ours) if (!expected.has(id)) errors.push(`topic "${id}" of topics.yaml is not in the evaluation's topics.json`);
  }

  const phrasingOwner = new Map<string, { topic: string; entry: string }>();
  let missing = 0;
  for (const entry of k.entries) {
    const where = `entries/${entry.topic}.yaml, entry "${entry.id}"`;
    if (entry.phrasings.fr.length < MIN_PHRASINGS.fr) warnings.push(`${where}: only ${entry.phrasings.fr.length} French phrasings (aim for ${MIN_PHRASINGS.fr}+)`);
    if (entry.phrasings.en.length < MIN_PHRASINGS.en) warnings.push(`${where}: only ${entry.phrasings.en.length} English phrasings (aim for ${MIN_PHRASINGS.en}+)`);
    for (const text of allPhrasings(entry)) {
      const key = fold(text);
      const owner = phrasingOwner.get(key);
      if (!owner) phrasingOwner.set(key, { topic: entry.topic, entry: entry.id });
      else if (owner.topic !== entry.topic) errors.push(`${where}: phrasing "${text}" is also under topic ${owner.topic} (entry ${owner.entry})`);
      else if (owner.entry !== entry.id) warnings.push(`${where}: phrasing "${text}" is also in entry ${owner.entry} of the same topic`);
    }
    if (!NO_DETAILS_TOPICS.has(entry.topic)) {
      const absent = MISSING_FIELDS.filter((field) => entry.details[field] === undefined);
      missing += absent.length;
      if (absent.length > 0) notices.push(`missing — ${entry.id}: ${absent.join(', ')} (staff fill them in: Fiches page or the YAML)`);
      if ((entry.details.contacts ?? []).length === 0) warnings.push(`${where}: details.contacts is empty: residents are told nobody to ask next`);
    }
    if ((entry.details.phone || entry.details.website || entry.details.email) && !entry.details.source && entry.topic !== 'urgence') {
      warnings.push(`${where}: details has a phone, e-mail or website but no details.source (official page and date checked)`);
    }
    if (options.convention && entry.source.quote && !fold(options.convention).includes(fold(entry.source.quote))) {
      errors.push(`${where}: source.quote is not in the convention: "${entry.source.quote}"`);
    }
  }

  const normaliser = new Normaliser(k.lexicon);
  const detector = new DangerDetector(k.danger);
  for (const signal of k.danger.signals) {
    for (const example of signal.examples) {
      if (!detector.detect(normaliser.foldForPatterns(example))) errors.push(`danger.yaml, signal "${signal.id}": example "${example}" does not trigger any signal`);
    }
  }
  for (const text of k.danger.notDanger) {
    const hit = detector.detect(normaliser.foldForPatterns(text));
    if (hit) errors.push(`danger.yaml: notDanger "${text}" triggers signal "${hit.signal}"`);
  }
  for (const context of k.danger.contexts) {
    for (const example of context.examples) {
      if (detector.context(normaliser.foldForPatterns(example)) === undefined) errors.push(`danger.yaml, context "${context.id}": example "${example}" is not recognised`);
    }
  }
  for (const signal of k.danger.signals) {
    for (const example of signal.examples) {
      const context = detector.context(normaliser.foldForPatterns(example));
      if (context) errors.push(`danger.yaml, signal "${signal.id}": example "${example}" is read as context "${context}"`);
    }
  }

  let contactsToFill = 0;
  for (const contact of k.contacts) {
    const where = `contacts.yaml, contact "${contact.id}"`;
    const practical = contact.phone || contact.website || contact.email || contact.address || contact.hours;
    if (contact.scope !== 'local' && practical && !contact.source) {
      errors.push(`${where}: a ${contact.scope} service's phone, site or address needs a source (official page and date checked)`);
    }
    if (contact.scope === 'local' && !practical) {
      contactsToFill++;
      notices.push(`contact to fill in — ${contact.id} (${contact.name}): no address, phone, e-mail, website or hours yet`);
    }
    if (contact.source && olderThanMonths(contact.source.checked, 12, options.today ?? new Date())) {
      warnings.push(`${where}: source checked on ${contact.source.checked}, more than 12 months ago: check it again`);
    }
  }

  if (k.agenda.sample) notices.push(`agenda.yaml is SAMPLE data (${k.agenda.items.length} example actions): replace it with the real programme`);

  return {
    errors,
    warnings,
    notices,
    stats: {
      topics: k.topics.length,
      entries: k.entries.length,
      phrasingsFr: k.entries.reduce((n, e) => n + e.phrasings.fr.length, 0),
      phrasingsEn: k.entries.reduce((n, e) => n + e.phrasings.en.length, 0),
      missing,
      contactsToFill,
    },
  };
}

/** The convention shipped with the knowledge (knowledge/source/), used to verify quotes. */
export function readConvention(knowledgeDir: string): string | undefined {
  const file = path.join(knowledgeDir, 'source', 'convention-labourse-renaissance.md');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
