/**
 * Local mode (no Microsoft App ID): no authentication, so replies only go to this machine. An activity whose
 * serviceUrl is elsewhere is refused (403); with a loopback serviceUrl the replies are posted there, as the
 * Emulator expects; with deliveryMode "expectReplies" they come back in the HTTP response and go nowhere else.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isLoopbackUrl } from '../../src/server.js';
import { emulatorActivity, startEmulatorStandIn, startTestServer, type EmulatorStandIn, type Posted, type TestServer } from './http.js';

let server: TestServer;
/** A stand-in for the Emulator's own endpoint on this machine: it records what the bot posts to it. */
let emulator: EmulatorStandIn;
let emulatorUrl = '';
const received: Posted[] = [];

beforeAll(async () => {
  server = await startTestServer();
  emulator = await startEmulatorStandIn(received);
  emulatorUrl = emulator.url;
});
afterAll(async () => {
  await emulator.close();
  await server.close();
});

describe('serviceUrl in local mode', () => {
  it.each(['https://smba.trafficmanager.net/fr/', 'http://example.com/', 'http://10.0.0.5:3978/', 'http://127.0.0.1.example.com/', 'file:///etc/passwd', undefined])(
    '%s → 403, and nothing is sent anywhere',
    async (serviceUrl) => {
      const response = await server.post(emulatorActivity({ text: 'kan passe le bus santé', deliveryMode: undefined, serviceUrl }));
      expect(response.status).toBe(403);
    },
  );

  it('a loopback serviceUrl gets the replies posted to it', async () => {
    received.length = 0;
    const response = await server.post(emulatorActivity({ text: 'kan passe le bus santé', deliveryMode: undefined, serviceUrl: emulatorUrl }));
    expect(response.status).toBe(200);
    const messages = received.filter((r) => r.body.type === 'message');
    expect(messages.length).toBeGreaterThan(0);
    expect(messages[0]?.path).toMatch(/^\/v3\/conversations\/conversation-1\/activities/);
    expect(messages[0]?.body.text).toContain('bus santé');
  });

  it('with "expectReplies", a non-loopback serviceUrl is accepted: the replies come back in the response only', async () => {
    received.length = 0;
    const reply = await server.exchange({ text: 'kan passe le bus santé', serviceUrl: 'https://example.com/' });
    expect(reply.status).toBe(200);
    expect(reply.texts.length).toBeGreaterThan(0);
    expect(received).toEqual([]);
  });
});

describe('isLoopbackUrl', () => {
  it.each([
    ['http://127.0.0.1:3978/', true],
    ['http://localhost:50000', true],
    ['https://[::1]:443/', false], // loopback, but the connector cannot reach an IPv6 literal (tests/security/service-url.test.ts)
    ['http://127.5.6.7/', true],
    ['http://128.0.0.1/', false],
    ['http://localhost.example.com/', false],
    ['http://127.0.0.1@example.com/', false],
    ['ftp://127.0.0.1/', false],
    ['not a url', false],
    [undefined, false],
  ])('%s → %s', (url, expected) => {
    expect(isLoopbackUrl(url)).toBe(expected);
  });
});
