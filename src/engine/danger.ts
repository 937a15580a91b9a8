/**
 * Danger signals (knowledge/danger.yaml), checked before any search: a resident in danger must get the emergency
 * numbers whatever else the message says and whatever the conversation was doing.
 */
import type { DangerFile } from '../knowledge/schema.js';

export interface DangerMatch {
  signal: string;
  entryId: string;
}

export class DangerDetector {
  private readonly signals: { id: string; entryId: string; patterns: RegExp[] }[];
  private readonly risk: RegExp[];

  constructor(file: DangerFile) {
    this.signals = file.signals.map((s) => ({
      id: s.id,
      entryId: s.entry,
      patterns: s.patterns.map((p) => new RegExp(p, 'u')),
    }));
    this.risk = file.riskPatterns.map((p) => new RegExp(p, 'u'));
  }

  /** Words that call for the safety line of emergency numbers, even when no signal matched. */
  hasRiskWords(folded: string): boolean {
    return this.risk.some((p) => p.test(folded));
  }

  /** `folded` is the message as Normaliser.foldForPatterns gives it. The first signal that matches wins. */
  detect(folded: string): DangerMatch | undefined {
    for (const signal of this.signals) {
      if (signal.patterns.some((p) => p.test(folded))) return { signal: signal.id, entryId: signal.entryId };
    }
    return undefined;
  }
}
