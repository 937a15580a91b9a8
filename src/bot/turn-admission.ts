/**
 * Whether a turn may run, decided at the edge before the conversation core sees it (src/bot/turn-limits.ts calls
 * it for every activity of the real adapter; the core may call it too):
 *  - within the rate limits → the conversation runs;
 *  - over a limit, but the message carries danger signals → it is answered with the emergency numbers all the
 *    same: a resident in danger must never meet "slow down" nor silence. The answer is given at the edge (no state,
 *    no storage), so a flood of such messages costs no more than the detection itself;
 *  - over a limit otherwise → refused; the first refusal of a run is told (once), the next ones get nothing.
 */
import type { AbuseLimits } from '../abuse/limits.js';
import type { Refusal } from '../abuse/rate-limiter.js';
import type { AgendaBook } from '../engine/agenda.js';
import type { Engine } from '../engine/engine.js';
import type { Locale } from '../knowledge/schema.js';
import { composeAnswer, type ReplyMessage } from '../replies/compose.js';

export type Admission =
  | { verdict: 'run' }
  | { verdict: 'urgence' }
  | { verdict: 'refused'; tell: boolean; retryAfterSeconds: number };

export interface TurnToAdmit {
  /** The conversation's key for the limits (way in, channel, conversation id). */
  conversation: string;
  /** The resident's own address, where the way in knows it. */
  address: string | undefined;
  /** The message text (undefined for other activities). */
  text: string | undefined;
}

export async function admitTurn(limits: Pick<AbuseLimits, 'message'>, turn: TurnToAdmit, isDanger: (text: string) => boolean): Promise<Admission> {
  const refusal: Refusal | undefined = await limits.message(turn.conversation, turn.address);
  if (!refusal) return { verdict: 'run' };
  if (turn.text && isDanger(turn.text)) return { verdict: 'urgence' };
  return { verdict: 'refused', tell: refusal.first, retryAfterSeconds: refusal.retryAfterSeconds };
}

/** What the edge needs to answer a danger message by itself: is it one, and its emergency answer. */
export interface UrgentAnswers {
  isDanger(text: string): boolean;
  /** The emergency answer to a danger message, as the conversation would give it; undefined if it is none. */
  answer(text: string, locale: Locale): ReplyMessage | undefined;
}

export function urgentAnswers(engine: Engine, agenda: () => AgendaBook, clock: () => Date): UrgentAnswers {
  return {
    isDanger: (text) => engine.isDanger(text),
    answer(text, locale) {
      if (!engine.isDanger(text)) return undefined;
      const decision = engine.decide(text);
      if (decision.kind !== 'answer') return undefined;
      return composeAnswer(decision.entry, { locale, now: clock(), agenda: agenda() });
    },
  };
}
