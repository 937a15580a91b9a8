/**
 * The fiches API (issue 10 part 3), on the real server with a real SQLite file: the list (what is missing, most asked
 * first), changes checked with the files' schema (400 naming the field), history with author and time, undo; the
 * same for contacts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, signIn, STAFF, startTestAssistant, type StaffSession, type TestAssistant } from './helpers.js';

interface Item {
  id: string;
  topic: string;
  title: string;
  details: Record<string, unknown>;
  missing: string[];
  asked: number;
  answer: { fr: string; en: string };
  facts: Record<string, { origin: string; source: string; checked: string | null; stale: boolean }>;
}
interface HistoryItem {
  id: number;
  at: string;
  author: string;
  changes: Record<string, unknown>;
  undone: { at: string; by: string } | null;
}
interface Refused {
  error: string;
  details: { path: string; message: string }[];
}

let t: TestAssistant;
let session: StaffSession;
/** An entry and a contact of the shipped knowledge, chosen from it (so a renamed id does not break the test). */
let entry: Item;
let contactId: string;

const list = async () => (await call(t.url, 'GET', '/staff/api/entries', { session })).json<{ items: Item[] }>().items;
const patch = (id: string, body: unknown, s: StaffSession = session) => call(t.url, 'PATCH', `/staff/api/entries/${id}`, { session: s, body });
const refusedPaths = (res: { json<T>(): T }) => res.json<Refused>().details.map((d) => d.path);

beforeAll(async () => {
  t = await startTestAssistant();
  session = await signIn(t.url);
  const items = await list();
  entry = items.find((i) => i.details['phone'] === undefined && i.topic !== 'urgence' && !['salutation', 'aide'].includes(i.topic)) as Item;
  contactId = t.assistant.knowledge.contacts.find((c) => c.phone === undefined)!.id;
});
afterAll(() => t.close());

describe('GET /staff/api/entries', () => {
  it('lists every entry with its details and what is missing', async () => {
    const items = await list();
    expect(items).toHaveLength(t.assistant.knowledge.entries.length);
    for (const item of items) {
      expect(item).toMatchObject({ id: expect.any(String), topic: expect.any(String), title: expect.any(String), details: expect.any(Object), missing: expect.any(Array) });
      for (const field of item.missing) expect(item.details[field]).toBeUndefined();
    }
    expect(entry.missing).toContain('phone');
  });

  it('puts first the topics residents asked about most recently (turn events and remarques)', async () => {
    const { storage } = t.assistant;
    const at = new Date(Date.parse('2026-05-20T10:00:00Z')).toISOString();
    for (let i = 0; i < 4; i++) await storage.turns.record({ at, kind: 'answer', topic: 'transports', channel: 'test', locale: 'fr' });
    for (let i = 0; i < 3; i++) await storage.remarques.add({ text: `Une nounou près de chez moi ${i}`, kind: 'unanswered', locale: 'fr', channel: 'test', topic: 'modes-de-garde', score: 0.2, entryId: null });
    // Long ago: does not count as recent.
    for (let i = 0; i < 9; i++) await storage.turns.record({ at: '2025-01-10T10:00:00Z', kind: 'answer', topic: 'eco-gestes', channel: 'test', locale: 'fr' });
    const items = await list();
    expect(items[0]).toMatchObject({ topic: 'transports', asked: 4 });
    const firstGarde = items.findIndex((i) => i.topic === 'modes-de-garde');
    expect(items.slice(0, firstGarde).every((i) => i.topic === 'transports')).toBe(true);
    expect(items.find((i) => i.topic === 'eco-gestes')?.asked).toBe(0);
  });
});

