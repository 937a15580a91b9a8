/** The real knowledge and engine, built once per test file (building the index takes a moment). */
import { createCore, type Core } from '../../src/core.js';

let core: Core | undefined;

export function realCore(): Core {
  core ??= createCore();
  return core;
}

/** What a message gets, in one word: the topic of an answer, else the kind of decision ('clarify', 'fallback'). */
export function answered(engine: Core['engine'], message: string): string {
  const decision = engine.decide(message);
  return decision.kind === 'answer' ? decision.topic : decision.kind;
}
