/**
 * What happens when a turn fails (a bug, a storage outage, a reply that could not be delivered): the resident gets
 * a polite sentence in their language, the logs get the error with its context — never the message text — and the
 * conversation starts afresh so a broken dialog state cannot trap them. Nothing is rethrown: the process lives on.
 */
import type { ConversationState, TurnContext } from 'botbuilder';
import type { Logger } from '../logging.js';
import { translator, toLocale } from '../replies/i18n.js';
import { conversationTrace, sendTrace } from '../../dialogs/replies.js';
import type { DialogServices } from '../../dialogs/services.js';

export type TurnErrorHandler = (context: TurnContext, error: Error) => Promise<void>;

export function createTurnErrorHandler(parts: {
  logger: Logger;
  conversationState: ConversationState;
  render: DialogServices['render'];
}): TurnErrorHandler {
  const { logger, conversationState, render } = parts;
  return async (context, error) => {
    const activity = context.activity;
    logger.error(
      { err: error, activityType: activity.type, channelId: activity.channelId, locale: typeof activity.locale === 'string' ? activity.locale : undefined },
      'turn failed',
    );
    try {
      const locale = toLocale(activity.locale);
      await context.sendActivity(render({ text: translator(locale)('errors.turn'), choices: [] }, activity.channelId, locale));
      await sendTrace(context, conversationTrace('error'));
      await conversationState.delete(context);
    } catch (secondary) {
      logger.error({ err: secondary, activityType: activity.type, channelId: activity.channelId }, 'could not tell the resident about the failed turn');
    }
  };
}
