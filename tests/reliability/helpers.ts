/**
 * Shared by the reliability tests: configuration without rate limits (tests about counting must not be cut short by
 * them; rate-limits.test.ts is about them), questions the engine surely does not know, tagged so that each can be
 * found again among the stored remarques, and the sentences that tell whether a remarque was kept.
 */
import type { Engine } from '../../src/engine/engine.js';
import { translator } from '../../src/replies/i18n.js';

export const NO_LIMITS: Record<string, string> = {
  RATE_LIMIT_MESSAGES_PER_MINUTE: '0',
  RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '0',
  RATE_LIMIT_REMARQUES_PER_HOUR: '0',
  RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: '0',
};

/** "zqab", "zqac"…: letters only (digits could be taken for personal data and redacted), unknown to the knowledge. */
export function tag(i: number): string {
  let out = '';
  let n = i;
  do {
    out = String.fromCharCode(97 + (n % 26)) + out;
    n = Math.floor(n / 26);
  } while (n > 0);
  return `zq${out.padStart(3, 'a')}`;
}

/** The text of unknownQuestion(engine, i), unchecked: for a test that checks the replies instead (crash.test.ts). */
export function unknownQuestionText(i: number): string {
  return `recette de la tarte ${tag(i)} aux poireaux`;
}

/** A question the assistant does not know, carrying `tag(i)`; fails loudly if the engine starts answering it. */
export function unknownQuestion(engine: Engine, i: number): string {
  const question = unknownQuestionText(i);
  const decision = engine.decide(question);
  if (decision.kind !== 'fallback') throw new Error(`"${question}" is no longer a fallback (${decision.kind}): pick another`);
  return question;
}

export const KEPT = translator('fr')('fallback.kept');
export const NOT_KEPT = translator('fr')('fallback.notKept');
