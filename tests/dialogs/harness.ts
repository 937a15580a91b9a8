/**
 * Drives the real bot (src/bot/assemble.ts: main dialog, remarque dialog, state, turn-error handler) with
 * botbuilder's TestAdapter: a real Engine on the real knowledge, a real SQLite file in a temporary folder, a fixed
 * clock. `say()` sends one message and returns what the bot answered, ready to assert on.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { ActivityTypes, TestAdapter, type Activity } from 'botbuilder';
import { afterEach, beforeEach } from 'vitest';
import { LiveAgenda } from '../../src/agenda/live-agenda.js';
import { assembleBot, type BotParts } from '../../src/bot/assemble.js';
import { Engine } from '../../src/engine/engine.js';
import { loadKnowledge, type Knowledge } from '../../src/knowledge/loader.js';
import { createLogger } from '../../src/logging.js';
import { AddressSeal } from '../../src/reminders/address-seal.js';
import { ReminderDesk } from '../../src/reminders/desk.js';
import { openStorage } from '../../src/storage/index.js';
import type { Remarque, Storage } from '../../src/storage/types.js';
import type { TraceValue } from '../../dialogs/replies.js';

/** The fixed "now" of the dialog tests: a Tuesday; the sample agenda's next workshop is Wednesday 2 December. */
export const NOW = '2026-12-01T09:00:00Z';

let knowledge: Knowledge | undefined;
/** The knowledge and its engine are read-only: loaded once per test file. */
function sharedEngine(): Engine {
  knowledge ??= loadKnowledge();
  return new Engine(knowledge);
}

export interface Reply {
  /** Every message text of the turn, in order. */
  texts: string[];
  /** All texts joined, to search in. */
  text: string;
  /** The titles of the suggested actions of the turn's last message that has some. */
  choices: string[];
  /** The `quartier.answer` traces of the turn. */
  traces: TraceValue[];
  activities: Partial<Activity>[];
}

export interface SayOptions {
  locale?: string;
  /** Another user or conversation than the default one. */
  from?: string;
  conversation?: string;
  channelId?: string;
}

export interface Harness {
  storage: Storage;
  /** The agenda the bot reads (staff changes: put in storage.agenda, then agenda.reload()). */
  agenda: LiveAgenda;
  adapter: TestAdapter;
  /** The JSON log lines written during the test. */
  logs: Record<string, unknown>[];
  /** The raw log output, to check that no resident text reached it. */
  rawLogs(): string;
  say(text: string, options?: SayOptions): Promise<Reply>;
  send(activity: Partial<Activity>, options?: SayOptions): Promise<Reply>;
  /** A new conversation for the default user: membersAdded, as channels send it. */
  join(options?: SayOptions): Promise<Reply>;
  remarques(): Promise<Remarque[]>;
  advance(ms: number): void;
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** Wraps the storage handed to the bot (e.g. to make one part fail). */
  wrapStorage?: (storage: Storage) => BotParts['storage'];
  /** The documented demo mode (DEMO_AGENDA=1): residents are also told the sample actions. */
  demoAgenda?: boolean;
  /** The reminder step as the server assembles it (src/reminders/desk.ts): sealing key and public URL. */
  reminders?: { key?: string; publicUrl?: string };
}

export async function openHarness(options: HarnessOptions = {}): Promise<Harness> {
  const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-dialogs-'));
  let now = Date.parse(NOW);
  const clock = () => new Date(now);
  const storage = await openStorage({ kind: 'sqlite', file: path.join(dir, 'assistant.sqlite') }, { clock });
  const engine = sharedEngine();
  const agenda = new LiveAgenda(storage.agenda, { demo: options.demoAgenda === true });
  await agenda.start(engine.knowledge);

  let raw = '';
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw += chunk.toString('utf8');
      done();
    },
  });
  const logger = createLogger('info', sink);
  const botStorage = options.wrapStorage ? options.wrapStorage(storage) : storage;
  const reminders = options.reminders;
  const desk = reminders
    ? new ReminderDesk({
        reminders: storage.reminders,
        seal: reminders.key ? new AddressSeal(reminders.key) : undefined,
        times: { moments: ['eve'], eve: '18:00', morning: '08:30' },
        engine,
        agenda: () => agenda.current(),
        clock,
        logger,
        ...(reminders.publicUrl ? { icsUrl: (id: string) => `${reminders.publicUrl}/agenda/${id}.ics` } : {}),
      })
    : undefined;
  const { bot, onTurnError } = assembleBot({ engine, agenda: () => agenda.current(), storage: botStorage, stateSalt: 'test-salt', clock, logger, ...(desk ? { reminders: () => desk } : {}) });

  const adapter = new TestAdapter(async (context) => bot.run(context), undefined, true);
  adapter.onTurnError = onTurnError;

  const send = async (activity: Partial<Activity>, o: SayOptions = {}): Promise<Reply> => {
    const template = adapter.template;
    await adapter.receiveActivity({
      ...activity,
      channelId: o.channelId ?? template.channelId,
      from: o.from ? { id: o.from, name: o.from } : template.from,
      conversation: o.conversation ? { id: o.conversation, name: o.conversation, isGroup: false, conversationType: 'personal' } : template.conversation,
      ...(o.locale ? { locale: o.locale } : {}),
    });
    return toReply(adapter.activeQueue.splice(0));
  };

  return {
    storage,
    agenda,
    adapter,
    get logs() {
      return raw
        .split('\n')
        .filter(Boolean)
        .map((line) => JSON.parse(line) as Record<string, unknown>);
    },
    rawLogs: () => raw,
    say: (text, o) => send({ type: ActivityTypes.Message, text }, o),
    send,
    join: (o) =>
      send(
        {
          type: ActivityTypes.ConversationUpdate,
          membersAdded: [{ id: o?.from ?? adapter.template.from?.id ?? 'user', name: 'resident' }],
        },
        o,
      ),
    remarques: async () => (await storage.remarques.list({ limit: 1000 })).items.reverse(),
    advance: (ms) => {
      now += ms;
    },
    close: async () => {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh harness for each test of the file (its own SQLite file, clock and conversation), opened before and closed
 * after each test. Use it at the top level of a test file or of a describe block.
 */
export function harnessPerTest(options: HarnessOptions = {}): Harness {
  let current: Harness | undefined;
  beforeEach(async () => {
    current = await openHarness(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  const now = (): Harness => {
    if (!current) throw new Error('The harness is open only while a test runs.');
    return current;
  };
  return {
    get storage() {
      return now().storage;
    },
    get adapter() {
      return now().adapter;
    },
    get agenda() {
      return now().agenda;
    },
    get logs() {
      return now().logs;
    },
    rawLogs: () => now().rawLogs(),
    say: (text, o) => now().say(text, o),
    send: (activity, o) => now().send(activity, o),
    join: (o) => now().join(o),
    remarques: () => now().remarques(),
    advance: (ms) => now().advance(ms),
    close: async () => undefined,
  };
}

function toReply(activities: Partial<Activity>[]): Reply {
  const messages = activities.filter((a) => a.type === ActivityTypes.Message);
  const texts = messages.map((a) => a.text ?? '');
  const withChoices = [...messages].reverse().find((a) => (a.suggestedActions?.actions.length ?? 0) > 0);
  return {
    texts,
    text: texts.join('\n'),
    choices: withChoices?.suggestedActions?.actions.map((a) => String(a.title)) ?? [],
    traces: activities.filter((a) => a.type === ActivityTypes.Trace && a.name === 'quartier.answer').map((a) => a.value as TraceValue),
    activities,
  };
}
