/**
 * Opt-in reminders on the Bot Framework edge (dialogs/reminder-flow.ts decides, src/reminders/desk.ts stores):
 *
 * - Azure Bot Service channels (Teams, Facebook, Slack, Telegram or SMS through Azure...) can be written to later:
 *   the address kept for a reminder is the conversation's reference (channel, service URL, conversation and bot
 *   ids; no names), sealed like every reminder address (src/reminders/address-seal.ts), and the reminder goes out
 *   through the CloudAdapter's continueConversationAsync with the bot's App ID.
 * - A web page (the widget on the local Direct Line, or Azure's Web Chat / Direct Line) cannot be reached once
 *   closed: the resident is offered the action's calendar file (`/agenda/<id>.ics`) instead, and nothing is kept.
 *
 * Reminders of these channels are stored as channel "azure.<channelId>" and keyed by a salted digest of the
 * conversation id, so "stop rappels" in that conversation cancels them all and deletes the sealed reference.
 */
import { TurnContext, type Activity, type CloudAdapter, type ConversationReference } from 'botbuilder';
import type { ReminderSender } from '../reminders/job.js';
import { addressKey } from '../channels/bridges/address-key.js';
import type { Render } from '../channels/render.js';
import { toLocale } from '../replies/i18n.js';
import type { WayIn } from './turn-origin.js';

/** The job's sender for every reminder whose channel starts with this (src/reminders/job.ts). */
export const BOT_REMINDER_CHANNEL = 'azure';

/** Channels whose resident reads in a web page: once it is closed, nothing can reach them. */
const WEB_PAGE_CHANNELS = new Set(['webchat', 'directline']);

/** Whether a reminder can be sent to this conversation later (otherwise the calendar file is offered). */
export function canPushTo(activity: Partial<Activity>, wayIn: WayIn | undefined): boolean {
  return wayIn !== 'web' && !WEB_PAGE_CHANNELS.has((activity.channelId ?? '').toLowerCase());
}

/**
 * "azure.msteams": the reminder's channel (one sender for all; apart from the bridges' own "telegram" or "sms").
 * The store takes channel names of letters, digits, ". _ -" (32 at most): anything else in a channel id is dropped.
 */
export function reminderChannelOf(activity: Partial<Activity>): string {
  const id = (activity.channelId ?? '').replace(/[^A-Za-z0-9._-]/g, '').slice(0, 25) || 'unknown';
  return `${BOT_REMINDER_CHANNEL}.${id}`;
}

/**
 * The salted digest that keys this conversation's reminders (never the conversation id in clear): the channel and
 * the conversation id, which a channel keeps; not the serviceUrl, which it may change between two messages (Teams
 * moves conversations between regional service URLs) — "stop rappels" must still find what it cancels.
 */
export function reminderKeyOf(salt: string, activity: Partial<Activity>): string {
  return addressKey(salt, reminderChannelOf(activity), activity.conversation?.id ?? '');
}

/**
 * What is sealed: what continueConversationAsync needs to reach the conversation, and nothing more — no user or
 * bot names, no locale; the tenant only for Teams, which routes by it.
 */
export function referenceOf(activity: Partial<Activity>): string {
  const full = TurnContext.getConversationReference(activity);
  const conversation = full.conversation;
  const reference: Partial<ConversationReference> = {
    channelId: full.channelId,
    serviceUrl: full.serviceUrl,
    conversation: {
      id: conversation?.id ?? '',
      isGroup: conversation?.isGroup ?? false,
      conversationType: conversation?.conversationType ?? '',
      name: '',
      ...(conversation?.tenantId ? { tenantId: conversation.tenantId } : {}),
    },
    ...(full.bot ? { bot: { id: full.bot.id, name: '' } } : {}),
    ...(full.user ? { user: { id: full.user.id, name: '' } } : {}),
  };
  return JSON.stringify(reference);
}

/** Sends a due reminder into its stored conversation, as the bot (its App ID; '' in local mode, loopback only). */
export function botFrameworkReminderSender(adapter: Pick<CloudAdapter, 'continueConversationAsync'>, appId: string, render: Render): ReminderSender {
  return async (reminder, address, text) => {
    const reference = JSON.parse(address) as Partial<ConversationReference>;
    // The adapter hands an error of the turn to onTurnError, which logs it and carries on, and its middleware may
    // end a turn early: only a send that returned counts as sent, anything else is the job's to retry.
    let delivered = false;
    let failure: unknown;
    await adapter.continueConversationAsync(appId, reference, async (context) => {
      try {
        await context.sendActivity(render({ text, choices: [] }, reference.channelId, toLocale(reminder.locale)));
        delivered = true;
      } catch (error) {
        failure = error;
      }
    });
    if (failure !== undefined) throw failure;
    if (!delivered) throw new Error('the reminder was not delivered into the conversation');
  };
}
