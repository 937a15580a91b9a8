/**
 * The real assistant with messaging bridges switched on, for the bridge tests: startAssistant() on an ephemeral
 * port with a SQLite file that survives a restart (reopen()), a clock the test moves, every log line captured (to
 * check no address leaks into them), and the providers' fakes on loopback.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { parseConfig } from '../../../src/config.js';
import { startAssistant, type Assistant } from '../../../src/index.js';
import { createLogger } from '../../../src/logging.js';
import type { AgendaRecord } from '../../../src/storage/types.js';
import { digitalWorkshop } from '../../support/agenda.js';
import { startFakeProviders, type FakeProviders } from './fake-providers.js';

export const REMINDER_KEY = Buffer.alloc(32, 7).toString('base64');

export interface Harness {
  assistant: Assistant;
  url: string;
  clock: { now: () => Date; set(iso: string): void };
  logs: string[];
  /** The SQLite file (to read a table as it is on disk). */
  sqliteFile: string;
  /** Stops the assistant and starts it again on the same database (a restart). */
  restart(): Promise<void>;
  /** Every byte of the database files (to check no address is stored in clear). */
  databaseBytes(): string;
  close(): Promise<void>;
}

export async function startHarness(env: Record<string, string>, start = '2026-12-07T09:00:00.000Z'): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-bridges-'));
  const sqliteFile = path.join(dir, 'assistant.sqlite');
  let ms = Date.parse(start);
  const clock = { now: () => new Date(ms), set: (iso: string) => void (ms = Date.parse(iso)) };
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      logs.push(chunk.toString('utf8'));
      callback();
    },
  });
  const config = parseConfig({ PORT: '0', SQLITE_FILE: sqliteFile, LOG_LEVEL: 'debug', REMINDER_KEY, ...env });
  const open = () => startAssistant({ config, clock: clock.now, logger: createLogger('debug', sink) });
  const harness: Harness = {
    assistant: await open(),
    url: '',
    clock,
    logs,
    sqliteFile,
    async restart() {
      await harness.assistant.close();
      harness.assistant = await open();
      harness.url = harness.assistant.url;
    },
    databaseBytes() {
      return readdirSync(dir)
        .filter((f) => f.startsWith('assistant.sqlite'))
        .map((f) => readFileSync(path.join(dir, f)).toString('latin1'))
        .join('');
    },
    async close() {
      await harness.assistant.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  harness.url = harness.assistant.url;
  return harness;
}

/**
 * The life cycle of a bridge test file: one local fake of the provider for the whole file, a fresh assistant for
 * each test (its settings from `env`, which gets the fake's URL), the fake's requests forgotten between tests, all
 * closed after. `use` receives both before each test.
 */
export function bridgeHarnessPerTest(env: (fake: FakeProviders) => Record<string, string>, use: (harness: Harness, fake: FakeProviders) => void): void {
  let fake: FakeProviders;
  let harness: Harness;
  beforeAll(async () => {
    fake = await startFakeProviders();
  });
  afterAll(async () => {
    await fake.close();
  });
  beforeEach(async () => {
    fake.requests.length = 0;
    harness = await startHarness(env(fake));
    use(harness, fake);
  });
  afterEach(async () => {
    await harness.close();
  });
}

/** A real (non-sample) action, as staff would type it in the console, then the agenda reloaded. */
export async function addRealAction(assistant: Assistant, overrides: Partial<AgendaRecord> = {}): Promise<void> {
  await assistant.storage.agenda.put(digitalWorkshop({ id: 'atelier-numerique-decembre', date: '2026-12-10', time: '14:00', endTime: '16:00', ...overrides }));
  await assistant.agenda.reload();
}

/** Rows of a table, read through the storage's own SQL (SQLite). */
export async function pendingReminders(assistant: Assistant) {
  return assistant.storage.reminders.pending();
}
