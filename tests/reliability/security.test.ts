/**
 * Security headers on every page and answer, and the staff console and API closed without a session — checked
 * again under load: many requests at once without a session, with forged or expired cookies, while residents talk
 * to the bot and a signed-in member of staff works. None gets through, none leaks a remarque.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaffDeps, staffRoutes } from '../../src/staff/index.js';
import { emulatorActivity } from '../bot/http.js';
import { call, signIn, startTestAssistant, type StaffSession, type TestAssistant } from '../staff/helpers.js';
import { NO_LIMITS, unknownQuestion } from './helpers.js';

let t: TestAssistant;
let session: StaffSession;
beforeAll(async () => {
  t = await startTestAssistant({ ...NO_LIMITS, PUBLIC_URL: 'https://assistant.example.fr' });
  session = await signIn(t.url);
});
afterAll(() => t.close());

const PAGES = ['/', '/staff/connexion', '/staff', '/staff/remarques'];
const EVERY_RESPONSE = ['/', '/widget.js', '/healthz', '/staff/connexion', '/staff/api/session', '/api/messages', '/nowhere'];

describe('security headers', () => {
  it.each(EVERY_RESPONSE)('%s: nosniff, no referrer, no framing, HSTS behind HTTPS', async (path) => {
    const response = await fetch(t.url + path, { redirect: 'manual' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('strict-transport-security')).toMatch(/max-age=\d{7,}/);
  });

  it.each(PAGES)('%s (HTML): a Content-Security-Policy without inline scripts, not framable', async (path) => {
    const response = await fetch(t.url + path, { headers: { cookie: session.cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/html/);
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toMatch(/default-src 'none'/);
    expect(csp).toMatch(/frame-ancestors 'none'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-(inline|eval)'/);
  });
});

describe('the staff console without a session, under load', () => {
  it('refuses every request without a valid session while residents and staff use the assistant', async () => {
    const { config, logger, storage, knowledge, engine, agenda } = t.assistant;
    await storage.remarques.add({ text: 'une remarque confidentielle zqconf', kind: 'suggestion', locale: 'fr', channel: 'test', topic: null, score: null, entryId: null });
    const routes = staffRoutes(buildStaffDeps({ config, logger, clock: t.clock.now, storage, knowledge, engine, agenda })).filter((r) => r.access === 'session');
    const expired = await signIn(t.url);
    await call(t.url, 'POST', '/staff/api/logout', { session: expired });
    const intruders = [undefined, { cookie: 'staff_session=forged', csrf: 'x' }, { cookie: `staff_session=${'A'.repeat(43)}`, csrf: 'x' }, expired];

    const refused: { route: string; status: number; text: string }[] = [];
    const intrusion = async (i: number) => {
      const route = routes[i % routes.length];
      if (!route) return;
      const path = route.path.replace(':id', '1');
      const reply = await call(t.url, route.method, path, { session: intruders[i % intruders.length], body: route.method === 'GET' ? undefined : { status: 'ecartee' } });
      refused.push({ route: `${route.method} ${path}`, status: reply.status, text: reply.text });
    };
    const resident = async (i: number) => {
      const response = await fetch(`${t.url}/api/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(emulatorActivity({ text: i % 2 ? 'kan passe le bus santé' : unknownQuestion(engine, i), conversation: { id: `sec-${i}`, isGroup: false, conversationType: 'personal', name: '' } })),
      });
      expect(response.status).toBe(200);
    };
    const staffWork = async () => {
      for (let i = 0; i < 10; i++) expect((await call(t.url, 'GET', '/staff/api/remarques', { session })).status).toBe(200);
    };

    await Promise.all([...Array.from({ length: 400 }, (_, i) => intrusion(i)), ...Array.from({ length: 40 }, (_, i) => resident(i)), staffWork()]);

    expect(refused).toHaveLength(400);
    for (const r of refused) {
      expect([401, 303], r.route).toContain(r.status);
      expect(r.text, r.route).not.toContain('zqconf');
    }
    const list = await call(t.url, 'GET', '/staff/api/remarques', { session });
    expect(list.text).toContain('zqconf');
    expect((await storage.remarques.list({ status: ['ecartee'] })).total).toBe(0); // no intruder's change went through
  });
});
