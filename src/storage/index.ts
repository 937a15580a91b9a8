/**
 * Entry point of the storage layer: openStorage() from a configuration (see config.ts for reading it from the
 * environment), plus what callers need to handle its errors and to redact texts before storing them.
 */
import { poolTimeouts, type StorageConfig } from './config.js';
import { openPostgresStorage } from './postgres.js';
import { openSqliteStorage } from './sqlite.js';
import type { Clock } from './time.js';
import type { Storage } from './types.js';

export interface OpenStorageOptions {
  clock?: Clock;
}

export async function openStorage(config: StorageConfig, options: OpenStorageOptions = {}): Promise<Storage> {
  switch (config.kind) {
    case 'sqlite':
      return openSqliteStorage(config.file, options);
    case 'postgres':
      return openPostgresStorage(config.url, {
        ...options,
        ...(config.schema === undefined ? {} : { schema: config.schema }),
        ...poolTimeouts(config.timeouts),
      });
  }
}

export type * from './types.js';
export { CHANGE_KINDS, FICHE_KINDS, REMARQUE_KINDS, REMARQUE_STATUSES, REMINDER_MOMENTS, REMINDER_STATUSES } from './types.js';
export { storageConfigFromEnv, describeStorageConfig, DEFAULT_SQLITE_FILE, type StorageConfig, type PostgresTimeouts } from './config.js';
export { StorageValidationError, StorageConflictError, SchemaTooNewError } from './errors.js';
export { redact, PLACEHOLDERS, REDACT_MAX_LENGTH, type Redaction, type RedactionKind } from './redact.js';
export { LATEST_SCHEMA_VERSION } from './migrations.js';
export { openSqliteStorage, type SqliteStorage } from './sqlite.js';
export { openPostgresStorage, type PostgresStorage } from './postgres.js';
export type { Clock } from './time.js';
