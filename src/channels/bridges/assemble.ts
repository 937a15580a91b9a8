/**
 * The messaging bridges and opt-in reminders, assembled from the configuration: each bridge whose variables are
 * all set gets its pipeline, provider client and routes (the others' routes answer 404); reminders are on when
 * REMINDER_KEY is set, with a sender per channel that can be written to later. The composition root (src/index.ts)
 * calls this once, mounts `install`, starts `job` and calls `close` at shutdown.
 */
import type { Server } from 'restify';
import { type AbuseLimits } from '../../abuse/limits.js';
import type { TurnGate } from '../../abuse/turn-gate.js';
import { urgentAnswers } from '../../bot/turn-admission.js';
import { bridgeEnabled, type Config } from '../../config.js';
import type { AgendaBook } from '../../engine/agenda.js';
import type { Engine } from '../../engine/engine.js';
import type { Logger } from '../../logging.js';
import { AddressSeal } from '../../reminders/address-seal.js';
import { ReminderDesk } from '../../reminders/desk.js';
import { BudgetSpent, ReminderJob, type ReminderSender } from '../../reminders/job.js';
import type { ReminderTimes } from '../../reminders/schedule.js';
import type { Storage } from '../../storage/types.js';
import { installCalendarRoutes } from '../calendar.js';
import { smsText } from '../sms/render.js';
import { installSmsRoute } from '../sms/routes.js';
import { TwilioClient } from '../sms/twilio-client.js';
import { TelegramClient } from '../telegram/client.js';
import { telegramMessage } from '../telegram/render.js';
import { installTelegramRoute } from '../telegram/routes.js';
import { WhatsAppClient } from '../whatsapp/client.js';
import { whatsappContent } from '../whatsapp/render.js';
import { installWhatsAppRoutes, windowKey } from '../whatsapp/routes.js';
import type { BridgeTurn } from './conversation-turn.js';
import { BridgePipeline } from './pipeline.js';
import { BackgroundWork } from './work.js';
import type { TurnLocks } from '../../bot/turn-locks.js';
import { toLocale } from '../../replies/i18n.js';

export interface BridgeParts {
  config: Config;
  storage: Pick<Storage, 'deliveries' | 'state' | 'reminders'>;
  limits: AbuseLimits;
  /** The server's bound on turns in flight: bridge turns share it with web turns. */
  turnGate?: TurnGate;
  /** One sender's messages one at a time across instances (src/bot/turn-locks.ts); none when absent. */
  locks?: TurnLocks;
  turn: BridgeTurn;
  engine: Engine;
  agenda: () => AgendaBook;
  clock: () => Date;
  logger: Logger;
  /** Pause between attempts to send (tests: none). */
  pauseMs?: (attempt: number) => number;
  /** Senders of other edges' reminders, by channel prefix (the Bot Framework's "azure": src/bot/bot-reminders.ts). */
  senders?: Partial<Record<string, ReminderSender>>;
}

export interface MessagingBridges {
  install(server: Server): void;
  /** Undefined when reminders are off (no REMINDER_KEY). */
  job: ReminderJob | undefined;
  /** The reminder step, for the Bot Framework edge too (it offers the calendar file when reminders are off). */
  desk: ReminderDesk;
  /** Which bridges are on. */
  enabled: { sms: boolean; whatsapp: boolean; telegram: boolean };
  /** Resolves when no webhook work is left running. */
  idle(): Promise<void>;
  close(): Promise<void>;
}

