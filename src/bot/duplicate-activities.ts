/**
 * A channel that got no answer in time sends the same activity again (same id): it must not become a second turn —
 * a second remarque for one question, a second answer. Each activity's sighting is recorded in the storage
 * (seen_activities: a salted digest of channel, conversation and id, never the ids nor the text), shared by every
 * instance on the database, so a retry that lands on another instance is recognised too. One seen again within
 * the window is skipped and logged; sightings are forgotten after it (index.ts's maintenance purges them).
 *
 * An activity without an id (the Emulator's, a test's) cannot be recognised and always runs. If the storage cannot
 * answer, the activity runs: a possible double answer is better than none (the turn meets the storage's trouble
 * itself and says so politely).
 */
import { createHmac } from 'node:crypto';
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging.js';
import type { SeenActivityStore } from '../storage/types.js';

/** Channels retry within seconds; ten minutes covers every retry policy we know of. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;

export class DuplicateActivities implements Middleware {
  constructor(
    private readonly store: Pick<SeenActivityStore, 'firstSight'>,
    private readonly salt: string,
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, channelId, conversation, type } = context.activity;
    if (!id) return next();
    const now = this.clock().getTime();
    const key = createHmac('sha256', this.salt).update(`${channelId ?? ''}|${conversation?.id ?? ''}|${id}`).digest('hex');
    let first = true;
    try {
      first = await this.store.firstSight(key, new Date(now).toISOString(), new Date(now - DUPLICATE_WINDOW_MS).toISOString());
    } catch (error) {
      this.logger.warn({ err: error, channelId }, 'seen activities unavailable: the activity runs without the duplicate check');
    }
    if (!first) {
      this.logger.info({ channelId, activityType: type }, 'activity received twice: the repeat is skipped');
      return;
    }
    await next();
  }
}
