/**
 * With a Microsoft App ID configured, a request without a valid Bot Framework token is refused with 401 before the
 * bot sees it. Every case here is refused without any network access (no key is fetched from Microsoft): a missing
 * header, a header that is not a bearer token, a token that is not a JWT, and a JWT from an issuer the Bot
 * Framework does not trust.
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { emulatorActivity, startTestServer, type TestServer } from './http.js';

const APP_ID = '11111111-2222-3333-4444-555555555555';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'not-a-real-secret' });
});
afterAll(async () => server.close());

const base64url = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (claims: object) => `${base64url({ alg: 'RS256', typ: 'JWT', kid: 'some-key' })}.${base64url(claims)}.c2lnbmF0dXJl`;
const inAnHour = Math.floor(Date.UTC(2030, 0, 1) / 1000);

it.each<[string, Record<string, string>]>([
  ['no Authorization header', {}],
  ['an empty header', { authorization: '' }],
  ['"Bearer" without a token', { authorization: 'Bearer' }],
  ['a Basic header', { authorization: 'Basic dXNlcjpwYXNz' }],
  ['a token that is not a JWT', { authorization: 'Bearer not-a-jwt' }],
  ['a JWT from an untrusted issuer', { authorization: `Bearer ${jwt({ iss: 'https://attacker.example', aud: APP_ID, exp: inAnHour })}` }],
  ['a JWT without an issuer', { authorization: `Bearer ${jwt({ aud: APP_ID, exp: inAnHour })}` }],
])('%s → 401', async (_name, headers) => {
  const response = await server.post(emulatorActivity({ text: 'recette de la carbonade flamande' }), headers);
  expect(response.status).toBe(401);
});

it('a refused request never reaches the bot: nothing is kept', async () => {
  await server.post(emulatorActivity({ text: 'recette de la carbonade flamande' }));
  const { items } = await server.assistant.storage.remarques.list();
  expect(items).toEqual([]);
});

it('the health check stays open (it says nothing about residents)', async () => {
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
});
