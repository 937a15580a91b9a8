/**
 * Staff accounts and their console sessions. Only a scrypt hash of the password and a SHA-256 of the session token
 * are stored (validate.ts refuses anything else), so a copy of the database opens no account.
 *
 * getSession() does not return an expired session: forgetting to check the expiry in one handler must not let an
 * old cookie in. purgeSessions() then only reclaims space.
 */
import type { Db } from './db.js';
import { StorageConflictError, StorageValidationError } from './errors.js';
import { single, toSession, toStaffUser } from './rows.js';
import type { Clock } from './time.js';
import { toInstant } from './time.js';
import type { StaffStore } from './types.js';
import * as valid from './validate.js';

export function createStaffStore(db: Db, clock: Clock): StaffStore {
  const getUser = async (username: string) => {
    const rows = await db.query('SELECT * FROM staff_accounts WHERE login = ?', [username]);
    return rows[0] ? toStaffUser(rows[0]) : undefined;
  };

  const endSessions = (username: string) => db.execute('DELETE FROM staff_sessions WHERE login = ?', [username]);

  return {
    async addUser(user) {
      if (typeof user !== 'object' || user === null) throw new StorageValidationError('user', 'must be an object');
      const login = valid.login(user.username);
      const rows = await db.query(
        `INSERT INTO staff_accounts (login, password_hash, created_at) VALUES (?, ?, ?)
         ON CONFLICT (login) DO NOTHING RETURNING *`,
        [login, valid.passwordHash(user.passwordHash), clock().toISOString()],
      );
      if (!rows[0]) throw new StorageConflictError(`A staff account named ${login} already exists`);
      return toStaffUser(single(rows));
    },

    getUser,

    async setPassword(username, passwordHash) {
      const changed = await db.execute('UPDATE staff_accounts SET password_hash = ? WHERE login = ?', [
        valid.passwordHash(passwordHash),
        username,
      ]);
      // Whoever signed in with the old password (the reason for changing it, often) is signed out now.
      await endSessions(username);
      return changed > 0;
    },

    async deleteUser(username) {
      await endSessions(username); // the foreign key cascades too; explicit, so it does not depend on it
      return (await db.execute('DELETE FROM staff_accounts WHERE login = ?', [username])) > 0;
    },

    endSessions,

    async listUsers() {
      return (await db.query('SELECT * FROM staff_accounts ORDER BY login')).map(toStaffUser);
    },

    async createSession(session) {
      const s = valid.staffSession(session);
      if (!(await getUser(s.username))) throw new StorageValidationError('username', `no staff account named ${s.username}`);
      const rows = await db.query(
        `INSERT INTO staff_sessions (token_hash, login, csrf_token, expires_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (token_hash) DO NOTHING RETURNING token_hash`,
        [s.tokenHash, s.username, s.csrfToken, s.expiresAt],
      );
      if (!rows[0]) throw new StorageConflictError('A session with this token already exists');
    },

    async getSession(tokenHash) {
      const rows = await db.query('SELECT * FROM staff_sessions WHERE token_hash = ? AND expires_at > ?', [
        tokenHash,
        clock().toISOString(),
      ]);
      return rows[0] ? toSession(rows[0]) : undefined;
    },

    async deleteSession(tokenHash) {
      await db.execute('DELETE FROM staff_sessions WHERE token_hash = ?', [tokenHash]);
    },

    async purgeSessions(now) {
      return db.execute('DELETE FROM staff_sessions WHERE expires_at <= ?', [toInstant(now, 'now')]);
    },
  };
}
