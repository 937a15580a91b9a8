/**
 * A channel that got no answer in time sends the same activity again (same id): it must not become a second turn —
 * a second remarque for one question, a second answer. The ids of the activities seen in the last few minutes are
 * remembered (in memory, bounded, without their text); one seen again is skipped and logged.
 *
 * An activity without an id (the Emulator's, a test's) cannot be recognised and always runs.
 */
import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logging.js';

/** Channels retry within seconds; ten minutes covers every retry policy we know of. */
export const DUPLICATE_WINDOW_MS = 10 * 60 * 1000;
const MAX_REMEMBERED = 50_000;

export class DuplicateActivities implements Middleware {
  /** Key → when it was seen; in order of first sight, so the oldest are forgotten first. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly clock: () => Date,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const { id, channelId, conversation, type } = context.activity;
    if (!id) return next();
    const now = this.clock().getTime();
    this.forgetOld(now);
    const key = `${channelId ?? ''}|${conversation?.id ?? ''}|${id}`;
    if (this.seen.has(key)) {
      this.logger.info({ channelId, activityType: type }, 'activity received twice: the repeat is skipped');
      return;
    }
    this.seen.set(key, now);
    await next();
  }

  private forgetOld(now: number): void {
    for (const [key, at] of this.seen) {
      if (now - at < DUPLICATE_WINDOW_MS && this.seen.size < MAX_REMEMBERED) break;
      this.seen.delete(key);
    }
  }
}
