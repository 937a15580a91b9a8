/**
 * Webhooks answered at once (WhatsApp, Telegram) leave their work running after the response: it is tracked here
 * so that shutdown (and tests) can wait for it, and so that a failure is logged instead of being unhandled.
 */
import type { Logger } from '../../logging.js';

export class BackgroundWork {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly logger: Logger,
    private readonly channel: string,
  ) {}

  run(work: () => Promise<void>): void {
    const promise = work()
      .catch((error: unknown) => this.logger.error({ err: error, channel: this.channel }, 'message could not be handled'))
      .finally(() => this.running.delete(promise));
    this.running.add(promise);
  }

  /** Resolves when nothing is left running (including work started meanwhile). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.all([...this.running]);
  }
}
