/**
 * Danger figures: on lists of danger messages, how many get the emergency numbers first (an urgence answer, or the
 * ⚠️ line of numbers at the head of the reply); on lists of ordinary messages, how many get that line anyway (false
 * alarms). The generic "en cas de danger, appelez le 112" of every "I don't know" does not count as numbers first.
 */
import type { Decision } from '../engine/decide.js';
import type { Engine } from '../engine/engine.js';

/** Does the resident in danger read the emergency numbers first? */
export function getsTheNumbersFirst(decision: Decision): boolean {
  return (decision.kind === 'answer' && decision.topic === 'urgence') || decision.risk === true;
}

export interface DangerListReport {
  file: string;
  lines: number;
  /** Messages that got the numbers first. */
  flagged: number;
  /** Danger lists: the messages that did not; ordinary lists: the messages that did. */
  misses: string[];
}

export function measureList(engine: Engine, file: string, messages: readonly string[], kind: 'danger' | 'ordinary'): DangerListReport {
  const misses: string[] = [];
  let flagged = 0;
  for (const message of messages) {
    const numbers = getsTheNumbersFirst(engine.decide(message));
    if (numbers) flagged++;
    if (numbers !== (kind === 'danger')) misses.push(message);
  }
  return { file, lines: messages.length, flagged, misses };
}
