/**
 * Turns of one web conversation run one after the other in this process, so that its state is never written by two
 * of its turns at once. With several instances (PostgreSQL), two turns of one conversation may still run on two
 * instances at the same time; the bot state's eTags (src/bot/state-storage.ts) are what guards it then.
 */
export class TurnQueue {
  private readonly tails = new Map<string, Promise<void>>();

  /** Conversations with a turn running or waiting here (a stopping instance waits until there are none). */
  get inFlight(): number {
    return this.tails.size;
  }

  /** Runs `work` after the conversation's previous turns; its failure does not block the next ones. */
  run<T>(conversationId: string, work: () => Promise<T>): Promise<T> {
    const run = (this.tails.get(conversationId) ?? Promise.resolve()).then(work);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    this.tails.set(conversationId, tail);
    // Forgotten once idle, so that the map holds only conversations with a turn in flight.
    void tail.then(() => {
      if (this.tails.get(conversationId) === tail) this.tails.delete(conversationId);
    });
    return run;
  }
}
