/** Small tools shared by the storage tests. */
import type { Clock } from '../../src/storage/time.js';
import type { NewRemarque } from '../../src/storage/types.js';

/**
 * A clock the test moves by hand. Each reading advances it by one millisecond, so that records created one after
 * the other have distinct, increasing timestamps, as they would in real life.
 */
export class ManualClock {
  private ms: number;

  constructor(start: string) {
    this.ms = Date.parse(start);
  }

  readonly now: Clock = () => new Date(this.ms++);

  set(iso: string): void {
    this.ms = Date.parse(iso);
  }

  advance(ms: number): void {
    this.ms += ms;
  }

  iso(): string {
    return new Date(this.ms).toISOString();
  }
}

export function remarque(overrides: Partial<NewRemarque> = {}): NewRemarque {
  return {
    text: 'Où trouver une permanence pour les papiers de la CAF ?',
    kind: 'unanswered',
    locale: 'fr',
    channel: 'webchat',
    topic: 'acces-aux-droits',
    score: 0.42,
    entryId: null,
    ...overrides,
  };
}

/**
 * Hands a value the type system would refuse to a function under test: the stores validate at run time what comes
 * from HTTP bodies and the bot, and the tests check that validation.
 */
export function untyped<T>(value: unknown): T {
  return value as T;
}

/** A scrypt hash in the format the staff store accepts (the values need not be a real hash of anything). */
export const SOME_HASH = 'scrypt$16384$8$1$c2FsdHNhbHRzYWx0$aGFzaGhhc2hoYXNoaGFzaGhhc2g=';
export const OTHER_HASH = 'scrypt$16384$8$1$b3RoZXJzYWx0$b3RoZXJoYXNob3RoZXJoYXNo';
export const TOKEN_HASH = 'a'.repeat(64);
