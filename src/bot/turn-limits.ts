/**
 * The rate limits, applied to every turn of the real adapter (/api/messages and the web widget's Direct Line
 * alike), before the bot runs:
 *  - too many activities from one conversation or one resident's address → the bot does not run (no state read,
 *    no engine, nothing stored); the first refused message of a run gets a polite sentence (errors.rateLimited,
 *    with the emergency number), the next ones nothing — a flood must not become a flood of replies;
 *  - except a message with danger signals: it always gets the emergency answer (turn-admission.ts);
 *  - the remarque quota of the turn is handed to the dialogs (src/abuse/remarque-quota.ts).
 * Conversations are counted per way in (turn-origin.ts): an /api/messages caller cannot use up a web
 * conversation's limit by naming it. Logs say which limit refused, on which channel — never the conversation id,
 * the address or the text.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { currentClientAddress } from '../abuse/client-address.js';
import type { AbuseLimits } from '../abuse/limits.js';
import { REMARQUE_QUOTA, type RemarqueQuota } from '../abuse/remarque-quota.js';
import type { Logger } from '../logging.js';
import type { ReplyMessage } from '../replies/compose.js';
import { toLocale, translator } from '../replies/i18n.js';
import type { Render } from '../channels/render.js';
import { admitTurn, type UrgentAnswers } from './turn-admission.js';
import { currentWayIn } from './turn-origin.js';

export interface TurnLimitParts {
  limits: AbuseLimits;
  render: Render;
  logger: Logger;
  urgent: UrgentAnswers;
}

export class TurnLimits implements Middleware {
  constructor(private readonly parts: TurnLimitParts) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { limits, render, logger, urgent } = this.parts;
    const activity = context.activity;
    const conversation = `${currentWayIn() ?? ''}|${activity.channelId ?? ''}|${activity.conversation?.id ?? ''}`;
    const address = currentClientAddress();

    const quota: RemarqueQuota = {
      take: async () => {
        const refusal = await limits.remarque(conversation, address);
        if (refusal?.first) logger.warn({ channelId: activity.channelId }, 'remarque refused: rate limit');
        return refusal === undefined;
      },
    };
    context.turnState.set(REMARQUE_QUOTA, quota);

    const text = activity.type === 'message' && typeof activity.text === 'string' ? activity.text : undefined;
    const admission = await admitTurn(limits, { conversation, address, text }, urgent.isDanger);
    if (admission.verdict === 'run') return next();
    const locale = toLocale(activity.locale);
    if (admission.verdict === 'urgence') {
      logger.warn({ channelId: activity.channelId }, 'over the rate limit, but danger signals: emergency answer given');
      const answer = text === undefined ? undefined : urgent.answer(text, locale);
      if (answer) await context.sendActivity(render(answer, activity.channelId, locale));
      return;
    }
    if (!admission.tell) return;
    logger.warn({ channelId: activity.channelId, activityType: activity.type, retryAfterSeconds: admission.retryAfterSeconds }, 'activity refused: rate limit');
    if (activity.type !== 'message') return;
    const message: ReplyMessage = { text: translator(locale)('errors.rateLimited'), choices: [] };
    await context.sendActivity(render(message, activity.channelId, locale));
  }
}
