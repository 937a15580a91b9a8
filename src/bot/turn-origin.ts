/**
 * Which way a turn came in: the local Direct Line of the web widget ('web') or the Bot Framework endpoint
 * /api/messages ('api'). A channel id and a conversation id are only what the activity says; an /api/messages
 * caller may write "directline" and a web conversation's id (it is in every Direct Line URL). So the bot's state
 * and the per-conversation limits are keyed by the way in as well: a conversation reached one way can never be
 * read, changed or rate-limited through the other.
 *
 * The HTTP handler that hands an activity to the adapter runs the turn inside `withTurnOrigin`; the state key and
 * the turn's middleware read it back with `currentWayIn` (AsyncLocalStorage follows the awaits in between).
 * A turn outside any (botbuilder's TestAdapter in the dialog tests) has none, and its keys are Bot Framework's own.
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import { ConversationState, UserState, type Storage, type TurnContext } from 'botbuilder';

/** 'bridge': an SMS, WhatsApp or Telegram bridge (src/channels/bridges), whose turns never cross /api/messages. */
export type WayIn = 'web' | 'api' | 'bridge';

const scope = new AsyncLocalStorage<WayIn>();

export function withTurnOrigin<T>(wayIn: WayIn, work: () => T): T {
  return scope.run(wayIn, work);
}

export function currentWayIn(): WayIn | undefined {
  return scope.getStore();
}

/** "web:directline/conversations/ID": Bot Framework's key, behind the way in. */
export function namespacedKey(key: string | undefined): string | undefined {
  const wayIn = currentWayIn();
  return key === undefined || wayIn === undefined ? key : `${wayIn}:${key}`;
}

export class NamespacedConversationState extends ConversationState {
  constructor(storage: Storage) {
    super(storage);
  }

  override getStorageKey(context: TurnContext): string | undefined {
    return namespacedKey(super.getStorageKey(context));
  }
}

export class NamespacedUserState extends UserState {
  constructor(storage: Storage) {
    super(storage);
  }

  override getStorageKey(context: TurnContext): string | undefined {
    return namespacedKey(super.getStorageKey(context));
  }
}
