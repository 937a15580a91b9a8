/**
 * Keeps a resident's question or remark for the conseil citoyen: personal data removed first (redact.ts), no user
 * or conversation identifier, and with the engine's best guess so staff can sort what arrives.
 */
import { redact } from '../storage/redact.js';
import type { NewRemarque, Remarque, RemarqueKind, RemarqueStore } from '../storage/types.js';

export interface RemarqueInput {
  text: string;
  kind: RemarqueKind;
  locale: string;
  channel: string;
  topic?: string | null;
  score?: number | null;
  entryId?: string | null;
}

export class RemarqueRecorder {
  constructor(private readonly store: RemarqueStore) {}

  async record(input: RemarqueInput): Promise<Remarque> {
    const remarque: NewRemarque = {
      text: redact(input.text).text,
      kind: input.kind,
      locale: input.locale,
      channel: input.channel,
      topic: input.topic ?? null,
      score: input.score ?? null,
      entryId: input.entryId ?? null,
    };
    return this.store.add(remarque);
  }
}
