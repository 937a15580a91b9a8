/**
 * Reminders on the Bot Framework edge (issue 15), over real HTTP with the real CloudAdapter:
 *
 * - the web widget (local Direct Line), which cannot reach a closed page: "rappelle-moi" after an answer with an
 *   upcoming real action gets the action's calendar file, which downloads with the right event; nothing is kept;
 * - an Azure Bot Service channel (Teams here) against a local fake Bot Connector on loopback (its serviceUrl):
 *   "rappelle-moi" → offer → "oui" stores the sealed conversation reference; with the clock moved to the eve, the
 *   sending job posts the reminder into the conversation through continueConversationAsync; the reference is
 *   deleted after the last reminder and at once on "stop rappels"; neither the conversation id nor the resident's
 *   name is ever in the database bytes or the logs.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Activity } from 'botbuilder';
import Database from 'better-sqlite3';
import { startChannelService, until, type ChannelService } from '../channels/helpers.js';
import { addRealAction, startHarness, type Harness } from '../channels/bridges/harness.js';
import { openWebChat } from '../reliability/web-chat.js';

const PUBLIC_URL = 'https://assistant.example.fr';
const ACTION = 'atelier-numerique-decembre';

let h: Harness;

/** The sealed addresses left in the reminders table, read from the SQLite file itself. */
async function sealedAddresses(): Promise<string[]> {
  const db = new Database(h.sqliteFile, { readonly: true });
  try {
    return (db.prepare('SELECT address_sealed FROM reminders WHERE address_sealed IS NOT NULL').all() as { address_sealed: string }[]).map((r) => r.address_sealed);
  } finally {
    db.close();
  }
}
let connector: ChannelService | undefined;

beforeEach(async () => {
  h = await startHarness({ PUBLIC_URL });
  await addRealAction(h.assistant);
});
afterEach(async () => {
  await connector?.close();
  connector = undefined;
  await h.close();
});

describe('web widget: the calendar file instead of a reminder', () => {
  it('offers /agenda/<id>.ics after an answer with an upcoming action, and the file holds that event', async () => {
    const chat = await openWebChat(h.url);
    expect((await chat.say('atelier numérique')).join('\n')).toMatch(/atelier/i);
    const replies = await chat.say('rappelle-moi');
    expect(replies).toHaveLength(1);
    expect(replies[0]).toContain(`Ajoutez « Atelier numérique »`);
    expect(replies[0]).toContain(`${PUBLIC_URL}/agenda/${ACTION}.ics`);
    expect(replies[0]).not.toMatch(/Voulez-vous un rappel/);
    // Nothing is kept for the web: no reminder, no address.
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);

    // A link the widget shows as such (Markdown), to the public address.
    expect(replies[0]).toContain(`[${PUBLIC_URL}/agenda/${ACTION}.ics](${PUBLIC_URL}/agenda/${ACTION}.ics)`);
    const link = `/agenda/${ACTION}.ics`;
    const file = await fetch(`${h.url}${link}`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/calendar/);
    const ics = await file.text();
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('SUMMARY:Atelier numérique');
    expect(ics).toContain('LOCATION:Pôle culturel');
    // 14:00 in Paris on 10 December is 13:00 UTC; it ends at 16:00 Paris.
    expect(ics).toMatch(/DTSTART:20261210T130000Z/);
    expect(ics).toMatch(/DTEND:20261210T150000Z/);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
  });

  it('never offers a sample action, and says so when nothing real is coming', async () => {
    await addRealAction(h.assistant, { sample: true });
    const chat = await openWebChat(h.url);
    await chat.say('atelier numérique');
    const replies = await chat.say('rappelle-moi');
    expect(replies.join('\n')).not.toContain('.ics');
    expect(replies.join('\n')).toMatch(/Je peux vous rappeler une activité à venir/);
    expect((await fetch(`${h.url}/agenda/${ACTION}.ics`)).status).toBe(404);
  });
});

