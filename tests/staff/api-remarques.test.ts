/** Reading and sorting the remarques through the API and the pages: filters, changes with their audit, exports, escaping. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NewRemarque, Remarque } from '../../src/storage/types.js';
import { call, signIn, startTestAssistant, STAFF, type StaffSession, type TestAssistant } from './helpers.js';

const XSS = '<script>alert(1)</script>';

let t: TestAssistant;
let session: StaffSession;
const ids: Record<string, number> = {};

function remarque(text: string, overrides: Partial<NewRemarque> = {}): NewRemarque {
  return { text, kind: 'unanswered', locale: 'fr', channel: 'webchat', topic: null, score: 0.2, entryId: null, ...overrides };
}

type Item = { id: number; createdAt: string; text: string; kind: string; status: string; topic: string | null; note: string | null };

beforeAll(async () => {
  t = await startTestAssistant();
  const add = async (key: string, r: NewRemarque) => {
    ids[key] = (await t.assistant.storage.remarques.add(r)).id;
  };
  await add('bus1', remarque('kan passe le bus santé à Beuvry', { topic: 'bus-sante' }));
  await add('bus2', remarque('quand passe le bus santé à Beuvry ?', { topic: 'bus-sante' }));
  t.clock.advance(3 * 86_400_000); // three days later
  await add('bench', remarque('Un banc près de l’école serait bien', { kind: 'suggestion', topic: null, score: null }));
  await add('xss', remarque(XSS));
  await add('creche', remarque('La crèche est-elle ouverte en août ?', { topic: 'modes-de-garde' }));
  session = await signIn(t.url);
});
afterAll(() => t.close());

async function list(query = ''): Promise<{ items: Item[]; total: number }> {
  const res = await call(t.url, 'GET', `/staff/api/remarques${query}`, { session });
  expect(res.status).toBe(200);
  return res.json();
}

describe('GET /staff/api/remarques', () => {
  it('lists newest first with exactly the documented fields', async () => {
    const { items, total } = await list();
    expect(total).toBe(5);
    expect(items.map((i) => i.id)).toEqual([ids['creche'], ids['xss'], ids['bench'], ids['bus2'], ids['bus1']]);
    expect(Object.keys(items[0]!).sort()).toEqual(['createdAt', 'id', 'kind', 'note', 'status', 'text', 'topic']);
  });

  it('filters by kind, topic, period and text (accents optional), and pages', async () => {
    expect((await list('?kind=suggestion')).items.map((i) => i.id)).toEqual([ids['bench']]);
    expect((await list('?topic=bus-sante')).total).toBe(2);
    expect((await list('?q=CRECHE')).items.map((i) => i.id)).toEqual([ids['creche']]);
    expect((await list('?to=2026-06-02')).total).toBe(2);
    expect((await list('?from=2026-06-03&to=2026-06-30')).total).toBe(3);
    const page = await list('?limit=2&offset=2');
    expect(page.total).toBe(5);
    expect(page.items.map((i) => i.id)).toEqual([ids['bench'], ids['bus2']]);
  });

  it('answers 400 with the reason for an unknown filter value', async () => {
    const res = await call(t.url, 'GET', '/staff/api/remarques?status=perdue', { session });
    expect(res.status).toBe(400);
    expect(res.json()).toMatchObject({ details: [{ path: 'status' }] });
    expect((await call(t.url, 'GET', '/staff/api/remarques?from=hier', { session })).status).toBe(400);
  });
});

describe('changing remarques', () => {
  it('PATCH changes status (with or without accents) and note, and the audit says who and when', async () => {
    const res = await call(t.url, 'PATCH', `/staff/api/remarques/${ids['bench']}`, { session, body: { status: 'à transmettre', note: 'Pour la voirie' } });
    expect(res.status).toBe(200);
    expect(res.json()).toMatchObject({ id: ids['bench'], status: 'a-transmettre', note: 'Pour la voirie' });
    expect((await call(t.url, 'PATCH', `/staff/api/remarques/${ids['bench']}`, { session, body: { status: 'traitée' } })).json()).toMatchObject({ status: 'traitee' });
    expect((await call(t.url, 'PATCH', `/staff/api/remarques/${ids['bench']}`, { session, body: { status: 'traitee' } })).status).toBe(200);
    expect((await list('?status=Traitée')).items.map((i) => i.id)).toEqual([ids['bench']]);

    const [last] = await t.assistant.storage.audit.list(1);
    expect(last).toMatchObject({ actor: STAFF.username, action: 'remarque.update', target: `remarque:${ids['bench']}` });
    expect(Date.parse(last!.at)).toBeGreaterThan(Date.parse('2026-06-01'));
  });

  it('PATCH answers 404 for an unknown remarque and 400 for an unknown status', async () => {
    expect((await call(t.url, 'PATCH', '/staff/api/remarques/99999', { session, body: { status: 'transmise' } })).status).toBe(404);
    expect((await call(t.url, 'PATCH', `/staff/api/remarques/${ids['bench']}`, { session, body: { status: 'perdue' } })).status).toBe(400);
    expect((await call(t.url, 'PATCH', `/staff/api/remarques/${ids['bench']}`, { session, body: {} })).status).toBe(400);
  });

  it('changes several at once (API and page form), with one audit record naming them', async () => {
    const res = await call(t.url, 'PATCH', '/staff/api/remarques', { session, body: { ids: [ids['bus1'], ids['bus2']], status: 'transmise' } });
    expect(res.json()).toEqual({ updated: 2 });
    expect((await list('?status=transmise')).total).toBe(2);
    const [audit] = await t.assistant.storage.audit.list(1);
    expect(audit).toMatchObject({ action: 'remarque.bulk-update', actor: STAFF.username });
    expect(JSON.parse(audit!.details!)).toMatchObject({ ids: [ids['bus1'], ids['bus2']], status: 'transmise' });

    // The page form sends a whole group as "1,2" in one checkbox.
    const form = await call(t.url, 'POST', '/staff/remarques/lot', {
      session,
      form: { _csrf: session.csrf, ids: `${ids['bus1']},${ids['bus2']}`, status: 'ecartee', note: 'Doublon', back: '/staff/remarques?vue=liste' },
    });
    expect(form.status).toBe(303);
    expect(form.headers.get('location')).toBe('/staff/remarques?vue=liste&ok=updated&n=2');
    const after = await list('?status=ecartee');
    expect(after.items.map((i) => [i.id, i.note])).toEqual([[ids['bus2'], 'Doublon'], [ids['bus1'], 'Doublon']]);
  });
});

describe('similar remarques', () => {
  it('groups the same question written two ways, with its count, in the API and on the page — open ones only', async () => {
    type Groups = { groups: { count: number; ids: number[] }[]; total: number };
    // Set aside above (écartée): dealt with, so each stands alone.
    const closed = (await call(t.url, 'GET', '/staff/api/remarques/groups', { session })).json<Groups>();
    expect(closed.groups.find((g) => g.count === 2)).toBeUndefined();
    for (const key of ['bus1', 'bus2']) await call(t.url, 'PATCH', `/staff/api/remarques/${ids[key]}`, { session, body: { status: 'nouvelle' } });
    const res = await call(t.url, 'GET', '/staff/api/remarques/groups', { session });
    const { groups, total } = res.json<{ groups: { count: number; ids: number[] }[]; total: number }>();
    expect(total).toBe(5);
    expect(groups.find((g) => g.count === 2)?.ids).toEqual([ids['bus2'], ids['bus1']]);
    expect(groups.filter((g) => g.count === 1)).toHaveLength(3);
    const page = await call(t.url, 'GET', '/staff/remarques', { session });
    expect(page.text).toContain('2 questions comme celle-ci');
    // One other: "Voir l'autre", never "Voir les 1 autres".
    expect(page.text).toContain("Voir l&#39;autre");
    expect(page.text).not.toContain('Voir les 1 autres');
    // The bulk changes come before the list they apply to; the view is chosen with radio buttons (never cut).
    expect(page.text.indexOf('class="bulk"')).toBeLessThan(page.text.indexOf('name="ids"'));
    expect(page.text).toMatch(/<input type="radio" name="vue" value="groupes" checked>/);
    // Set aside again, as the bulk change above left them (the dashboard test counts what waits).
    for (const key of ['bus1', 'bus2']) await call(t.url, 'PATCH', `/staff/api/remarques/${ids[key]}`, { session, body: { status: 'ecartee' } });
  });
});

describe('residents’ text stays inert', () => {
  it('shows <script> as text on every page that shows remarques', async () => {
    await call(t.url, 'PATCH', `/staff/api/remarques/${ids['xss']}`, { session, body: { note: `<img src=x onerror=alert(2)>` } });
    for (const path of ['/staff/remarques', `/staff/remarques/${ids['xss']}`, '/staff', '/staff/reunion?from=2026-05-01&to=2026-06-30', '/staff/remarques?q=script&vue=liste']) {
      const res = await call(t.url, 'GET', path, { session });
      expect(res.status, path).toBe(200);
      expect(res.text, path).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      expect(res.text, path).not.toContain('<script');
      expect(res.text, path).not.toContain('<img src=x');
    }
  });

  it('serves JSON as JSON, with < and > escaped, so no browser can read it as HTML', async () => {
    for (const path of [`/staff/api/remarques/${ids['xss']}`, '/staff/api/remarques', '/staff/api/remarques.json', '/staff/api/summary?from=2026-05-01&to=2026-06-30']) {
      const res = await call(t.url, 'GET', path, { session });
      expect(res.headers.get('content-type'), path).toBe('application/json; charset=utf-8');
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
      expect(res.text, path).not.toContain('<script>');
      expect(res.text, path).toContain('\\u003cscript\\u003e');
    }
    expect((await call(t.url, 'GET', `/staff/api/remarques/${ids['xss']}`, { session })).json<Item>().text).toBe(XSS);
  });

  it('neutralises a formula in the CSV export', async () => {
    await t.assistant.storage.remarques.add(remarque('=HYPERLINK("http://example.com")'));
    const csv = (await call(t.url, 'GET', '/staff/api/remarques.csv?q=hyperlink', { session })).text;
    expect(csv).toContain(`"'=HYPERLINK(""http://example.com"")"`);
  });
});

describe('exports', () => {
  it('downloads a CSV for French Excel: UTF-8 BOM, ";" separator, accents intact, filters applied', async () => {
    const res = await fetch(`${t.url}/staff/api/remarques.csv?kind=unanswered&topic=modes-de-garde`, { headers: { cookie: session.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="remarques-\d{4}-\d{2}-\d{2}\.csv"$/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const lines = text.slice(1).trimEnd().split('\r\n');
    expect(lines[0]).toBe('"n°";"date";"statut";"type";"thème";"texte";"note";"fiche concernée"');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('"La crèche est-elle ouverte en août ?"');
    // Labels, not internal ids: the topic as staff read it.
    expect(lines[1]).not.toContain('"modes-de-garde"');
    expect(lines[1]).toContain(`"${t.assistant.knowledge.topics.find((topic) => topic.id === 'modes-de-garde')?.label.fr}"`);
    expect(lines[1]!.split('";"')).toHaveLength(8);
  });

  it('downloads the same remarques as JSON, every field included', async () => {
    const res = await call(t.url, 'GET', '/staff/api/remarques.json?topic=modes-de-garde', { session });
    const items = res.json<Remarque[]>();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ id: ids['creche'], channel: 'webchat', locale: 'fr', score: 0.2 });
  });
});

describe('meeting summary and dashboard', () => {
  it('counts by topic and kind, lists frequent questions and suggestions for the period', async () => {
    const res = await call(t.url, 'GET', '/staff/api/summary?from=2026-06-01&to=2026-06-30', { session });
    const s = res.json<{ total: number; byKind: { kind: string; count: number }[]; byTopic: { topic: string | null; count: number }[]; frequent: { count: number; text: string }[]; suggestions: Item[] }>();
    expect(s.total).toBe(6);
    expect(s.byKind).toEqual([{ kind: 'unanswered', count: 5 }, { kind: 'suggestion', count: 1 }, { kind: 'not-helpful', count: 0 }]);
    expect(s.byTopic[0]).toEqual({ topic: null, count: 3 });
    expect(s.frequent[0]).toMatchObject({ count: 2, text: 'quand passe le bus santé à Beuvry ?' });
    expect(s.suggestions.map((r) => r.id)).toEqual([ids['bench']]);
    const page = await call(t.url, 'GET', '/staff/reunion?from=2026-06-01&to=2026-06-30', { session });
    expect(page.text).toContain('Synthèse du 01/06/2026 au 30/06/2026');
    expect(page.text).toContain('Un banc près de l’école serait bien');
    expect((await call(t.url, 'GET', '/staff/api/summary?from=demain', { session })).status).toBe(400);
  });

  it('the dashboard counts the bot’s answers per week and the remarques waiting', async () => {
    const res = await call(t.url, 'GET', '/staff/api/dashboard', { session });
    const d = res.json<{ weeks: unknown[]; shares: { total: number }; waiting: { nouvelle: number } }>();
    expect(d.weeks).toHaveLength(12);
    expect(d.waiting.nouvelle).toBe(3);
    const page = await call(t.url, 'GET', '/staff', { session });
    expect(page.text).toContain('<svg class="chart"');
    expect(page.text).toContain('role="img"');
  });
});
