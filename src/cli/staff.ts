/**
 * Staff accounts of the web console, from the command line:
 *
 *   npm run staff -- add-user NAME          create an account (asks for the password)
 *   npm run staff -- set-password NAME      change a password (ends the account's open sessions)
 *   npm run staff -- end-sessions NAME      signs the account out everywhere (a lost or shared computer)
 *   npm run staff -- delete-user NAME       deletes the account and its sessions
 *   npm run staff -- list-users             the accounts (names and creation dates, never a hash)
 *   npm run --silent staff -- hash-password prints a hash for STAFF_USERS (nothing is stored)
 *
 * The password is typed twice, hidden, in a terminal; when standard input is not a terminal (a script, a pipe),
 * its first line is the password: `printf '%s\n' "$PASSWORD" | npm run staff -- add-user marie`.
 * Storage: DATABASE_URL (PostgreSQL) if set, else the SQLite file SQLITE_FILE. Exit codes: 0 done, 1 failure, 2 usage.
 */
import { createInterface } from 'node:readline';
import { StorageConflictError, StorageValidationError } from '../storage/errors.js';
import { parseStaffUsers } from '../staff/accounts.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../staff/passwords.js';
import { runMain } from './common.js';
import { withStorage } from './with-storage.js';

export const USAGE = `Usage :
  npm run staff -- add-user NOM           crée un compte (le mot de passe est demandé)
  npm run staff -- set-password NOM       change le mot de passe d'un compte (et ferme ses sessions ouvertes)
  npm run staff -- end-sessions NOM       ferme toutes les sessions ouvertes d'un compte (ordinateur perdu, partagé…)
  npm run staff -- delete-user NOM        supprime un compte et ferme ses sessions
  npm run staff -- list-users             liste les comptes
  npm run --silent staff -- hash-password affiche l'empreinte d'un mot de passe, pour STAFF_USERS

Le mot de passe est lu sur l'entrée standard quand ce n'est pas un terminal (première ligne), par exemple :
  printf '%s\\n' "$MOT_DE_PASSE" | npm run staff -- add-user marie.dupont
Au moins ${MIN_PASSWORD_LENGTH} caractères (une phrase convient très bien).`;

export interface StaffIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Reads the password (typed twice in a terminal; first line of a pipe). */
  password: () => Promise<string>;
}

class UsageError extends Error {}

export function checkPassword(password: string): string | undefined {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mot de passe trop court : au moins ${MIN_PASSWORD_LENGTH} caractères.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `Mot de passe trop long : au plus ${MAX_PASSWORD_LENGTH} caractères.`;
  return undefined;
}

