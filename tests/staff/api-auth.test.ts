/** Every console route needs a session; every change needs the CSRF token; sign-in is rate-limited; headers are strict. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaffDeps, staffRoutes } from '../../src/staff/index.js';
import { hashPassword } from '../../src/staff/passwords.js';
import { call, signIn, STAFF, startTestAssistant, type TestAssistant } from './helpers.js';

/** The API as the README documents it. A route added without being listed here fails the first test. */
const API_ROUTES = [
  'POST /staff/api/logout',
  'GET /staff/api/session',
  'GET /staff/api/remarques',
  'PATCH /staff/api/remarques',
  'GET /staff/api/remarques.csv',
  'GET /staff/api/remarques.json',
  'GET /staff/api/remarques/groups',
  'GET /staff/api/remarques/:id',
  'PATCH /staff/api/remarques/:id',
  'POST /staff/api/remarques/:id/teach',
  'GET /staff/api/phrasings',
  'POST /staff/api/phrasings/:id/undo',
  'GET /staff/api/entries',
  'GET /staff/api/entries/:id',
  'PATCH /staff/api/entries/:id',
  'GET /staff/api/entries/:id/history',
  'POST /staff/api/entries/:id/undo',
  'GET /staff/api/contacts',
  'GET /staff/api/contacts/:id',
  'PATCH /staff/api/contacts/:id',
  'GET /staff/api/contacts/:id/history',
  'POST /staff/api/contacts/:id/undo',
  'GET /staff/api/agenda',
  'POST /staff/api/agenda',
  'GET /staff/api/agenda/:id',
  'PATCH /staff/api/agenda/:id',
  'DELETE /staff/api/agenda/:id',
  'GET /staff/api/dashboard',
  'GET /staff/api/summary',
  'GET /staff/api/audit',
];

const PUBLIC_ROUTES = ['POST /staff/api/login', 'GET /staff/connexion', 'POST /staff/connexion', 'GET /staff/login', 'GET /staff/assets/staff.css', 'GET /staff/assets/favicon.svg'];

let t: TestAssistant;
let routes: { method: string; path: string; access: string }[];

const concrete = (path: string) => path.replace(':id', '1');

beforeAll(async () => {
  t = await startTestAssistant();
  const { config, logger, storage, knowledge, engine, agenda, fiches } = t.assistant;
  routes = staffRoutes(buildStaffDeps({ config, logger, clock: t.clock.now, storage, knowledge, engine, agenda, fiches }));
});
afterAll(() => t.close());

