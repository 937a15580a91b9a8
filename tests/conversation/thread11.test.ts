/**
 * The eleventh pass's own conversations (transcripts-thread11.ts) against the core, worked cases and the cases set aside
 * before tuning apart: `npx vitest run tests/conversation/thread11.test.ts` measures both. The worked ones are also
 * played with every other transcript (core.test.ts) and, for a sample, through HTTP.
 */
import { describePass } from './pass-suite.js';
import { THREAD11_ASIDE, THREAD11_MISSED, THREAD11_WORKED } from './transcripts-thread11.js';

describePass('eleventh', THREAD11_WORKED, THREAD11_ASIDE, THREAD11_MISSED);
