/**
 * The edge side of the reminder step (dialogs/reminder-flow.ts decides, this does): seals the resident's address
 * and stores the reminders on "oui", cancels them all on "stop rappels". Shared by every channel that can be
 * written to later; the web widget gets the calendar file instead (no address is ever asked for or kept there).
 */
import { reminderTurn, type ReminderMemory } from '../../dialogs/reminder-flow.js';
import type { AgendaBook } from '../engine/agenda.js';
import type { Engine } from '../engine/engine.js';
import type { Locale } from '../knowledge/schema.js';
import type { Logger } from '../logging.js';
import type { ReplyMessage } from '../replies/compose.js';
import { translator } from '../replies/i18n.js';
import type { ReminderStore } from '../storage/types.js';
import type { AddressSeal } from './address-seal.js';
import { scheduleFor, type ReminderTimes } from './schedule.js';

export interface DeskParts {
  reminders: ReminderStore;
  /** Absent when REMINDER_KEY is not set: reminders are then not offered, the calendar file is. */
  seal: AddressSeal | undefined;
  times: ReminderTimes;
  engine: Pick<Engine, 'entry' | 'isDanger'>;
  agenda: () => AgendaBook;
  clock: () => Date;
  logger: Logger;
  /** The public address of an action's calendar file, when PUBLIC_URL is known. */
  icsUrl?: (actionId: string) => string;
}

export interface DeskRequest {
  channel: string;
  /** Salted digest of the address (src/channels/bridges/address-key.ts). */
  addressKey: string;
  /** What to seal if the resident says yes: only read then. */
  address: () => string;
  text: string;
  locale: Locale;
  memory: ReminderMemory;
  /** False for the web widget: the calendar file is offered. */
  canPush: boolean;
  /** The address is a conversation (Bot Framework channels), not a number: "stop rappels" says so. */
  conversationAddress?: boolean;
}

export type DeskResult = { handled: true; replies: ReplyMessage[]; memory: ReminderMemory } | { handled: false; memory: ReminderMemory };

export class ReminderDesk {
  constructor(private readonly parts: DeskParts) {}

  async step(request: DeskRequest): Promise<DeskResult> {
    const { parts } = this;
    const now = parts.clock();
    const push = request.canPush && parts.seal !== undefined;
    const outcome = reminderTurn(request.memory, request.text, {
      engine: parts.engine,
      agenda: parts.agenda(),
      now,
      locale: request.locale,
      delivery: push ? 'push' : 'ics',
      ...(parts.icsUrl ? { icsUrl: parts.icsUrl } : {}),
      schedule: (occurrence) => scheduleFor(occurrence, now, parts.times),
    });
    if (!outcome) return { handled: false, memory: request.memory };
    const t = translator(request.locale);
    switch (outcome.kind) {
      case 'pass':
        return { handled: false, memory: outcome.memory };
      case 'reply':
        return { handled: true, replies: outcome.replies, memory: outcome.memory };
      case 'stop': {
        const cancelled = await parts.reminders.cancelAddress(request.channel, request.addressKey);
        parts.logger.info({ channel: request.channel, cancelled }, 'reminders stopped by the resident');
        return { handled: true, replies: [{ text: t(cancelled === 0 ? 'reminders.noneToStop' : request.conversationAddress ? 'reminders.stoppedConversation' : 'reminders.stopped'), choices: [] }], memory: outcome.memory };
      }
      case 'create': {
        const seal = parts.seal;
        if (!seal) return { handled: true, replies: [{ text: t('reminders.failed'), choices: [] }], memory: outcome.memory };
        try {
          const sealed = seal.seal(request.address());
          await parts.reminders.add(
            outcome.times.map((time) => ({
              channel: request.channel,
              addressKey: request.addressKey,
              addressSealed: sealed,
              actionId: outcome.occurrence.action.id,
              occurrenceStart: outcome.occurrence.start.toISOString(),
              moment: time.moment,
              sendAt: time.sendAt.toISOString(),
              locale: request.locale,
            })),
          );
          parts.logger.info({ channel: request.channel, actionId: outcome.occurrence.action.id, count: outcome.times.length }, 'reminder requested');
          return { handled: true, replies: [outcome.confirmation], memory: outcome.memory };
        } catch (error) {
          parts.logger.error({ err: error, channel: request.channel }, 'reminder could not be stored');
          return { handled: true, replies: [{ text: t('reminders.failed'), choices: [] }], memory: outcome.memory };
        }
      }
    }
  }
}
