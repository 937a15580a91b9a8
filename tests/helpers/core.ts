/** The real knowledge and engine, built once per test file (building the index takes a moment). */
import { expect } from 'vitest';
import { createCore, type Core } from '../../src/core.js';
import { getsTheNumbersFirst } from '../../src/evaluation/danger-eval.js';

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

/** A test that the question gets `expected`: the topic of an answer, else the kind ('clarify', 'fallback'), as `answered` says. */
export function expectAnswered(question: string, expected: string): void {
  expect(answered(realCore().engine, question), question).toBe(expected);
}

/** The topic answered, or the topic itself when a clarification offers it among its choices (else the kind). */
export function answeredOrOffered(engine: Core['engine'], message: string, topic: string): string {
  const decision = engine.decide(message);
  if (decision.kind === 'answer') return decision.topic;
  return decision.kind === 'clarify' && decision.candidates.some((c) => c.topic === topic) ? topic : decision.kind;
}

/** Whether the resident sees the emergency numbers first (the predicate `npm run eval:danger` counts with). */
export function numbersFirst(message: string): boolean {
  return getsTheNumbersFirst(realCore().engine.decide(message));
}

/** A test that the question is an honest "I don't know" sending the resident to where `domain` is handled. */
export function redirectedTo(domain: string): (question: string) => void {
  return (question: string): void => {
    const decision = realCore().engine.decide(question);
    const got = decision.kind === 'fallback' ? `fallback ${decision.outOfScope ?? ''}` : `${decision.kind} ${decision.kind === 'answer' ? decision.topic : ''}`;
    expect(got, question).toBe(`fallback ${domain}`);
    expect(decision.kind === 'fallback' && decision.redirect, question).toBeTruthy();
  };
}

/** A test that the question gets an honest "I don't know" (with or without a redirect). */
export function declined(question: string): void {
  const decision = realCore().engine.decide(question);
  expect(decision.kind, `${question} → ${decision.kind} ${decision.kind === 'answer' ? decision.topic : ''}`).toBe('fallback');
}

/** A test that the question gets the plain "I don't know": a fallback without a redirect (no service named wrongly). */
export function declinedWithoutRedirect(question: string): void {
  const decision = realCore().engine.decide(question);
  const got = decision.kind === 'fallback' ? `fallback${decision.redirect ? ` redirected (${decision.outOfScope ?? 'elsewhere'})` : ''}` : decision.kind;
  expect(got, question).toBe('fallback');
}
