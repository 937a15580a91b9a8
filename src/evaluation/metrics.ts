/**
 * The evaluation's scores, exactly as ../shared/eval/README.md defines them:
 *   accuracy  = (answers on the expected/accepted topic + ½ × clarifications offering it) / in-scope lines
 *   wrong     = (answers on another topic + out-of-scope lines answered) / all lines
 *   rejection = out-of-scope lines that get a fallback / out-of-scope lines
 */
import { z } from 'zod';

export const EvalLine = z.object({
  q: z.string(),
  expect: z.string(),
  accept: z.array(z.string()).optional(),
  locale: z.string().optional(),
});
export type EvalLine = z.infer<typeof EvalLine>;

export interface EvalReply {
  kind: 'answer' | 'clarify' | 'fallback';
  topic: string | null;
  candidates: string[];
  score: number;
}

export interface Miss {
  line: EvalLine;
  reply: EvalReply;
  verdict: 'wrong' | 'clarified' | 'rejected' | 'answered-out-of-scope' | 'clarified-out-of-scope' | 'clarify-missed';
}

export interface EvalReport {
  lines: number;
  inScope: number;
  outOfScope: number;
  accuracy: number;
  wrongRate: number;
  rejection: number;
  answered: number;
  clarified: number;
  fallbacks: number;
  misses: Miss[];
}

export function evaluate(pairs: { line: EvalLine; reply: EvalReply }[]): EvalReport {
  let credit = 0;
  let wrong = 0;
  let rejected = 0;
  let inScope = 0;
  let outOfScope = 0;
  const misses: Miss[] = [];
  for (const { line, reply } of pairs) {
    const good = new Set([line.expect, ...(line.accept ?? [])]);
    if (line.expect === 'none') {
      outOfScope++;
      if (reply.kind === 'fallback') rejected++;
      else if (reply.kind === 'answer') {
        wrong++;
        misses.push({ line, reply, verdict: 'answered-out-of-scope' });
      } else misses.push({ line, reply, verdict: 'clarified-out-of-scope' });
      continue;
    }
    inScope++;
    if (reply.kind === 'answer') {
      if (reply.topic !== null && good.has(reply.topic)) credit += 1;
      else {
        wrong++;
        misses.push({ line, reply, verdict: 'wrong' });
      }
    } else if (reply.kind === 'clarify') {
      if (reply.candidates.some((c) => good.has(c))) {
        credit += 0.5;
        misses.push({ line, reply, verdict: 'clarified' });
      } else misses.push({ line, reply, verdict: 'clarify-missed' });
    } else misses.push({ line, reply, verdict: 'rejected' });
  }
  const count = (kind: EvalReply['kind']) => pairs.filter((p) => p.reply.kind === kind).length;
  return {
    lines: pairs.length,
    inScope,
    outOfScope,
    accuracy: inScope ? credit / inScope : 1,
    wrongRate: pairs.length ? wrong / pairs.length : 0,
    rejection: outOfScope ? rejected / outOfScope : 1,
    answered: count('answer'),
    clarified: count('clarify'),
    fallbacks: count('fallback'),
    misses,
  };
}
