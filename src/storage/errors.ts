/**
 * Errors a store raises for bad input, so that the web console and the bot can answer 400/409 instead of 500,
 * whichever engine is behind. Engine errors (disk full, connection lost) are left as they are.
 */

/** The input breaks the contract in types.ts (unknown status, malformed date, empty text...). */
export class StorageValidationError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'StorageValidationError';
  }
}

/** The record already exists (a staff user name, a session token). */
export class StorageConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StorageConflictError';
  }
}

/** The database was written by a newer version of the assistant: running older code on it could corrupt it. */
export class SchemaTooNewError extends Error {
  constructor(
    readonly where: string,
    readonly found: number,
    readonly known: number,
  ) {
    super(
      `${where} has schema version ${found}, but this version of the assistant only knows versions up to ${known}. ` +
        'Install the newer version of the assistant (or restore a backup taken before the upgrade); ' +
        'the database was left untouched.',
    );
    this.name = 'SchemaTooNewError';
  }
}
