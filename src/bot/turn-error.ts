/**
 * What happens when a turn fails (a bug, a storage outage, a reply that could not be delivered): the resident gets
 * a polite sentence in their language, the logs get the error with its context — never the message text — and the
 * conversation starts afresh so a broken memory cannot trap them. Nothing is rethrown: the process lives on.
 */
import type { TurnContext } from 'botbuilder';
import { conversationTrace } from '../../dialogs/replies.js';
import type { Render } from '../channels/render.js';
import type { Logger } from '../logging.js';
import { translator, toLocale } from '../replies/i18n.js';
import { traceActivity } from './assistant-bot.js';

export type TurnErrorHandler = (context: TurnContext, error: Error) => Promise<void>;

export function createTurnErrorHandler(parts: {
  logger: Logger;
  render: Render;
  /** Forgets the conversation's memory. */
  forget: (context: TurnContext) => Promise<void>;
}): TurnErrorHandler {
  const { logger, render, forget } = parts;
  return async (context, error) => {
    const activity = context.activity;
    logger.error(
      { err: error, activityType: activity.type, channelId: activity.channelId, locale: typeof activity.locale === 'string' ? activity.locale : undefined },
      'turn failed',
    );
    try {
      const locale = toLocale(activity.locale);
      await context.sendActivities([render({ text: translator(locale)('errors.turn'), choices: [] }, activity.channelId, locale), traceActivity(conversationTrace('error'))]);
      await forget(context);
    } catch (secondary) {
      logger.error({ err: secondary, activityType: activity.type, channelId: activity.channelId }, 'could not tell the resident about the failed turn');
    }
  };
}
