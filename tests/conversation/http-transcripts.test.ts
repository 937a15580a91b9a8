/**
 * A sample of the transcripts (transcripts.ts) through the real HTTP server — restify, the Bot Framework adapter,
 * the bot edge, the state in SQLite — with replies in the HTTP response (expectReplies), as the evaluation plays
 * them: what the core decides is what residents get over the wire, turn after turn.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import { NOW } from '../dialogs/harness.js';
import { startTestServer, type TestServer } from '../bot/http.js';
import { checkTurn, TRANSCRIPTS } from './transcripts.js';

let now = Date.parse(NOW);
let server: TestServer;
beforeAll(async () => {
  // The sample plays well over a hundred turns from one address under a clock that stands still: the per-address
  // limits (src/abuse) would ask it to slow down; as the evaluation does (../shared/eval), they are lifted.
  // The limits have their own tests.
  server = await startTestServer({ RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: '100000', RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: '10000' }, { clock: () => new Date(now) });
});
afterAll(async () => server.close());

/** Every third transcript, and every SMS one (numbers picking choices must survive the state round trip). */
const SAMPLE = TRANSCRIPTS.filter((t, i) => i % 3 === 0 || t.channel === 'sms');

const remarques = async () => (await server.assistant.storage.remarques.list({ limit: 1000 })).items.length;

describe('transcripts through HTTP', () => {
  it.each(SAMPLE.map((t, i) => [t.name, t, i] as const))('%s', async (_name, transcript, index) => {
    const conversation = { id: `http-transcript-${index}`, isGroup: false, conversationType: 'personal', name: '' };
    const base = { conversation, from: { id: `resident-${index}`, name: 'User' }, channelId: transcript.channel ?? 'emulator', locale: transcript.locale ?? 'fr-FR' };
    const before = await remarques();
    if (transcript.join) await server.exchange({ ...base, type: 'conversationUpdate', membersAdded: [{ id: base.from.id, name: 'User' }] });
    for (const turn of transcript.turns) {
      if (turn.after) now += turn.after * 60_000;
      const reply = await server.exchange({ ...base, type: 'message', text: turn.say });
      const trace = reply.traces[0] ?? { kind: 'none', topic: null, entryId: null };
      checkTurn(turn, trace, reply.text, (await remarques()) - before);
    }
  });
});
