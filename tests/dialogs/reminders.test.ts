/**
 * The reminder step on the Bot Framework edge, as transcripts of the real bot (TestAdapter, real engine, real
 * SQLite): on a web page (Web Chat, Direct Line) "rappelle-moi" gets the action's calendar file and nothing is kept;
 * on an Azure channel (Teams) it offers a reminder, "non" keeps nothing, "oui" keeps one (the conversation
 * reference sealed), "stop rappels" cancels it. Sample actions are never offered.
 */
import { describe, expect, it } from 'vitest';
import { agendaRecord, digitalWorkshop } from '../support/agenda.js';
import { harnessPerTest, type Harness } from './harness.js';

const KEY = Buffer.alloc(32, 3).toString('base64');
const PUBLIC_URL = 'https://assistant.example.fr';
const h = harnessPerTest({ reminders: { key: KEY, publicUrl: PUBLIC_URL } });

/** A real action staff entered: Thursday 3 December 2026, 14:00 (the harness's clock is Tuesday 1st, 9:00 UTC). */
async function realWorkshop(harness: Harness, sample = false): Promise<void> {
  await harness.storage.agenda.put(digitalWorkshop({ id: 'atelier-numerique-reel', date: '2026-12-03', time: '14:00', sample }));
  await harness.agenda.reload();
}

describe('reminders on the Bot Framework edge', () => {
  it('web page: the calendar file of the action, in French and in English, nothing kept', async () => {
    await realWorkshop(h);
    const web = { channelId: 'webchat' };
    expect((await h.say('atelier numérique', web)).traces[0]).toMatchObject({ kind: 'answer', entryId: 'ateliers-numeriques' });
    const reply = await h.say('prévenez-moi', web);
    expect(reply.texts).toHaveLength(1);
    expect(reply.text).toContain('Ajoutez « Atelier numérique » (jeudi 3 décembre à 14 h 00, Pôle culturel)');
    expect(reply.text).toContain(`${PUBLIC_URL}/agenda/atelier-numerique-reel.ics`);
    expect(reply.choices).toEqual([]);
    expect(reply.traces).toEqual([expect.objectContaining({ kind: 'reminder' })]);
    expect(await h.storage.reminders.pending()).toEqual([]);

    const english = { channelId: 'directline', conversation: 'web-en', locale: 'en-US' };
    await h.say('english please', english);
    await h.say('digital workshop', english);
    const en = await h.say('remind me', english);
    expect(en.text).toContain('atelier-numerique-reel.ics');
    expect(en.text).toContain('Digital skills workshop');
    expect(await h.storage.reminders.pending()).toEqual([]);
  });

  it('web page, after the agenda list: "which one?" among the real actions, then the calendar file of the one chosen', async () => {
    await realWorkshop(h);
    await h.storage.agenda.put(agendaRecord({ id: 'forum-emploi-reel', topic: 'emploi-formation', entry: undefined, date: '2026-12-04', time: '09:30' }));
    await h.agenda.reload();
    const web = { channelId: 'webchat', conversation: 'web-agenda' };
    const list = await h.say("qu'est-ce qui est prévu dans le quartier ?", web);
    expect(list.text).toContain("Forum de l'emploi");
    const which = await h.say('rappelle-moi', web);
    expect(which.text).toMatch(/Pour quelle activité/);
    // Real actions only: the shipped examples are not among the choices.
    expect(which.choices).toEqual(['Atelier numérique', "Forum de l'emploi"]);
    const file = await h.say("Forum de l'emploi", web);
    expect(file.text).toContain(`${PUBLIC_URL}/agenda/forum-emploi-reel.ics`);
    expect(await h.storage.reminders.pending()).toEqual([]);
  });

  it('web page: a sample action is never offered', async () => {
    await realWorkshop(h, true);
    await h.say('atelier numérique', { channelId: 'webchat' });
    const reply = await h.say('rappelle-moi', { channelId: 'webchat' });
    expect(reply.text).not.toContain('.ics');
    expect(reply.text).toMatch(/Je peux vous rappeler une activité à venir/);
  });

  it('Teams: offer, "non" keeps nothing, "oui" keeps the sealed reference, "stop rappels" cancels', async () => {
    await realWorkshop(h);
    const teams = { channelId: 'msteams', conversation: 'a:teams-1' };
    await h.say('atelier numérique', teams);
    const offer = await h.say('rappelle-moi', teams);
    const card = JSON.stringify(offer.activities.map((a) => a.attachments));
    expect(card).toMatch(/Voulez-vous un rappel pour « Atelier numérique »/);
    expect(card).toContain('Oui, rappelez-moi');
    // "Non merci": nothing kept. Asked again, the offer comes again.
    expect(JSON.stringify((await h.say('Non merci', teams)).activities)).not.toMatch(/C'est noté/);
    expect(await h.storage.reminders.pending()).toEqual([]);
    expect(JSON.stringify((await h.say('rappelle-moi', teams)).activities)).toMatch(/Voulez-vous un rappel/);
    const confirmed = await h.say('oui', teams);
    expect(JSON.stringify(confirmed.activities)).toMatch(/C'est noté/);
    const [stored] = await h.storage.reminders.pending();
    expect(stored).toMatchObject({ channel: 'azure.msteams', actionId: 'atelier-numerique-reel', moment: 'eve', sendAt: '2026-12-02T17:00:00.000Z', locale: 'fr' });
    expect(stored!.addressSealed).not.toContain('teams-1');
    expect(h.rawLogs()).not.toContain('a:teams-1');

    // "stop rappels" elsewhere does nothing here; in this conversation it cancels.
    expect(JSON.stringify((await h.say('stop rappels', { channelId: 'msteams', conversation: 'a:teams-2' })).activities)).toContain("Vous n'avez aucun rappel en cours.");
    expect(await h.storage.reminders.pending()).toHaveLength(1);
    expect(JSON.stringify((await h.say('stop rappels', teams)).activities)).toContain("C'est fait : plus aucun rappel, et l'adresse de notre conversation est effacée.");
    expect(await h.storage.reminders.pending()).toEqual([]);
  });
});
