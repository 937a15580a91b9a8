/**
 * `npm run kb:export -- DIR`: the knowledge with the staff's changes applied, written back as YAML, so a commune can
 * keep its fiches under version control (and ship them as the new defaults). The whole knowledge folder is copied,
 * then only the entries and contacts staff changed are rewritten, in place in their files, through the yaml
 * library's document model: the comments and the order of everything else stay as they were. The result is loaded
 * with the loader before the command says it succeeded.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { loadKnowledge } from '../knowledge/loader.js';
import type { LiveKnowledge } from './live-knowledge.js';
import { contactOverrideOf, entryOverrideOf } from './overrides.js';

export interface ExportResult {
  /** Ids of the entries and contacts written with staff changes. */
  entries: string[];
  contacts: string[];
  files: string[];
}

function rewrite(file: string, edit: (doc: ReturnType<typeof parseDocument>) => boolean, files: string[], root: string): void {
  const doc = parseDocument(fs.readFileSync(file, 'utf8'));
  if (edit(doc)) {
    fs.writeFileSync(file, doc.toString({ lineWidth: 0 }));
    files.push(path.relative(root, file));
  }
}

export function exportKnowledge(sourceDir: string, targetDir: string, live: LiveKnowledge): ExportResult {
  const result: ExportResult = { entries: [], contacts: [], files: [] };
  if (path.resolve(sourceDir) !== path.resolve(targetDir)) fs.cpSync(sourceDir, targetDir, { recursive: true });
  const entriesDir = path.join(targetDir, 'entries');
  for (const name of fs.readdirSync(entriesDir).filter((f) => /\.ya?ml$/.test(f)).sort()) {
    rewrite(path.join(entriesDir, name), (doc) => {
      const list = doc.toJS() as { entries?: { id?: unknown }[] };
      let changed = false;
      (list.entries ?? []).forEach((raw, i) => {
        const id = typeof raw.id === 'string' ? raw.id : '';
        const version = live.version('entry', id);
        const entry = live.entry(id);
        if (!version || !entry) return;
        const override = entryOverrideOf(version.data);
        if (override.details) {
          if (Object.keys(entry.details).length === 0) doc.deleteIn(['entries', i, 'details']);
          else doc.setIn(['entries', i, 'details'], doc.createNode(entry.details));
        }
        if (override.answer) doc.setIn(['entries', i, 'answer'], doc.createNode(entry.answer));
        result.entries.push(id);
        changed = true;
      });
      return changed;
    }, result.files, targetDir);
  }
  const contactsFile = path.join(targetDir, 'contacts.yaml');
  if (fs.existsSync(contactsFile)) {
    rewrite(contactsFile, (doc) => {
      const list = doc.toJS() as { contacts?: { id?: unknown }[] };
      let changed = false;
      (list.contacts ?? []).forEach((raw, i) => {
        const id = typeof raw.id === 'string' ? raw.id : '';
        const version = live.version('contact', id);
        const contact = live.contact(id);
        if (!version || !contact) return;
        for (const field of Object.keys(contactOverrideOf(version.data).fields ?? {})) {
          const value: unknown = Reflect.get(contact, field);
          if (value === undefined) doc.deleteIn(['contacts', i, field]);
          else doc.setIn(['contacts', i, field], doc.createNode(value));
        }
        result.contacts.push(id);
        changed = true;
      });
      return changed;
    }, result.files, targetDir);
  }
  // Throws a KnowledgeError naming file, entry and field if anything written would not load.
  loadKnowledge(targetDir);
  return result;
}
