/**
 * Staff accounts come from two places: the ones created with `npm run staff -- add-user NAME` (stored), and the
 * ones listed in the configuration (STAFF_USERS="name:hash,other:hash"), for installs that manage secrets outside
 * the database. Configured accounts are written to the store at start (created, or their hash replaced), because
 * sessions refer to an account row; the configuration wins over a stored password of the same name.
 */
import type { StaffStore } from '../storage/types.js';

export interface ConfiguredAccount {
  username: string;
  passwordHash: string;
}

/** "a:scrypt$…,b:scrypt$…" → accounts (the format is checked by the configuration schema, src/config.ts). */
export function parseStaffUsers(value: string | undefined): ConfiguredAccount[] {
  if (!value) return [];
  return value
    .split(',')
    .map((pair) => pair.trim())
    .filter((pair) => pair !== '')
    .map((pair) => {
      const colon = pair.indexOf(':');
      return { username: pair.slice(0, colon), passwordHash: pair.slice(colon + 1) };
    });
}

export async function syncConfiguredAccounts(store: StaffStore, accounts: readonly ConfiguredAccount[]): Promise<void> {
  for (const account of accounts) {
    const existing = await store.getUser(account.username);
    if (!existing) await store.addUser(account);
    else if (existing.passwordHash !== account.passwordHash) await store.setPassword(account.username, account.passwordHash);
  }
}
