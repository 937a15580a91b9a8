/**
 * The Bot Framework edge: an ActivityHandler that turns an activity into a message for the conversation core
 * (dialogs/conversation.ts), renders the core's replies for the activity's channel, and keeps the core's memory
 * in botbuilder Storage — one read before the turn, one write after it. Nothing of the conversation lives here,
 * so moving to the Bot Framework SDK's successor is a change of this folder alone.
 */
import { ActivityHandler, ActivityTypes, type Activity, type Storage as BotStorage, type TurnContext } from 'botbuilder';
import { runTurn } from '../../dialogs/conversation.js';
import type { ConversationMemory, CoreServices, IncomingMessage, Memory, Profile, TraceValue, TurnEvent } from '../../dialogs/contract.js';
import type { ReminderMemory } from '../../dialogs/reminder-flow.js';
import type { Logger } from '../logging.js';
import type { ReminderDesk } from '../reminders/desk.js';
import type { ReplyMessage } from '../replies/compose.js';
import type { TurnEventStore } from '../storage/types.js';
import { channelStyle, type Render } from '../channels/render.js';
import type { Locale } from '../knowledge/schema.js';
import { toLocale, translator } from '../replies/i18n.js';
import { canPushTo, referenceOf, reminderChannelOf, reminderKeyOf } from './bot-reminders.js';
import { ETagConflictError, NEW_ITEM_ETAG } from './state-storage.js';
import type { TurnLocks } from './turn-locks.js';
import { currentWayIn, namespacedKey } from './turn-origin.js';

export const TRACE_NAME = 'quartier.answer';

export interface BotEdgeParts {
  /** The conversation core's services for this turn (its remarque quota is the turn's). */
  services: (context: TurnContext) => CoreServices;
  /** Where the memory lives between turns (src/bot/state-storage.ts: our key-value store, hashed keys). */
  storage: BotStorage;
  turns: Pick<TurnEventStore, 'record'>;
  render: Render;
  logger: Logger;
  /** Turns of one conversation one at a time across instances (turn-locks.ts); none by default. */
  locks: TurnLocks;
  /** The reminder step ("rappelle-moi", "oui", "stop rappels"): absent, or undefined when called, means none. */
  reminders?: () => ReminderDesk | undefined;
  /** Salt of the reminders' conversation keys (STATE_SALT). */
  salt?: string;
  clock?: () => Date;
}

type AttemptOutcome =
  | { kind: 'done' }
  | { kind: 'conflict'; kept: boolean; activities: Partial<Activity>[]; events: TurnEvent[]; locale: Locale };

/** The stored items: the conversation's memory under its conversation key, the resident's profile under theirs. */
interface ConversationItem {
  memory?: ConversationMemory;
  /** The reminder step's own memory (the last answer, an offer waiting for yes or no). */
  reminder?: ReminderMemory;
}
interface UserItem {
  profile?: Profile;
}

export class AssistantBot extends ActivityHandler {
  constructor(private readonly parts: BotEdgeParts) {
    super();
    this.onMessage(async (context, next) => {
      const { text, value, attachments, locale, channelId } = context.activity;
      await this.turn(context, {
        type: 'message',
        text: typeof text === 'string' ? text : undefined,
        value,
        attachments: attachments?.length ?? 0,
        locale: typeof locale === 'string' ? locale : undefined,
        channel: channelId ?? 'unknown',
        capabilities: { buttons: channelStyle(channelId) !== 'sms' && channelStyle(channelId) !== 'text' },
      });
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      // Channels announce the bot itself as a member too: only a resident joining is greeted.
      const newcomers = (context.activity.membersAdded ?? []).filter((m) => m.id !== context.activity.recipient?.id);
      if (newcomers.length > 0) {
        const { locale, channelId } = context.activity;
        await this.turn(context, { type: 'join', locale: typeof locale === 'string' ? locale : undefined, channel: channelId ?? 'unknown' });
      }
      await next();
    });
  }

