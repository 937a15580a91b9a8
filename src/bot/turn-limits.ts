/**
 * The rate limits, applied to every turn of the real adapter (/api/messages and the web widget's Direct Line
 * alike), before the bot runs:
 *  - too many activities from one conversation or one resident's address → the bot does not run (no state read,
 *    no engine, nothing stored); the first refused message of a run gets a polite sentence (errors.rateLimited,
 *    with the emergency number), the next ones nothing — a flood must not become a flood of replies;
 *  - the remarque quota of the turn is handed to the dialogs (src/abuse/remarque-quota.ts).
 * Logs say which limit refused, on which channel — never the conversation id, the address or the text.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import { currentClientAddress } from '../abuse/client-address.js';
import type { AbuseLimits } from '../abuse/limits.js';
import { REMARQUE_QUOTA, type RemarqueQuota } from '../abuse/remarque-quota.js';
import type { Logger } from '../logging.js';
import type { ReplyMessage } from '../replies/compose.js';
import { toLocale, translator } from '../replies/i18n.js';
import type { DialogServices } from '../../dialogs/services.js';

export class TurnLimits implements Middleware {
  constructor(
    private readonly limits: AbuseLimits,
    private readonly render: DialogServices['render'],
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const activity = context.activity;
    const conversation = `${activity.channelId ?? ''}|${activity.conversation?.id ?? ''}`;
    const address = currentClientAddress();

    const quota: RemarqueQuota = {
      take: () => {
        const refusal = this.limits.remarque(conversation, address);
        if (refusal?.first) this.logger.warn({ channelId: activity.channelId }, 'remarque refused: rate limit');
        return refusal === undefined;
      },
    };
    context.turnState.set(REMARQUE_QUOTA, quota);

    const refusal = this.limits.message(conversation, address);
    if (!refusal) return next();
    if (!refusal.first) return;
    this.logger.warn({ channelId: activity.channelId, activityType: activity.type, retryAfterSeconds: refusal.retryAfterSeconds }, 'activity refused: rate limit');
    if (activity.type !== 'message') return;
    const locale = toLocale(activity.locale);
    const message: ReplyMessage = { text: translator(locale)('errors.rateLimited'), choices: [] };
    await context.sendActivity(this.render(message, activity.channelId, locale));
  }
}