describe('Azure Bot Service channel: a stored conversation reference', () => {
  const CONVERSATION = 'a:1teams-conversation-of-a-resident';
  const NAME = 'Fatima Benali';
  let n = 0;

  /** A resident's message as Teams' Bot Connector posts it; the bot's replies go to the fake connector. */
  async function say(text: string, conversation = CONVERSATION, service: ChannelService = connector!): Promise<string[]> {
    const before = service.received.length;
    const activity: Partial<Activity> = {
      type: 'message',
      id: `teams-activity-${++n}`,
      channelId: 'msteams',
      serviceUrl: service.url,
      conversation: { id: conversation, isGroup: false, conversationType: 'personal', name: '', tenantId: 'tenant-1' },
      from: { id: '29:resident-aad-id', name: NAME },
      recipient: { id: '28:bot-id', name: 'Assistant du quartier' },
      locale: 'fr-FR',
      text,
    };
    const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    expect(res.status).toBe(200);
    return service.received
      .slice(before)
      .map((r) => r.activity as Partial<Activity>)
      .filter((a) => a.type === 'message')
      .map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => JSON.stringify(x.content))].join('\n'));
  }

  it('stores the sealed reference on "oui", sends the reminder into the conversation on the eve, then forgets it', async () => {
    connector = await startChannelService();
    await say('atelier numérique');
    const offer = await say('rappelle-moi');
    expect(offer.join('\n')).toMatch(/Voulez-vous un rappel pour « Atelier numérique »/);
    expect(offer.join('\n')).toContain('Oui, rappelez-moi');
    const confirmed = await say('oui');
    expect(confirmed.join('\n')).toMatch(/^C'est noté/);

    const [stored, ...others] = await h.assistant.storage.reminders.pending();
    expect(others).toEqual([]);
    expect(stored).toMatchObject({ channel: 'azure.msteams', actionId: ACTION, moment: 'eve', sendAt: '2026-12-09T17:00:00.000Z' });
    expect(stored!.addressSealed).toMatch(/^v1\./);
    for (const secret of [CONVERSATION, NAME, '29:resident-aad-id']) {
      expect(h.databaseBytes()).not.toContain(secret);
      expect(h.logs.join('\n')).not.toContain(secret);
    }

    // Not yet due: nothing sent. The eve at 18:00 Paris: the job sends it through the adapter, as the bot.
    const before = connector.received.length;
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(0);
    h.clock.set('2026-12-09T17:00:10.000Z');
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(1);
    const sent = connector.received.slice(before);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.path.startsWith(`/v3/conversations/${encodeURIComponent(CONVERSATION)}/activities`)).toBe(true);
    const reminder = sent[0]!.activity as Partial<Activity>;
    expect(reminder).toMatchObject({ type: 'message', channelId: 'msteams', conversation: { id: CONVERSATION } });
    expect(reminder.text).toMatch(/^Rappel : demain à 14 h 00, « Atelier numérique », Pôle culturel\./);

    // Its last reminder sent: the reference is deleted; a later tick sends nothing again.
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
    expect(await sealedAddresses()).toEqual([]);
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(0);
  });

  it('a restart keeps it, and "stop rappels" cancels it and deletes the reference at once', async () => {
    connector = await startChannelService();
    await say('atelier numérique');
    await say('rappelle-moi');
    await say('oui');
    const [stored] = await h.assistant.storage.reminders.pending();
    expect(stored).toBeDefined();
    await h.restart();
    expect(await h.assistant.storage.reminders.pending()).toHaveLength(1);

    // Another conversation's "stop rappels" cancels nothing of this one.
    expect((await say('stop rappels', 'a:1another-conversation')).join('\n')).toContain("Vous n'avez aucun rappel en cours.");
    expect(await h.assistant.storage.reminders.pending()).toHaveLength(1);
    const stop = await say('stop rappels');
    expect(stop.join('\n')).toContain("C'est fait : plus aucun rappel, et l'adresse de notre conversation est effacée.");
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
    expect(await sealedAddresses()).toEqual([]);

    h.clock.set('2026-12-09T17:00:10.000Z');
    const before = connector.received.length;
    expect((await h.assistant.bridges.job!.tick()).sent).toBe(0);
    expect(connector.received.length).toBe(before);
  });

  // Review: the key of a conversation's reminders held its serviceUrl, which a channel may change between two messages
  // (Teams moves conversations between regional service URLs): "stop rappels" then found nothing to cancel.
  it('"stop rappels" cancels it even when the channel now posts from another service URL', async () => {
    connector = await startChannelService();
    await say('atelier numérique');
    await say('rappelle-moi');
    await say('oui');
    expect(await h.assistant.storage.reminders.pending()).toHaveLength(1);
    const moved = await startChannelService();
    try {
      const stop = await say('stop rappels', CONVERSATION, moved);
      expect(stop.join('\n')).toContain("C'est fait : plus aucun rappel");
    } finally {
      await moved.close();
    }
    expect(await h.assistant.storage.reminders.pending()).toEqual([]);
    expect(await sealedAddresses()).toEqual([]);
  });

  it('a connector that cannot be reached: the send is tried again later, the reminder kept', async () => {
    // The conversation's replies come back in the HTTP responses; its serviceUrl is a closed loopback port.
    const exchange = async (text: string) => {
      const activity = { type: 'message', id: `teams-activity-${++n}`, channelId: 'msteams', deliveryMode: 'expectReplies', serviceUrl: 'http://127.0.0.1:9/', conversation: { id: 'a:1unreachable', conversationType: 'personal' }, from: { id: '29:x' }, recipient: { id: '28:bot' }, locale: 'fr-FR', text };
      const res = await fetch(`${h.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
      // Teams shows text and choices in a card: its content is read too.
      return ((await res.json()) as { activities: Partial<Activity>[] }).activities.map((a) => [a.text ?? '', ...(a.attachments ?? []).map((x) => JSON.stringify(x.content))].join('\n')).join('\n');
    };
    await exchange('atelier numérique');
    expect(await exchange('rappelle-moi')).toMatch(/Voulez-vous un rappel/);
    expect(await exchange('oui')).toMatch(/C'est noté/);
    h.clock.set('2026-12-09T17:00:10.000Z');
    expect(await h.assistant.bridges.job!.tick()).toMatchObject({ sent: 0, retried: 1 });
    const [kept] = await h.assistant.storage.reminders.pending();
    expect(kept).toMatchObject({ channel: 'azure.msteams', attempts: 1 });
    expect(h.logs.join('\n')).toMatch(/"reminder not sent"/);
  });
});