  /**
   * One turn: read the memory, run the core, store the memory, send its replies and trace, record the events.
   *
   * Turns of one conversation run one at a time across instances (turn-locks.ts). Should two overlap all the same
   * (no lock obtained in time, or SQLite with overlapping turns), the memory is written with the eTag it was read
   * with, BEFORE anything is sent: the turn that lost learns it while nothing has left yet, and runs once more on
   * the memory the other one wrote. Only if it had already kept a remarque (a write that must not happen twice), or
   * loses twice, it does not run again: a remarque kept is told as kept (its replies are sent, its memory is not
   * written — the other turn's stands), anything else gets a polite "send it again" (errors.busy). Nothing is
   * silently lost either way.
   */
  private async turn(context: TurnContext, message: IncomingMessage): Promise<void> {
    const keys = stateKeys(context.activity);
    await this.parts.locks.run(keys.conversation, async () => {
      for (let attempt = 1; ; attempt++) {
        const outcome = await this.attempt(context, message, keys);
        if (outcome.kind === 'done') return;
        const retry = attempt === 1 && !outcome.kept;
        this.parts.logger.warn({ channelId: context.activity.channelId, attempt, kept: outcome.kept, retry }, 'conversation memory changed during the turn (another instance or message)');
        if (retry) continue;
        if (outcome.kept) {
          await context.sendActivities(outcome.activities);
          await this.record(outcome.events);
        } else {
          const locale = outcome.locale;
          await context.sendActivity(this.parts.render({ text: translator(locale)('errors.busy'), choices: [] }, context.activity.channelId, locale));
        }
        return;
      }
    });
  }

  /** Runs the core once; 'conflict' when its memory could not be written (someone else wrote it since the read). */
  private async attempt(context: TurnContext, message: IncomingMessage, keys: { conversation: string; user: string }): Promise<AttemptOutcome> {
    const items = await this.parts.storage.read([keys.conversation, keys.user]);
    const conversationItem = items[keys.conversation] as (ConversationItem & { eTag?: string }) | undefined;
    const memory: Memory = {
      conversation: conversationItem?.memory ?? {},
      profile: (items[keys.user] as UserItem | undefined)?.profile ?? {},
    };
    let reminder: ReminderMemory = conversationItem?.reminder ?? {};
    const eTag = conversationItem?.eTag ?? NEW_ITEM_ETAG;

    // The reminder step first (a reminder, or the calendar file on a web page). It may have stored reminders: should
    // its memory lose a race, its replies are sent as they are, never run twice (kept).
    const step = await this.reminderStep(context, message, memory, reminder);
    if (step?.handled) {
      const locale = memory.profile.locale ?? toLocale(message.locale);
      const activities = step.replies.map((reply) => this.parts.render(reply, context.activity.channelId, locale));
      activities.push(traceActivity({ kind: 'reminder', topic: null, candidates: [], score: 0, entryId: null }));
      try {
        await this.parts.storage.write({ [keys.conversation]: { memory: memory.conversation, reminder: step.memory, eTag } });
      } catch (error) {
        if (!(error instanceof ETagConflictError)) throw error;
        return { kind: 'conflict', kept: true, activities, events: [], locale };
      }
      await context.sendActivities(activities);
      return { kind: 'done' };
    }
    if (step) reminder = step.memory;

    const services = this.parts.services(context);
    let kept = false;
    const result = await runTurn(memory, message, {
      ...services,
      keep: async (remarque) => {
        const outcome = await services.keep(remarque);
        if (outcome === 'kept') kept = true;
        return outcome;
      },
    });

    const channel = context.activity.channelId;
    const activities: Partial<Activity>[] = result.replies.map((reply) => this.parts.render(reply, channel, result.locale));
    activities.push(traceActivity(result.trace));

    // The conversation's memory only if nobody wrote it since the read; the chosen language last-write-wins (it is
    // one word, and the latest choice is the right one).
    // An answer about something with an upcoming action: "rappelle-moi" in the next half hour refers to it.
    if (result.trace.kind === 'answer' && result.trace.entryId && this.parts.clock) {
      reminder = { ...reminder, lastEntryId: result.trace.entryId, lastAt: this.parts.clock().toISOString() };
    }
    const stored: ConversationItem = { memory: result.memory.conversation, ...(Object.keys(reminder).length > 0 ? { reminder } : {}) };
    // Nothing to write when the turn changed nothing ("?" twice in a row): the memory read stands, and its expiry
    // runs from the last turn that changed it.
    const unchanged = conversationItem !== undefined && sameJson(stored, { memory: conversationItem.memory, reminder: conversationItem.reminder });
    const changes: Record<string, unknown> = unchanged ? {} : { [keys.conversation]: { ...stored, eTag } };
    if (result.memory.profile.locale !== memory.profile.locale) changes[keys.user] = { profile: result.memory.profile, eTag: '*' };
    try {
      if (Object.keys(changes).length > 0) await this.parts.storage.write(changes);
    } catch (error) {
      if (!(error instanceof ETagConflictError)) throw error;
      return { kind: 'conflict', kept, activities, events: result.events, locale: result.locale };
    }
    await context.sendActivities(activities);
    await this.record(result.events);
    return { kind: 'done' };
  }