export function createMessagingBridges(parts: BridgeParts): MessagingBridges {
  const { config, storage, logger, clock } = parts;
  const times: ReminderTimes = { moments: config.REMINDER_MOMENTS, eve: config.REMINDER_EVE_TIME, morning: config.REMINDER_MORNING_TIME };
  const seal = config.REMINDER_KEY ? new AddressSeal(config.REMINDER_KEY) : undefined;
  const publicUrl = config.PUBLIC_URL?.replace(/\/+$/, '');
  const desk = new ReminderDesk({
    reminders: storage.reminders,
    seal,
    times,
    engine: parts.engine,
    agenda: parts.agenda,
    clock,
    logger,
    ...(publicUrl ? { icsUrl: (id: string) => `${publicUrl}/agenda/${id}.ics` } : {}),
  });
  const enabled = { sms: bridgeEnabled(config, 'sms'), whatsapp: bridgeEnabled(config, 'whatsapp'), telegram: bridgeEnabled(config, 'telegram') };
  const urgent = urgentAnswers(parts.engine, parts.agenda, clock);
  const pipeline = (channel: string, buttons: boolean) =>
    new BridgePipeline({ channel, buttons, deliveries: storage.deliveries, state: storage.state, limits: parts.limits, urgent, turn: parts.turn, ...(parts.turnGate ? { gate: parts.turnGate } : {}), reminders: desk, salt: config.STATE_SALT, clock, logger, ...(parts.locks ? { locks: parts.locks } : {}) });
  const attempts = config.CHANNEL_SEND_ATTEMPTS;
  const pause = parts.pauseMs;
  const senders: Partial<Record<string, ReminderSender>> = { ...parts.senders };
  const works: BackgroundWork[] = [];

  const sms = enabled.sms
    ? (() => {
        const client = new TwilioClient({ apiUrl: config.TWILIO_API_URL, accountSid: config.TWILIO_ACCOUNT_SID!, authToken: config.TWILIO_AUTH_TOKEN!, from: config.TWILIO_FROM!, attempts }, logger, pause);
        senders['sms'] = async (reminder, address, text) => {
          const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(clock());
          if (!(await storage.deliveries.takeOutbound(reminder.addressKey, day, config.SMS_DAILY_LIMIT_PER_NUMBER))) throw new BudgetSpent();
          await client.send(address, smsText({ text, choices: [] }, toLocale(reminder.locale)));
        };
        return { authToken: config.TWILIO_AUTH_TOKEN!, publicUrl: publicUrl!, pipeline: pipeline('sms', false), reminders: storage.reminders, salt: config.STATE_SALT, logger };
      })()
    : undefined;

  const whatsapp = enabled.whatsapp
    ? (() => {
        const client = new WhatsAppClient(
          { apiUrl: config.WHATSAPP_API_URL, version: config.WHATSAPP_API_VERSION, phoneNumberId: config.WHATSAPP_PHONE_NUMBER_ID!, accessToken: config.WHATSAPP_ACCESS_TOKEN!, attempts },
          logger,
          pause,
        );
        senders['whatsapp'] = async (reminder, address, text) => {
          const locale = toLocale(reminder.locale);
          if ((await storage.state.get(windowKey(reminder.addressKey))) !== undefined) {
            await client.send(address, whatsappContent({ text, choices: [] }, locale));
          } else if (config.WHATSAPP_REMINDER_TEMPLATE) {
            await client.sendTemplate(address, config.WHATSAPP_REMINDER_TEMPLATE, locale, text);
          } else {
            throw new BudgetSpent(); // outside the window without a template: WhatsApp would refuse it, do not retry
          }
        };
        const work = new BackgroundWork(logger, 'whatsapp');
        works.push(work);
        return { verifyToken: config.WHATSAPP_VERIFY_TOKEN!, appSecret: config.WHATSAPP_APP_SECRET!, pipeline: pipeline('whatsapp', true), client, state: storage.state, work, clock, logger };
      })()
    : undefined;

  const telegram = enabled.telegram
    ? (() => {
        const client = new TelegramClient({ apiUrl: config.TELEGRAM_API_URL, botToken: config.TELEGRAM_BOT_TOKEN!, attempts }, logger, pause);
        senders['telegram'] = async (_reminder, address, text) => {
          const { text: body, replyMarkup } = telegramMessage({ text, choices: [] });
          await client.sendMessage(address, body, replyMarkup);
        };
        const work = new BackgroundWork(logger, 'telegram');
        works.push(work);
        return { secret: config.TELEGRAM_WEBHOOK_SECRET!, pipeline: pipeline('telegram', true), client, work, logger };
      })()
    : undefined;

  const job = seal ? new ReminderJob({ reminders: storage.reminders, seal, senders, agenda: parts.agenda, times, clock, logger }) : undefined;
  const idle = async () => {
    for (const work of works) await work.idle();
  };
  return {
    install(server) {
      installSmsRoute(server, sms);
      installWhatsAppRoutes(server, whatsapp);
      installTelegramRoute(server, telegram);
      installCalendarRoutes(server, { agenda: parts.agenda, clock, publicUrl });
    },
    job,
    desk,
    enabled,
    idle,
    async close() {
      await job?.stop();
      await idle();
    },
  };
}
