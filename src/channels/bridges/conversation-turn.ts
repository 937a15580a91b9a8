/**
 * How a messaging bridge runs one turn of the conversation — the ONE file to change when the conversation core
 * (dialogs/, `runTurn(memory, message, services)`) replaces the Bot Framework dialogs: the bridges only see
 * BridgeTurn.
 *
 * Today the turn goes through the same bot as every other channel, in-process: the message becomes an activity
 * handed to the CloudAdapter with deliveryMode "expectReplies", so the bot's replies are buffered in the turn
 * instead of being posted anywhere (the connector clients of these turns cannot reach any address anyway), and the
 * bot's middleware, state (hashed keys), danger handling, remarques and statistics are exactly those of the other
 * channels. The sender's address never reaches it: the conversation is named by the salted address key.
 */
import type { Activity, ActivityHandler, CloudAdapter, TurnContext } from 'botbuilder';
import { ClaimsIdentity, ConnectorClient, ConnectorFactory, type ServiceClientCredentials } from 'botframework-connector';
import { withTurnOrigin } from '../../bot/turn-origin.js';
import type { Locale } from '../../knowledge/schema.js';
import type { Choice, ReplyMessage } from '../../replies/compose.js';
import { toLocale } from '../../replies/i18n.js';

export interface BridgeTurnRequest {
  /** The channel's name, as stored with remarques and statistics: sms, whatsapp, telegram. */
  channel: string;
  /** The salted address key: names the conversation, never the address. */
  conversationKey: string;
  /** The provider's message id (already checked for retries). */
  messageId: string;
  text: string;
  locale?: string;
  /** Whether the channel shows buttons; without them choices come as a numbered list. */
  buttons: boolean;
}

export interface BridgeTurnResult {
  replies: ReplyMessage[];
  locale: Locale;
  /** The entry the turn answered with, if it did (the reminder step offers its next date). */
  entryId: string | null;
}

export type BridgeTurn = (request: BridgeTurnRequest) => Promise<BridgeTurnResult>;

/** Where these turns "reply": nowhere (expectReplies); a client for it could not send anything anyway. */
const NOWHERE = 'http://127.0.0.1:9/bridge-replies-are-buffered';

class NoCredentials implements ServiceClientCredentials {
  async signRequest(): Promise<never> {
    throw new Error('A bridge turn sends nothing through the Bot Connector: its replies are returned.');
  }
}

class NowhereFactory extends ConnectorFactory {
  async create(): Promise<ConnectorClient> {
    return new ConnectorClient(new NoCredentials(), { baseUri: NOWHERE });
  }
}

export function botFrameworkTurn(adapter: CloudAdapter, bot: ActivityHandler, appId: string): BridgeTurn {
  const connectorFactory = new NowhereFactory();
  return async (request) => {
    let sent: Partial<Activity>[] = [];
    const activity = {
      type: 'message',
      id: request.messageId,
      timestamp: new Date(),
      channelId: request.channel,
      serviceUrl: NOWHERE,
      deliveryMode: 'expectReplies',
      conversation: { id: request.conversationKey },
      from: { id: request.conversationKey, role: 'user' },
      recipient: { id: appId || 'renaissance-assistant', role: 'bot' },
      text: request.text,
      ...(request.locale ? { locale: request.locale } : {}),
    };
    const claimsIdentity = new ClaimsIdentity([{ type: 'aud', value: appId }, { type: 'appid', value: appId }], true);
    // The turn's context is revoked once the turn ends: its buffered replies are copied before. Its state and
    // limits are keyed by this way in (src/bot/turn-origin.ts), apart from /api/messages and the web widget.
    await withTurnOrigin('bridge', () => adapter.processActivityDirect({ audience: appId, claimsIdentity, connectorFactory }, activity as unknown as Activity, async (turn: TurnContext) => {
      try {
        await bot.run(turn);
      } finally {
        sent = [...turn.bufferedReplyActivities];
      }
    }));
    const replies = sent.filter((a) => a.type === 'message').map(toReply).filter((r) => r.text !== '' || r.choices.length > 0);
    const trace = sent.find((a) => a.type === 'trace' && a.name === 'quartier.answer')?.value as { kind?: string; entryId?: string | null } | undefined;
    const replyLocale = sent.find((a) => a.type === 'message')?.locale;
    return { replies, locale: toLocale(replyLocale ?? request.locale), entryId: trace?.kind === 'answer' ? (trace.entryId ?? null) : null };
  };
}

function toReply(activity: Partial<Activity>): ReplyMessage {
  const choices: Choice[] = (activity.suggestedActions?.actions ?? []).map((a) => ({ label: a.title ?? String(a.value), value: String(a.value ?? a.title) }));
  return { text: activity.text ?? '', choices };
}
