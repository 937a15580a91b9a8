/**
 * Opens the storage the environment names (DATABASE_URL, else SQLITE_FILE), runs a staff command on it and
 * always closes it; a failure becomes one French sentence saying where, and exit code 1.
 */
import fs from 'node:fs';
import { describeStorageConfig, openStorage, storageConfigFromEnv } from '../storage/index.js';
import type { Storage } from '../storage/types.js';

export interface WithStorageOptions {
  env: NodeJS.ProcessEnv;
  err: (text: string) => void;
  /** Read-only commands: a wrong SQLITE_FILE must say so rather than create an empty database. */
  mustExist?: boolean;
  /** A specific sentence for a known error, else the generic "Échec (where) : message". */
  explain?: (error: unknown) => string | undefined;
}

export async function withStorage(options: WithStorageOptions, work: (storage: Storage) => Promise<number>): Promise<number> {
  let where = 'la base';
  try {
    const config = storageConfigFromEnv(options.env);
    where = describeStorageConfig(config);
    if (options.mustExist && config.kind === 'sqlite' && !fs.existsSync(config.file)) throw new Error('aucune base à cet endroit');
    const storage = await openStorage(config);
    try {
      return await work(storage);
    } finally {
      await storage.close();
    }
  } catch (error) {
    options.err(options.explain?.(error) ?? `Échec (${where}) : ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