export async function main(argv: readonly string[], env: NodeJS.ProcessEnv, io: StaffIo): Promise<number> {
  const [command, name, ...extra] = argv;
  try {
    if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
      io.out(`${USAGE}\n`);
      return 0;
    }
    const needsName = NAMED.includes(command);
    if (![...NAMED, 'list-users', 'hash-password'].includes(command)) throw new UsageError(`Commande inconnue : ${command}`);
    if (needsName && !name) throw new UsageError(`${command} demande un nom de compte.`);
    if (extra.length > 0 || (!needsName && name !== undefined)) throw new UsageError(`Argument en trop : ${[...(needsName ? [] : [name]), ...extra].join(' ')}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`${error.message}\n\n${USAGE}\n`);
    return 2;
  }

  let hash: string | undefined;
  if (WITH_PASSWORD.includes(command)) {
    const password = await io.password();
    const problem = checkPassword(password);
    if (problem) {
      io.err(`${problem}\n`);
      return 1;
    }
    hash = await hashPassword(password);
  }
  if (command === 'hash-password') {
    io.out(`${hash}\n`);
    return 0;
  }

  return withStorage(
    {
      env,
      err: io.err,
      explain: (error) =>
        error instanceof StorageConflictError
          ? `Un compte nommé « ${name} » existe déjà (pour changer son mot de passe : set-password).\n`
          : error instanceof StorageValidationError
            ? `Nom de compte refusé : 2 à 64 lettres, chiffres ou . _ @ - (sans espace).\n`
            : undefined,
    },
    async (storage) => {
      if (command === 'list-users') {
        const users = await storage.staff.listUsers();
        io.out(users.map((u) => `${u.username}  (créé le ${u.createdAt.slice(0, 10)})`).join('\n') + (users.length ? '\n' : '') + `${users.length} compte(s)\n`);
      } else if (command === 'add-user') {
        await storage.staff.addUser({ username: name as string, passwordHash: hash as string });
        io.err(`Compte « ${name} » créé. Connexion : /staff\n`);
      } else if (!(await storage.staff.getUser(name as string))) {
        io.err(`Aucun compte nommé « ${name} ».\n`);
        return 1;
      } else if (command === 'set-password') {
        await storage.staff.setPassword(name as string, hash as string);
        await storage.audit.write({ actor: CLI_ACTOR, action: 'staff.set-password', target: `staff:${name}` });
        io.err(`Mot de passe de « ${name} » changé ; ses sessions ouvertes sont fermées.\n`);
        warnIfConfigured(env, name as string, io, 'le mot de passe de STAFF_USERS reprendra la place de celui-ci au prochain démarrage');
      } else if (command === 'end-sessions') {
        const ended = await storage.staff.endSessions(name as string);
        await storage.audit.write({ actor: CLI_ACTOR, action: 'staff.end-sessions', target: `staff:${name}`, details: `${ended}` });
        io.err(`${ended} session(s) de « ${name} » fermée(s).\n`);
      } else {
        await storage.staff.deleteUser(name as string);
        await storage.audit.write({ actor: CLI_ACTOR, action: 'staff.delete-user', target: `staff:${name}` });
        io.err(`Compte « ${name} » supprimé ; ses sessions sont fermées.\n`);
        warnIfConfigured(env, name as string, io, 'il sera recréé au prochain démarrage : retirez-le aussi de STAFF_USERS');
      }
      return 0;
    },
  );
}

/** Commands that name an account, and those that read a password. */
const NAMED = ['add-user', 'set-password', 'end-sessions', 'delete-user'];
const WITH_PASSWORD = ['add-user', 'set-password', 'hash-password'];
/** Who the audit log says did it: an administrator at the server's command line. */
const CLI_ACTOR = 'ligne-de-commande';

/** Accounts listed in STAFF_USERS are written back at every start: say so when this command will not last. */
function warnIfConfigured(env: NodeJS.ProcessEnv, name: string, io: StaffIo, consequence: string): void {
  if (parseStaffUsers(env['STAFF_USERS']).some((account) => account.username === name)) {
    io.err(`Attention : « ${name} » figure dans STAFF_USERS (configuration) ; ${consequence}.\n`);
  }
}

/** One line of standard input (a pipe or a file). */
function readLine(input: NodeJS.ReadableStream): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input, terminal: false });
    let done = false;
    const finish = (line: string) => {
      if (done) return;
      done = true;
      rl.close();
      resolve(line.replace(/\r$/, ''));
    };
    rl.once('line', finish);
    rl.once('close', () => finish(''));
  });
}

/** Asks in the terminal without echoing what is typed. */
function askHidden(question: string): Promise<string> {
  return new Promise((resolve) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    let typed = '';
    const onData = (chunk: string) => {
      for (const char of chunk) {
        if (char === '\r' || char === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stderr.write('\n');
          return resolve(typed);
        }
        if (char === '\u0003') process.exit(130); // Ctrl+C
        if (char === '\u007f' || char === '\b') typed = typed.slice(0, -1);
        else typed += char;
      }
    };
    stdin.on('data', onData);
  });
}

async function readPassword(): Promise<string> {
  if (!process.stdin.isTTY) return readLine(process.stdin);
  const first = await askHidden('Mot de passe : ');
  const second = await askHidden('Le même, une seconde fois : ');
  if (first !== second) {
    process.stderr.write('Les deux saisies diffèrent.\n');
    process.exit(1);
  }
  return first;
}

if (require.main === module) {
  runMain(
    main(process.argv.slice(2), process.env, {
      out: (text) => process.stdout.write(text),
      err: (text) => process.stderr.write(text),
      password: readPassword,
    }),
  );
}