describe('sessions', () => {
  it('lists every API route in this test, and only the sign-in (and its English alias), the style sheet and the favicon are public', () => {
    const api = routes.filter((r) => r.path.startsWith('/staff/api/') && r.access === 'session').map((r) => `${r.method} ${r.path}`);
    expect(api.sort()).toEqual([...API_ROUTES].sort());
    expect(routes.filter((r) => r.access === 'public').map((r) => `${r.method} ${r.path}`).sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it('sends /staff/login to the sign-in page (keeping where to go next), and serves a favicon every page links', async () => {
    const login = await fetch(`${t.url}/staff/login?next=%2Fstaff%2Fagenda`, { redirect: 'manual' });
    expect(login.status).toBe(303);
    expect(login.headers.get('location')).toBe('/staff/connexion?next=%2Fstaff%2Fagenda');
    const icon = await fetch(`${t.url}/staff/assets/favicon.svg`);
    expect(icon.status).toBe(200);
    expect(icon.headers.get('content-type')).toBe('image/svg+xml');
    expect(await icon.text()).toMatch(/^<svg /);
    const page = await (await fetch(`${t.url}/staff/connexion`)).text();
    expect(page).toContain('<link rel="icon" href="/staff/assets/favicon.svg" type="image/svg+xml">');
    expect(page).toContain('<html lang="fr">');
  });

  it.each(API_ROUTES)('%s answers 401 without a session, and with a made-up one', async (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const none = await call(t.url, method, concrete(path), { body: method === 'GET' ? undefined : {} });
    expect(none.status).toBe(401);
    expect(none.json<{ error: string }>().error).toMatch(/Connectez-vous/);
    const forged = await call(t.url, method, concrete(path), { session: { cookie: 'staff_session=forged', csrf: 'x' }, body: method === 'GET' ? undefined : {} });
    expect(forged.status).toBe(401);
  });

  it('sends every page to the sign-in page without a session (and changes are not made)', async () => {
    const pages = routes.filter((r) => !r.path.startsWith('/staff/api/') && r.access === 'session');
    expect(pages.length).toBeGreaterThan(15);
    for (const page of pages) {
      const res = await call(t.url, page.method, concrete(page.path), { form: page.method === 'GET' ? undefined : { status: 'ecartee' } });
      expect(res.status, `${page.method} ${page.path}`).toBe(303);
      expect(res.headers.get('location')).toMatch(/^\/staff\/connexion/);
    }
    expect((await call(t.url, 'GET', '/staff/remarques?status=nouvelle')).headers.get('location')).toBe('/staff/connexion?next=%2Fstaff%2Fremarques%3Fstatus%3Dnouvelle');
  });

  it('signs in with the right password only (401 otherwise), and signs out', async () => {
    const wrong = await call(t.url, 'POST', '/staff/api/login', { body: { username: STAFF.username, password: 'pas le bon mot de passe' } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    const unknown = await call(t.url, 'POST', '/staff/api/login', { body: { username: 'personne', password: STAFF.password } });
    expect(unknown.status).toBe(401);
    expect((await call(t.url, 'POST', '/staff/api/login', { body: { username: STAFF.username } })).status).toBe(400);

    const session = await signIn(t.url);
    const me = await call(t.url, 'GET', '/staff/api/session', { session });
    expect(me.json()).toMatchObject({ username: STAFF.username, csrfToken: session.csrf });
    expect((await call(t.url, 'POST', '/staff/api/logout', { session })).status).toBe(200);
    expect((await call(t.url, 'GET', '/staff/api/session', { session })).status).toBe(401);
  });

  it('sets the session cookie HttpOnly, SameSite=Strict, limited to /staff, with the configured lifetime', async () => {
    const res = await call(t.url, 'POST', '/staff/api/login', { body: STAFF });
    const [cookie = '', device = ''] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^staff_session=[A-Za-z0-9_-]{40,}; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=28800$/);
    expect(cookie).not.toMatch(/Secure/); // plain http here; see the https test below
    // The known-device cookie (src/staff/devices.ts): same flags, kept for months.
    expect(device).toMatch(/^staff_device=[A-Za-z0-9_.-]{40,}; Path=\/staff; HttpOnly; SameSite=Strict; Max-Age=\d{7,}$/);
    // Only a hash of the token is stored.
    const token = cookie.split(';')[0]!.split('=')[1]!;
    expect(await t.assistant.storage.staff.getSession(token)).toBeUndefined();
  });

  it('ends a session when it expires', async () => {
    const session = await signIn(t.url);
    expect((await call(t.url, 'GET', '/staff/api/remarques', { session })).status).toBe(200);
    t.clock.advance(8 * 3600 * 1000 + 1000);
    expect((await call(t.url, 'GET', '/staff/api/remarques', { session })).status).toBe(401);
  });
});

describe('CSRF', () => {
  const changes = API_ROUTES.filter((r) => !r.startsWith('GET '));

  // One session for all routes: each sign-in counts towards this address's sign-in limit (tested below).
  let shared: Awaited<ReturnType<typeof signIn>> | undefined;

  it.each(changes)('%s answers 403 with a wrong or missing X-CSRF-Token', async (route) => {
    const [method, path] = route.split(' ') as [string, string];
    const session = (shared ??= await signIn(t.url));
    const wrong = await call(t.url, method, concrete(path), { session, csrf: 'not-the-token', body: {} });
    expect(wrong.status).toBe(403);
    expect(wrong.json<{ error: string }>().error).toMatch(/jeton de sécurité/);
    const missing = await call(t.url, method, concrete(path), { session: { cookie: session.cookie, csrf: '' }, body: {} });
    expect(missing.status).toBe(403);
  });

  it('refuses a page form without the hidden token, and leaves the remarque as it was', async () => {
    const session = await signIn(t.url);
    const remarque = await t.assistant.storage.remarques.add({ text: 'Un banc cassé', kind: 'suggestion', locale: 'fr', channel: 'test', topic: null, score: null, entryId: null });
    const res = await call(t.url, 'POST', `/staff/remarques/${remarque.id}`, { session: { cookie: session.cookie, csrf: '' }, form: { status: 'ecartee', _csrf: 'wrong' } });
    expect(res.status).toBe(403);
    expect(res.text).toContain('jeton de sécurité');
    expect((await t.assistant.storage.remarques.get(remarque.id))?.status).toBe('nouvelle');
    const ok = await call(t.url, 'POST', `/staff/remarques/${remarque.id}`, { session: { cookie: session.cookie, csrf: '' }, form: { status: 'ecartee', note: '', _csrf: session.csrf } });
    expect(ok.status).toBe(303);
    expect((await t.assistant.storage.remarques.get(remarque.id))?.status).toBe('ecartee');
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 after too many failures for a name, even to the right password, and not for another name', async () => {
    const name = 'limite.test';
    const password = 'encore une phrase de passe assez longue';
    await t.assistant.storage.staff.addUser({ username: name, passwordHash: await hashPassword(password) });
    for (let i = 0; i < 5; i++) {
      expect((await call(t.url, 'POST', '/staff/api/login', { body: { username: name, password: `faux ${i}` } })).status).toBe(401);
    }
    const limited = await call(t.url, 'POST', '/staff/api/login', { body: { username: name, password } });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('set-cookie')).toBeNull();
    // The page form says so in French, with the same limit.
    const page = await call(t.url, 'POST', '/staff/connexion', { form: { username: name, password } });
    expect(page.status).toBe(429);
    expect(page.text).toContain('Trop d&#39;essais de connexion');
    // Another account is not locked out by someone else's failures.
    expect((await call(t.url, 'POST', '/staff/api/login', { body: STAFF })).status).toBe(200);
    // Once the pause has passed (a short one: pauses grow from 1 s), the right password works again.
    const wait = Number((await call(t.url, 'POST', '/staff/api/login', { body: { username: name, password } })).headers.get('retry-after') ?? 0);
    expect(wait).toBeLessThanOrEqual(2);
    await new Promise((resolve) => setTimeout(resolve, wait * 1000));
    expect((await call(t.url, 'POST', '/staff/api/login', { body: { username: name, password } })).status).toBe(200);
  });
});

describe('sign-in rate limit per client address', () => {
  /** Failed sign-ins with 2 × 4 different names from `forwardedFor`, then one more: what does it get? */
  async function lockOut(url: string, forwardedFor: string, other: string): Promise<{ locked: number; other: number }> {
    const headers = (address: string) => ({ 'x-forwarded-for': address });
    for (let i = 0; i < 8; i++) {
      await call(url, 'POST', '/staff/api/login', { body: { username: `inconnu${i}`, password: 'faux' }, headers: headers(forwardedFor) });
    }
    const locked = await call(url, 'POST', '/staff/api/login', { body: { username: 'inconnu-suivant', password: 'faux' }, headers: headers(forwardedFor) });
    const fromOther = await call(url, 'POST', '/staff/api/login', { body: { username: 'inconnu-autre', password: 'faux' }, headers: headers(other) });
    return { locked: locked.status, other: fromOther.status };
  }

  it('behind a proxy (TRUST_PROXY=true), counts each client, so one stranger does not lock out everyone', async () => {
    const proxied = await startTestAssistant({ TRUST_PROXY: 'true', STAFF_LOGIN_MAX_ATTEMPTS: '2' });
    try {
      expect(await lockOut(proxied.url, '203.0.113.7', '198.51.100.9')).toEqual({ locked: 429, other: 401 });
    } finally {
      await proxied.close();
    }
  });

  it('without TRUST_PROXY, ignores X-Forwarded-For (anybody can write it): the address is the connection\'s', async () => {
    const direct = await startTestAssistant({ STAFF_LOGIN_MAX_ATTEMPTS: '2' });
    try {
      expect(await lockOut(direct.url, '203.0.113.7', '198.51.100.9')).toEqual({ locked: 429, other: 429 });
    } finally {
      await direct.close();
    }
  });
});

describe('headers', () => {
  it('gives pages a strict Content-Security-Policy, no caching, and lang="fr"', async () => {
    const session = await signIn(t.url);
    const res = await call(t.url, 'GET', '/staff/remarques', { session });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|script-src/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('DENY');
    expect(res.text).toMatch(/^<!doctype html>\n<html lang="fr">/);
    expect(res.text).not.toMatch(/<script/i);
  });
});

describe('accounts from the configuration', () => {
  it('signs in with a STAFF_USERS account, and marks the cookie Secure when PUBLIC_URL is https', async () => {
    const hash = await hashPassword('mot de passe venu de la configuration');
    const other = await startTestAssistant({ STAFF_USERS: `conseil.citoyen:${hash}`, PUBLIC_URL: 'https://assistant.example.fr' });
    try {
      const res = await call(other.url, 'POST', '/staff/api/login', { body: { username: 'conseil.citoyen', password: 'mot de passe venu de la configuration' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
    } finally {
      await other.close();
    }
  });
});
