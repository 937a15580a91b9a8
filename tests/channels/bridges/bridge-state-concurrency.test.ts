/**
 * A bridge turn (SMS, WhatsApp, Telegram) writes the conversation's memory only over the version it read
 * (src/channels/bridges/conversation-turn.ts), as the bot does: when another turn of the same sender wrote it in
 * between (simulated here, on a real SQLite store, with the real core and engine), the turn runs once more; having
 * kept a remarque it does not (it would keep it twice); losing twice it asks to send the message again.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coreTurn, type BridgeTurn } from '../../../src/channels/bridges/conversation-turn.js';
import { AbuseLimits } from '../../../src/abuse/limits.js';
import { LiveAgenda } from '../../../src/agenda/live-agenda.js';
import { conversationServices } from '../../../src/core.js';
import { Engine } from '../../../src/engine/engine.js';
import { loadKnowledge } from '../../../src/knowledge/loader.js';
import { createLogger } from '../../../src/logging.js';
import { RemarqueRecorder } from '../../../src/remarques/recorder.js';
import { translator } from '../../../src/replies/i18n.js';
import { openStorage, type Storage } from '../../../src/storage/index.js';
import { PHRASES } from '../../dialogs/phrases.js';
import { racingState, type RacingState } from '../../support/racing-state.js';

const fr = PHRASES.find((p) => p.lang === 'fr')!;
const t = translator('fr');
const knowledge = loadKnowledge();
const engine = new Engine(knowledge);

let dir: string;
let storage: Storage;
let turn: BridgeTurn;
let racing: RacingState;
let logs = '';

beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'renaissance-bridge-cas-'));
  storage = await openStorage({ kind: 'sqlite', file: path.join(dir, 'a.sqlite') });
  logs = '';
  racing = racingState(storage.state, {});
  const state = racing.state;
  const clock = () => new Date();
  const agenda = new LiveAgenda(storage.agenda, { demo: false });
  await agenda.start(knowledge);
  const noLimits = { RATE_LIMIT_MESSAGES_PER_MINUTE: 0, RATE_LIMIT_ADDRESS_MESSAGES_PER_MINUTE: 0, RATE_LIMIT_REMARQUES_PER_HOUR: 0, RATE_LIMIT_ADDRESS_REMARQUES_PER_HOUR: 0 };
  turn = coreTurn({
    services: conversationServices({ engine, agenda: () => agenda.current(), clock }),
    remarques: new RemarqueRecorder(storage.remarques),
    limits: new AbuseLimits(noLimits, clock),
    state,
    turns: storage.turns,
    clock,
    logger: createLogger('info', { write: (line: string) => void (logs += line) }),
  });
});
afterEach(async () => {
  await storage.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const say = (text: string) => turn({ channel: 'sms', conversationKey: 'a'.repeat(64), messageId: `m${Math.random()}`, text, locale: 'fr', buttons: false });
const conflicts = () => logs.split('\n').filter((l) => l.includes('conversation memory changed during the turn'));

describe('a bridge turn whose memory another turn wrote meanwhile', () => {
  it('runs once more: the clarify → choice flow keeps its state', async () => {
    await say(fr.clarify.question);
    racing.loseNext(1);
    const chosen = await say("1");
    expect(chosen.replies.map((r) => r.text).join('\n')).not.toContain(t('errors.busy'));
    expect(chosen.entryId).not.toBeNull();
    expect(conflicts()).toHaveLength(1);
  });

  it('having kept a remarque, keeps its replies and stores the remarque once', async () => {
    await say(fr.remarqueIntent);
    await say('Le banc zqbridge du square est cassé');
    racing.loseNext(1);
    const sent = await say(t('remarque.send'));
    expect(sent.replies[0]?.text).toBe(t('remarque.saved'));
    expect((await storage.remarques.list({ search: 'zqbridge' })).items).toHaveLength(1);
  });

  it('losing twice, asks to send the message again', async () => {
    await say(fr.clarify.question);
    racing.loseNext(2);
    const busy = await say('1');
    expect(busy.replies.map((r) => r.text)).toEqual([t('errors.busy')]);
  });
});
