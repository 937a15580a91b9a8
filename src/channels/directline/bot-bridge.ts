/**
 * How a web conversation reaches the bot. The local Direct Line is a channel like Azure's: it builds the activity
 * a channel would (ids, from/recipient, conversation, serviceUrl), and hands it to the SAME CloudAdapter and bot as
 * /api/messages, through adapter.processActivityDirect. It skips only the JWT check — the activity never crossed a
 * network, its sender was authenticated by our own Direct Line token — and supplies a connector factory whose
 * clients can only reach our loopback connector (connector.ts). So the bot's middleware, turn-error handler, state
 * and reply path (Bot Connector REST calls to serviceUrl) are exactly those of production channels.
 *
 * Why not post to /api/messages over HTTP instead? With an App ID configured, that route rightly demands a token
 * signed by Azure, which we cannot produce; and replies would then need an Azure AD token to come back. The direct
 * path works the same with and without an App ID, with no network at all.
 */
import { ClaimsIdentity, type ConnectorFactory } from 'botframework-connector';
import type { Activity, ActivityHandler, CloudAdapter } from 'botbuilder';
import { withTurnOrigin } from '../../bot/turn-origin.js';
import type { NewActivity, WebConversation } from './conversations.js';

/** Who the bot is in web conversations (the recipient of residents' activities). */
export interface BotAccount {
  id: string;
  name: string;
}

export interface BridgeParts {
  adapter: CloudAdapter;
  bot: ActivityHandler;
  connectorFactory: ConnectorFactory;
  botAccount: BotAccount;
  /** The Microsoft App ID ('' in local mode): the identity the adapter's credentials expect. */
  appId: string;
  /** The serviceUrl the bot replies to (this server's loopback connector), known once the server listens. */
  serviceUrl: () => string;
}

export class BotBridge {
  constructor(private readonly parts: BridgeParts) {}

  /** Tells the bot the conversation started, with the resident and the bot as new members (so it greets). */
  async start(conversation: WebConversation, now: Date): Promise<void> {
    const user = { id: conversation.userId, role: 'user' };
    await this.deliver(conversation, {
      type: 'conversationUpdate',
      // Not one of the stored activities' ids: the browser never sees this activity, only the replies to it.
      id: `${conversation.id}|start`,
      timestamp: now.toISOString(),
      from: user,
      membersAdded: [{ ...this.parts.botAccount, role: 'bot' }, user],
      locale: conversation.locale,
    });
  }

  /** Hands a resident's activity (already stored and echoed) to the bot. */
  async deliver(conversation: WebConversation, activity: NewActivity & { id: string; timestamp: string }): Promise<void> {
    const { adapter, bot, botAccount, appId } = this.parts;
    const full = {
      ...activity,
      ...wireDates(activity),
      channelId: 'directline',
      serviceUrl: this.parts.serviceUrl(),
      conversation: { id: conversation.id },
      recipient: { ...botAccount, role: 'bot' },
    };
    // The claims of a bot talking to its own channel: audience and app id are the bot's (empty in local mode).
    const claimsIdentity = new ClaimsIdentity(
      [
        { type: 'aud', value: appId },
        { type: 'appid', value: appId },
      ],
      true,
    );
    // A channel's activity is JSON; botbuilder's Activity type insists on fields (isGroup…) no channel must send
    // and on enums where the wire has strings: the assertion states that this object is such wire JSON.
    // A web turn: its state and limits are the web conversation's, out of reach of /api/messages (turn-origin.ts).
    await withTurnOrigin('web', () =>
      adapter.processActivityDirect(
        { audience: appId, claimsIdentity, connectorFactory: this.parts.connectorFactory },
        full as unknown as Activity,
        (context) => bot.run(context),
      ),
    );
  }
}

/** As the adapter does for HTTP activities: ISO timestamps become Dates, the raw strings are kept alongside. */
function wireDates(activity: { timestamp: string; localTimestamp?: unknown }): Record<string, unknown> {
  const dates: Record<string, unknown> = { timestamp: new Date(activity.timestamp), rawTimestamp: activity.timestamp };
  if (typeof activity.localTimestamp === 'string') {
    dates.localTimestamp = new Date(activity.localTimestamp);
    dates.rawLocalTimestamp = activity.localTimestamp;
  }
  return dates;
}
