/**
 * Attack run, item 10: in local mode, `serviceUrl: http://[::1]:PORT` was accepted (200) but every reply failed
 * (getaddrinfo ENOTFOUND [::1], about 4 s each): the IPv6 loopback passed the loopback check, then the Bot
 * Framework connector's HTTP client looked the bracketed literal up as a host name. The connector's client cannot be
 * told otherwise (its factory replaces the request policies it is given), so IPv6 literals are refused with 403
 * like every address the bot will not post to — before any turn, and by the connector's own guard too — while
 * every accepted serviceUrl is reached: 127.0.0.0/8 and localhost.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emulatorActivity, startEmulatorStandIn, startTestServer, type EmulatorStandIn, type Posted, type TestServer } from '../bot/http.js';

let server: TestServer;
const emulators: EmulatorStandIn[] = [];
const received: Posted[] = [];

/** A stand-in for the Emulator's endpoint, listening on `host`; it records what the bot posts to it. */
async function emulatorOn(host: string): Promise<number> {
  const emulator = await startEmulatorStandIn(received, host);
  emulators.push(emulator);
  return emulator.port;
}

let v6 = 0;
let v4 = 0;
beforeAll(async () => {
  server = await startTestServer();
  v6 = await emulatorOn('::1');
  v4 = await emulatorOn('127.0.0.1');
});
afterAll(async () => {
  for (const emulator of emulators) await emulator.close();
  await server.close();
});

describe('loopback serviceUrls in local mode: accepted, and the replies arrive', () => {
  it('127.0.0.1 and localhost each get the bot\'s reply posted to them', async () => {
    for (const [i, serviceUrl] of [`http://127.0.0.1:${v4}/`, `http://localhost:${v4}/`].entries()) {
      received.length = 0;
      const conversation = { id: `service-url-${i}`, isGroup: false, conversationType: 'personal', name: '' };
      const response = await server.post(emulatorActivity({ text: 'kan passe le bus santé', deliveryMode: undefined, serviceUrl, conversation }));
      expect(response.status, serviceUrl).toBe(200);
      const messages = received.filter((r) => r.body.type === 'message');
      expect(messages.length, serviceUrl).toBeGreaterThan(0);
      expect(messages[0]?.body.text).toContain('bus santé');
    }
  });

});

describe('IPv6 literals and other addresses: refused (403) before any turn, nothing sent', () => {
  it.each([
    'http://[::1]:PORT/',
    'http://[0:0:0:0:0:0:0:1]:PORT/',
    'http://[::ffff:10.0.0.5]:3978/',
    'http://[fe80::1]:3978/',
    'http://[::]:3978/',
    'http://0.0.0.0:3978/',
    'http://[2001:db8::1]/',
    'http://[::1].example.com/',
  ])('%s → 403', async (pattern) => {
    const serviceUrl = pattern.replace('PORT', String(v6));
    received.length = 0;
    const response = await server.post(emulatorActivity({ text: 'kan passe le bus santé', deliveryMode: undefined, serviceUrl }));
    expect(response.status).toBe(403);
    expect(received).toEqual([]);
  });
});