describe('PATCH /staff/api/entries/:id', () => {
  it('sets a phone and a text detail (a plain string is the French text), and clears one with null', async () => {
    const res = await patch(entry.id, { details: { phone: '03 21 00 00 01', place: 'Salle des fêtes, rue de la Mairie' } });
    expect(res.status).toBe(200);
    const item = res.json<Item>();
    expect(item).toMatchObject({ id: entry.id, details: { phone: '03 21 00 00 01', place: { fr: 'Salle des fêtes, rue de la Mairie' } } });
    expect(item.missing).not.toContain('phone');
    expect(item.missing).not.toContain('place');
    expect(item.facts['phone']).toMatchObject({ origin: 'staff', source: STAFF.username, checked: '2026-06-01', stale: false });

    const cleared = await patch(entry.id, { details: { place: null, price: { fr: 'Gratuit', en: 'Free' } } });
    expect(cleared.status).toBe(200);
    expect(cleared.json<Item>().details).toMatchObject({ phone: '03 21 00 00 01', price: { fr: 'Gratuit', en: 'Free' } });
    expect(cleared.json<Item>().details['place']).toBeUndefined();
    expect(cleared.json<Item>().missing).toContain('place');
    // The list shows the same.
    expect((await list()).find((i) => i.id === entry.id)?.details).toMatchObject({ phone: '03 21 00 00 01' });
  });

  it('changes the answer text (fr, en kept)', async () => {
    const res = await patch(entry.id, { answer: { fr: 'Une réponse revue par le personnel.' } });
    expect(res.status).toBe(200);
    expect(res.json<Item>().answer).toEqual({ fr: 'Une réponse revue par le personnel.', en: entry.answer.en });
  });

  it('refuses invalid input with 400 naming the field, and stores nothing', async () => {
    const before = (await call(t.url, 'GET', `/staff/api/entries/${entry.id}/history`, { session })).json<{ items: HistoryItem[] }>().items.length;
    const cases: [unknown, string][] = [
      [{ details: { phone: 12 } }, 'details.phone'],
      [{ phone: 12 }, 'details.phone'],
      [{ details: { phone: '06 12' } }, 'details.phone'],
      [{ details: { email: 'pas une adresse' } }, 'details.email'],
      [{ details: { website: 'http://mairie.fr' } }, 'details.website'],
      [{ details: { place: { en: 'Town hall' } } }, 'details.place.fr'],
      [{ details: { place: '' } }, 'details.place.fr'],
      [{ details: { couleur: 'bleu' } }, 'details.couleur'],
      [{ details: { contacts: ['pas-un-contact'] } }, 'details.contacts.0'],
      [{ details: { source: { url: 'https://www.caf.fr', checked: 'hier' } } }, 'details.source.checked'],
      [{ answer: { fr: '' } }, 'answer.fr'],
      [{ titre: 'x' }, 'titre'],
      [{}, 'details'],
    ];
    for (const [body, path] of cases) {
      const res = await patch(entry.id, body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(refusedPaths(res), JSON.stringify(body)).toContain(path);
    }
    const after = (await call(t.url, 'GET', `/staff/api/entries/${entry.id}/history`, { session })).json<{ items: HistoryItem[] }>().items.length;
    expect(after).toBe(before);
    expect((await call(t.url, 'PATCH', `/staff/api/entries/${entry.id}`, { session, body: [1] })).status).toBe(400);
  });

  it('answers 404 for an unknown entry, 403 without the CSRF token, 401 without a session', async () => {
    expect((await patch('pas-une-fiche', { details: { phone: '3949' } })).status).toBe(404);
    expect((await patch('../etc', { details: { phone: '3949' } })).status).toBe(404);
    expect((await patch(entry.id, { details: { phone: '3949' } }, { cookie: session.cookie, csrf: 'faux' })).status).toBe(403);
    expect((await call(t.url, 'PATCH', `/staff/api/entries/${entry.id}`, { body: { details: { phone: '3949' } } })).status).toBe(401);
  });
});

describe('history and undo', () => {
  it('lists each change with author and time, newest first; undo steps back one change at a time', async () => {
    const id = t.assistant.knowledge.entries.find((e) => e.id !== entry.id && e.details.phone === undefined && e.topic !== 'urgence')!.id;
    expect((await patch(id, { details: { phone: '03 21 00 00 02' } })).status).toBe(200);
    t.clock.advance(60_000);
    expect((await patch(id, { details: { phone: '03 21 00 00 03' } })).status).toBe(200);
    const history = (await call(t.url, 'GET', `/staff/api/entries/${id}/history`, { session })).json<{ items: HistoryItem[] }>().items;
    expect(history).toHaveLength(2);
    expect(history[0]).toMatchObject({ author: STAFF.username, changes: { details: { phone: '03 21 00 00 03' } }, undone: null });
    expect(Date.parse(history[0]!.at)).toBeGreaterThan(Date.parse(history[1]!.at));

    const undo = await call(t.url, 'POST', `/staff/api/entries/${id}/undo`, { session });
    expect(undo.status).toBe(200);
    expect(undo.json<Item>().details['phone']).toBe('03 21 00 00 02');
    const after = (await call(t.url, 'GET', `/staff/api/entries/${id}/history`, { session })).json<{ items: HistoryItem[] }>().items;
    expect(after[0]?.undone).toMatchObject({ by: STAFF.username });
    expect(after[1]?.undone).toBeNull();

    expect((await call(t.url, 'POST', `/staff/api/entries/${id}/undo`, { session })).json<Item>().details['phone']).toBeUndefined();
    const nothing = await call(t.url, 'POST', `/staff/api/entries/${id}/undo`, { session });
    expect(nothing.status).toBe(409);
    expect(nothing.json<{ error: string }>().error).toMatch(/plus de modification/);
    expect((await call(t.url, 'GET', '/staff/api/entries/pas-une-fiche/history', { session })).status).toBe(404);

    const audit = (await t.assistant.storage.audit.list(10)).map((a) => [a.action, a.target]);
    expect(audit).toContainEqual(['fiche.undo', `entry:${id}`]);
    expect(audit).toContainEqual(['fiche.update', `entry:${id}`]);
  });
});

describe('contacts', () => {
  it('lists the contacts with what is missing, changes them with the same rules, with history and undo', async () => {
    const contacts = (await call(t.url, 'GET', '/staff/api/contacts', { session })).json<{ items: { id: string; name: string; missing: string[] }[] }>().items;
    expect(contacts.map((c) => c.id)).toEqual(t.assistant.knowledge.contacts.map((c) => c.id));
    expect(contacts.find((c) => c.id === contactId)?.missing).toContain('phone');

    const path = `/staff/api/contacts/${contactId}`;
    const ok = await call(t.url, 'PATCH', path, { session, body: { phone: '03 21 99 99 99', hours: 'Du lundi au vendredi, 9 h – 12 h', address: '1 place de la Mairie' } });
    expect(ok.status).toBe(200);
    expect(ok.json()).toMatchObject({ id: contactId, phone: '03 21 99 99 99', hours: { fr: 'Du lundi au vendredi, 9 h – 12 h' }, address: '1 place de la Mairie' });
    expect(t.assistant.fiches.contact(contactId)?.phone).toBe('03 21 99 99 99');

    for (const [body, field] of [[{ phone: 12 }, 'phone'], [{ email: 'x@' }, 'email'], [{ website: 'ftp://x.fr' }, 'website'], [{ name: null }, 'name'], [{ scope: 'national' }, 'scope']] as const) {
      const res = await call(t.url, 'PATCH', path, { session, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(refusedPaths(res)).toContain(field);
    }
    expect((await call(t.url, 'PATCH', path, { session, body: { address: null } })).json<{ address?: string }>().address).toBeUndefined();

    const history = (await call(t.url, 'GET', `${path}/history`, { session })).json<{ items: HistoryItem[] }>().items;
    expect(history.map((h) => h.author)).toEqual([STAFF.username, STAFF.username]);
    expect((await call(t.url, 'POST', `${path}/undo`, { session })).json()).toMatchObject({ address: '1 place de la Mairie' });
    expect((await call(t.url, 'POST', `${path}/undo`, { session })).json<{ phone?: string }>().phone).toBeUndefined();
    expect((await call(t.url, 'GET', '/staff/api/contacts/personne', { session })).status).toBe(404);
  });
});
