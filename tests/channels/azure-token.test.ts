/**
 * Azure Direct Line mode (DIRECTLINE_SECRET set): the token route exchanges the secret for a token at Azure's
 * /tokens/generate — here a real HTTP server standing in for Azure at DIRECTLINE_ENDPOINT — and the page gets the
 * same {"token","conversationId","expires_in"} as in local mode, never the secret. The page and its CSP point to
 * Azure's Direct Line; the local endpoint is not mounted.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from '../bot/http.js';

const SECRET = 'azure-direct-line-secret-for-tests';

interface FakeAzure {
  endpoint: string;
  requests: { path: string; authorization: string | undefined; body: { user?: { id?: string } } }[];
  /** What the next /tokens/generate answers. */
  answer: { status: number; body: unknown };
  close(): Promise<void>;
}

async function startFakeAzure(): Promise<FakeAzure> {
  const fake: FakeAzure = {
    endpoint: '',
    requests: [],
    answer: { status: 200, body: { conversationId: 'AzureConv-fr', token: 'azure.jwt.token', expires_in: 3600 } },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    req.on('end', () => {
      fake.requests.push({ path: req.url ?? '', authorization: req.headers.authorization, body: body ? JSON.parse(body) : {} });
      res.writeHead(fake.answer.status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(fake.answer.body));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  fake.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/directline`;
  return fake;
}

let azure: FakeAzure;
let t: TestServer;

beforeAll(async () => {
  azure = await startFakeAzure();
  t = await startTestServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: azure.endpoint });
});
afterAll(async () => {
  await t?.close();
  await azure?.close();
});

describe('POST /api/directline/token with Azure Direct Line', () => {
  it("exchanges the secret at Azure's /tokens/generate and hands the page only the token", async () => {
    azure.answer = { status: 200, body: { conversationId: 'AzureConv-fr', token: 'azure.jwt.token', expires_in: 3600, streamUrl: 'wss://x' } };
    const response = await fetch(`${t.url}/api/directline/token`, { method: 'POST' });
    expect(response.status).toBe(200);
    const text = await response.text();
    expect(JSON.parse(text)).toEqual({ conversationId: 'AzureConv-fr', token: 'azure.jwt.token', expires_in: 3600 });
    expect(text).not.toContain(SECRET);

    const request = azure.requests.at(-1);
    expect(request?.path).toBe('/v3/directline/tokens/generate');
    expect(request?.authorization).toBe(`Bearer ${SECRET}`);
    expect(String(request?.body.user?.id)).toMatch(/^dl_/);
  });

  it('answers 502 with a plain message when Azure refuses or answers nonsense, without leaking the secret', async () => {
    for (const answer of [
      { status: 403, body: { error: { code: 'BadArgument', message: `secret ${SECRET} invalid` } } },
      { status: 200, body: { unexpected: true } },
    ]) {
      azure.answer = answer;
      const response = await fetch(`${t.url}/api/directline/token`, { method: 'POST' });
      expect(response.status).toBe(502);
      const text = await response.text();
      expect(text).not.toContain(SECRET);
      expect(JSON.parse(text)).toEqual({ error: 'The chat service is unavailable, please try again later.' });
    }
  });

  it("points the widget and the page's CSP to Azure, and does not mount the local Direct Line", async () => {
    const widget = await (await fetch(`${t.url}/widget.js`)).text();
    expect(widget).toContain(`"directLineDomain":"${azure.endpoint}"`);
    const page = await fetch(`${t.url}/`);
    expect(page.headers.get('content-security-policy')).toContain(`connect-src 'self' http://127.0.0.1:${new URL(azure.endpoint).port} ws://127.0.0.1:`);
    expect((await fetch(`${t.url}/v3/directline/conversations`, { method: 'POST' })).status).toBe(404);
  });
});

describe('Azure unreachable', () => {
  it('answers 502 when nothing listens at DIRECTLINE_ENDPOINT', async () => {
    const closed = await startFakeAzure();
    await closed.close();
    const server = await startTestServer({ DIRECTLINE_SECRET: SECRET, DIRECTLINE_ENDPOINT: closed.endpoint });
    try {
      expect((await fetch(`${server.url}/api/directline/token`, { method: 'POST' })).status).toBe(502);
    } finally {
      await server.close();
    }
  });
});
