/**
 * The local Direct Line's turns of one conversation run one after the other in a process (src/channels/directline/
 * turn-queue.ts), and the queue says how many conversations have a turn in flight: a stopping instance waits for
 * them, the welcome turns included, which run after their conversation's start is answered (outside the turn gate).
 */
import { expect, it } from 'vitest';
import { TurnQueue } from '../../src/channels/directline/turn-queue.js';

/** Lets the queue's own bookkeeping (promise callbacks) run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

it('counts the conversations with a turn running or waiting, until their last turn is over', async () => {
  const queue = new TurnQueue();
  expect(queue.inFlight).toBe(0);
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const order: string[] = [];
  const first = queue.run('a', async () => {
    await held;
    order.push('a1');
  });
  const second = queue.run('a', async () => {
    order.push('a2');
  });
  const other = queue.run('b', async () => 'b');
  expect(queue.inFlight).toBe(2);
  expect(await other).toBe('b');
  await settle();
  expect(queue.inFlight).toBe(1); // b is over; a's first turn is held, its second waits
  expect(order).toEqual([]);
  release();
  await Promise.all([first, second]);
  await settle();
  expect(order).toEqual(['a1', 'a2']);
  expect(queue.inFlight).toBe(0);
});

it('a failed turn neither blocks the next one nor stays counted', async () => {
  const queue = new TurnQueue();
  const failed = queue.run('a', async () => {
    throw new Error('turn failed');
  });
  const next = queue.run('a', async () => 'next');
  await expect(failed).rejects.toThrow('turn failed');
  expect(await next).toBe('next');
  await settle();
  expect(queue.inFlight).toBe(0);
});