  /**
   * The reminder step before the core's turn, for a resident's text: a reminder on channels that can be written to
   * later (the sealed conversation reference), the calendar file on a web page (src/bot/bot-reminders.ts).
   */
  private async reminderStep(
    context: TurnContext,
    message: IncomingMessage,
    memory: Memory,
    reminder: ReminderMemory,
  ): Promise<{ handled: true; replies: ReplyMessage[]; memory: ReminderMemory } | { handled: false; memory: ReminderMemory } | undefined> {
    const desk = this.parts.reminders?.();
    if (!desk || this.parts.salt === undefined || message.type !== 'message' || !message.text?.trim()) return undefined;
    const activity = context.activity;
    const salt = this.parts.salt;
    return desk.step({
      channel: reminderChannelOf(activity),
      // A keyed digest (HMAC): computed only if the step stores or cancels reminders, not on every message.
      get addressKey() {
        return reminderKeyOf(salt, activity);
      },
      address: () => referenceOf(activity),
      text: message.text.trim(),
      locale: memory.profile.locale ?? toLocale(message.locale),
      memory: reminder,
      canPush: canPushTo(activity, currentWayIn()),
      conversationAddress: true,
    });
  }

  /** Statistics must never cost a resident their answer. */
  private async record(events: TurnEvent[]): Promise<void> {
    for (const event of events) {
      try {
        await this.parts.turns.record(event);
      } catch (error) {
        this.parts.logger.warn({ err: error }, 'turn event could not be stored');
      }
    }
  }
}

/**
 * Where a conversation's memory and a resident's profile are stored: the channel's conversation and user ids, in
 * botbuilder's own key layout (the store hashes them, src/bot/state-storage.ts).
 */
export function stateKeys(activity: Partial<Activity>): { conversation: string; user: string } {
  const channel = activity.channelId ?? 'unknown';
  // Keyed by the way in too (web widget or /api/messages, turn-origin.ts): one cannot reach the other's memory.
  return {
    conversation: namespaced(`${channel}/conversations/${activity.conversation?.id ?? 'unknown'}/`),
    user: namespaced(`${channel}/users/${activity.from?.id ?? 'unknown'}/`),
  };
}

/** The `quartier.answer` trace (botbuilder delivers traces to the Emulator channel only). */
export function traceActivity(value: TraceValue): Partial<Activity> {
  return { type: ActivityTypes.Trace, name: TRACE_NAME, value, valueType: 'https://renaissance.quartier/trace/answer', label: 'Décision de l’assistant' };
}

/** Equal as stored JSON: the same values, a key whose value is undefined being no key at all. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameJson(value, other[i]));
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  // Counted and compared without building the lists of keys (once a turn, on the whole memory).
  let defined = 0;
  for (const k of Object.keys(y)) if (y[k] !== undefined) defined++;
  for (const k of Object.keys(x)) {
    if (x[k] === undefined) continue;
    if (--defined < 0 || !sameJson(x[k], y[k])) return false;
  }
  return defined === 0;
}

function namespaced(key: string): string {
  return namespacedKey(key) ?? key;
}
