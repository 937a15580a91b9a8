/**
 * Staff command to read and export the remarques without the web console:
 *
 *   npm run remarques -- list [--status S]... [--json]
 *   npm run remarques -- export --format csv|json [--status S]... [--out FILE]
 *
 * Storage: DATABASE_URL (PostgreSQL) if set, else the SQLite file SQLITE_FILE (default ./data/renaissance.sqlite).
 * Messages are in French: the people who run it are the quarter's staff.
 * Exit codes: 0 done, 1 failure (database, file), 2 wrong usage.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { allRemarques, formatRemarques, KIND_LABELS_FR, STATUS_LABELS_FR, type ExportFormat } from '../storage/export.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { createLookup } from '../staff/lookup.js';
import { formatParisDateTime } from '../storage/time.js';
import { REMARQUE_STATUSES, type Remarque, type RemarqueStatus } from '../storage/types.js';
import { runMain } from './common.js';
import { withStorage } from './with-storage.js';

export const USAGE = `Usage :
  npm run remarques -- list [--status STATUT]... [--json]
  npm run remarques -- export --format csv|json [--status STATUT]... [--out FICHIER]

Statuts : ${REMARQUE_STATUSES.join(', ')} (plusieurs : --status nouvelle --status transmise, ou nouvelle,transmise)
Base : DATABASE_URL (PostgreSQL) si elle est définie, sinon le fichier SQLite SQLITE_FILE
(par défaut ./data/renaissance.sqlite).`;

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

class UsageError extends Error {}

type Command =
  | { name: 'help' }
  | { name: 'list'; status: RemarqueStatus[]; json: boolean }
  | { name: 'export'; status: RemarqueStatus[]; format: ExportFormat; out: string | undefined };

function parseStatuses(values: readonly string[]): RemarqueStatus[] {
  return values
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .map((v) => {
      const status = REMARQUE_STATUSES.find((s) => s === v);
      if (!status) throw new UsageError(`Statut inconnu : ${v} (attendu : ${REMARQUE_STATUSES.join(', ')})`);
      return status;
    });
}

export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        status: { type: 'string', multiple: true },
        json: { type: 'boolean' },
        format: { type: 'string' },
        out: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  const { values, positionals } = parsed;
  const [name, ...extra] = positionals;
  if (values.help || name === 'help' || name === undefined) return { name: 'help' };
  if (extra.length > 0) throw new UsageError(`Argument en trop : ${extra.join(' ')}`);
  const status = parseStatuses(values.status ?? []);
  if (name === 'list') {
    if (values.format !== undefined || values.out !== undefined) throw new UsageError('list ne prend ni --format ni --out');
    return { name: 'list', status, json: values.json ?? false };
  }
  if (name === 'export') {
    if (values.json !== undefined) throw new UsageError('export prend --format json, pas --json');
    if (values.format !== 'csv' && values.format !== 'json') throw new UsageError('export demande --format csv ou --format json');
    return { name: 'export', status, format: values.format, out: values.out };
  }
  throw new UsageError(`Commande inconnue : ${name}`);
}

function oneLine(r: Remarque): string {
  const text = r.text.replace(/\s+/g, ' ');
  return [
    `#${r.id}`,
    formatParisDateTime(r.createdAt),
    STATUS_LABELS_FR[r.status],
    KIND_LABELS_FR[r.kind],
    r.topic ?? '-',
    text.length > 100 ? `${text.slice(0, 99)}…` : text,
  ].join('  ');
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, io: Io): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (command.name === 'help') {
    io.out(`${USAGE}\n`);
    return 0;
  }

  return withStorage({ env, err: io.err, mustExist: true }, async (storage) => {
    const filter = command.status.length ? { status: command.status } : {};
    const items = await allRemarques(storage.remarques, filter);
    if (command.name === 'list') {
      if (command.json) io.out(formatRemarques(items, 'json'));
      else io.out(items.map(oneLine).join('\n') + (items.length ? '\n' : '') + `${items.length} remarque(s)\n`);
      return 0;
    }
    // The conseil citoyen reads topic labels and fiche titles, as in the console's export, not internal ids.
    const lookup = createLookup(loadKnowledge());
    const content = formatRemarques(items, command.format, { topic: lookup.topicLabel, entry: lookup.entryTitle });
    if (command.out === undefined) {
      io.out(content);
    } else {
      fs.mkdirSync(path.dirname(path.resolve(command.out)), { recursive: true });
      fs.writeFileSync(command.out, content, 'utf8');
      io.err(`${items.length} remarque(s) exportée(s) vers ${command.out}\n`);
    }
    return 0;
  });
}

if (require.main === module) {
  runMain(
    main(process.argv.slice(2), process.env, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
    }),
  );
}
