/**
 * Writes the knowledge with the staff's changes from the console (fiches: entries' details and answers, contacts)
 * into a folder, as YAML files the loader accepts, so a commune can version them:
 *
 *   npm run kb:export -- DIR
 *
 * Reads the server's store (DATABASE_URL, else SQLITE_FILE) and never writes to it; the knowledge comes from
 * KNOWLEDGE_DIR (default ./knowledge). DIR may be that folder itself, to fold the changes into it.
 * Exit codes: 0 done, 1 failure (database, files, knowledge), 2 wrong usage.
 */
import { exportKnowledge } from '../fiches/export.js';
import { LiveKnowledge } from '../fiches/live-knowledge.js';
import { defaultKnowledgeDir, KnowledgeError, loadKnowledge } from '../knowledge/loader.js';
import { runMain } from './common.js';
import { withStorage } from './with-storage.js';

export const USAGE = `Usage : npm run kb:export -- DOSSIER
Écrit dans DOSSIER les fichiers de connaissances (fiches et contacts) avec les modifications faites depuis la console.
Base : DATABASE_URL (PostgreSQL) si elle est définie, sinon le fichier SQLite SQLITE_FILE (par défaut ./data/renaissance.sqlite).
Connaissances : KNOWLEDGE_DIR (par défaut ./knowledge).`;

export async function main(args: string[], env: NodeJS.ProcessEnv, io: { out: (t: string) => void; err: (t: string) => void }): Promise<number> {
  const target = args.filter((a) => a !== '--')[0];
  if (!target || target === '--help' || target === '-h' || args.length > 2) {
    (target === '--help' || target === '-h' ? io.out : io.err)(`${USAGE}\n`);
    return target === '--help' || target === '-h' ? 0 : 2;
  }
  const source = env['KNOWLEDGE_DIR'] || defaultKnowledgeDir();
  return withStorage({ env, err: io.err, mustExist: true, explain: (e) => (e instanceof KnowledgeError ? `${e.message}\n` : undefined) }, async (storage) => {
    const live = new LiveKnowledge(storage.fiches, loadKnowledge(source));
    await live.reload();
    for (const p of live.problems) io.err(`Modification ignorée (${p.kind} ${p.id}) : ${p.message}\n`);
    const result = exportKnowledge(source, target, live);
    io.out(`${result.entries.length} fiche(s) et ${result.contacts.length} contact(s) modifiés par le personnel, écrits dans ${target}${result.files.length > 0 ? ` (${result.files.join(', ')})` : ''}.\n`);
    return 0;
  });
}

if (require.main === module) {
  runMain(main(process.argv.slice(2), process.env, { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) }));
}
