import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { KnowledgeError, loadKnowledge } from '../../src/knowledge/loader.js';
import { copyKnowledge } from '../helpers/knowledge-copy.js';

function problemsOf(dir: string): string {
  try {
    loadKnowledge(dir);
  } catch (error) {
    expect(error).toBeInstanceOf(KnowledgeError);
    return (error as KnowledgeError).message;
  }
  throw new Error('the broken knowledge was accepted');
}

describe('the real knowledge', () => {
  it('loads, with exactly the topics of the evaluation, each with at least one entry', () => {
    const knowledge = loadKnowledge();
    const expected = (JSON.parse(readFileSync('tests/fixtures/topics.json', 'utf8')) as { topics: { id: string }[] }).topics.map((t) => t.id);
    expect(knowledge.topics.map((t) => t.id).sort()).toEqual([...expected].sort());
    for (const id of expected) expect(knowledge.entries.some((e) => e.topic === id), id).toBe(true);
    for (const entry of knowledge.entries) expect(entry.source.section.length, entry.id).toBeGreaterThan(0);
  });
});

describe('a broken knowledge file gets an error naming the file, the entry and the field', () => {
  it('an empty English answer', () => {
    const kb = copyKnowledge();
    kb.edit('entries/bus-sante.yaml', (t) => t.replace(/(\n    answer:\n      fr: [\s\S]*?\n      en: )>-\n[\s\S]*?\n    next:/, '$1""\n    next:'));
    expect(problemsOf(kb.dir)).toMatch(/entries\/bus-sante\.yaml, entry "bus-sante", field answer\.en: must not be empty/);
  });

  it('a missing required field and an unknown field', () => {
    const kb = copyKnowledge();
    kb.edit('entries/club-ados.yaml', (t) => t.replace('\n    next:', '\n    suivant: oups\n    next:').replace(/\n    source:\n      section: [^\n]*/, '\n    source:'));
    const message = problemsOf(kb.dir);
    expect(message).toMatch(/entries\/club-ados\.yaml, entry "club-ados", field source/);
    expect(message).toMatch(/entries\/club-ados\.yaml, entry "club-ados".*suivant/);
  });

  it('a lexicon rule too long ever to match', () => {
    const kb = copyKnowledge();
    kb.edit('lexicon.yaml', (t) => t.replace('\nterms:\n', "\nterms:\n  quand est ce qu on peut y aller: horaires\n"));
    expect(problemsOf(kb.dir)).toMatch(/lexicon\.yaml.*terms.*more than 6 words never matches/);
  });

  it('a section heading of danger-learning.yaml quoted as an item (it was learnt by the safety net)', () => {
    const kb = copyKnowledge();
    kb.edit('danger-learning.yaml', (t) => t.replace('\ndanger:\n', '\ndanger:\n  - "# --- a heading, quoted"\n'));
    expect(problemsOf(kb.dir)).toMatch(/danger-learning\.yaml.*danger\.0.*starts with "#"/);
  });

  it('the real danger-learning.yaml has no heading among its items', () => {
    const { dangerLearning } = loadKnowledge();
    expect([...dangerLearning.danger, ...dangerLearning.ordinary].filter((t) => t.startsWith('#'))).toEqual([]);
  });

  it('a related id that does not exist', () => {
    const kb = copyKnowledge();
    kb.edit('entries/forum-emploi.yaml', (t) => t.replace(/\n    related:\n/, '\n    related:\n      - entree-inconnue\n'));
    expect(problemsOf(kb.dir)).toMatch(/entries\/forum-emploi\.yaml, entry "forum-emploi", field related: "entree-inconnue" is not the id of any entry/);
  });

  it('invalid YAML, a bad agenda date and a danger pattern that is not a regular expression', () => {
    const kb = copyKnowledge();
    kb.edit('lexicon.yaml', (t) => `${t}\n  : : [unclosed\n`);
    kb.edit('agenda.yaml', (t) => t.replace(/date: "?\d{4}-\d{2}-\d{2}"?/, 'date: 12/01/2027'));
    kb.edit('danger.yaml', (t) => t.replace('      - \\bsuicid\n', '      - "(unclosed"\n'));
    const message = problemsOf(kb.dir);
    expect(message).toMatch(/lexicon\.yaml: is not valid YAML/);
    expect(message).toMatch(/agenda\.yaml, entry "[a-z0-9-]+", field date: must be a date YYYY-MM-DD/);
    expect(message).toMatch(/danger\.yaml, entry "detresse", field patterns\.\d+: is not a valid regular expression/);
  });

  it('a topic without entries, and an entry filed under the wrong topic', () => {
    const kb = copyKnowledge();
    kb.edit('entries/pole-culturel.yaml', (t) => t.replace(/topic: pole-culturel\nentries:/, 'topic: pole-culturel\nentries: []\nx:'));
    kb.edit('entries/transports.yaml', (t) => t.replace('    topic: transports\n', '    topic: eco-gestes\n'));
    const message = problemsOf(kb.dir);
    expect(message).toMatch(/entries\/pole-culturel\.yaml/);
    expect(message).toMatch(/entries\/transports\.yaml, entry "transports", field topic: is "eco-gestes" but the file holds topic "transports"/);
  });
});
