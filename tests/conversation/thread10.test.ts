/**
 * The tenth pass's own conversations (transcripts-thread10.ts) against the core, worked cases and the cases set aside
 * before tuning apart: `npx vitest run tests/conversation/thread10.test.ts` measures both. The worked ones are also
 * played with every other transcript (core.test.ts) and, for a sample, through HTTP.
 */
import { describePass } from './pass-suite.js';
import { THREAD10_ASIDE, THREAD10_MISSED, THREAD10_WORKED } from './transcripts-thread10.js';

describePass('tenth', THREAD10_WORKED, THREAD10_ASIDE, THREAD10_MISSED);
