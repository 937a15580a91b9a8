/** /healthz: 200 when the knowledge is loaded and the storage answers, 503 when the storage does not. */
import { afterEach, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './http.js';

let server: TestServer;
afterEach(async () => server.close());

it('answers 200 with the size of the knowledge and the storage state', async () => {
  server = await startTestServer();
  const response = await fetch(`${server.url}/healthz`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toMatch(/application\/json/);
  const body = (await response.json()) as { status: string; storage: boolean; knowledge: { topics: number; entries: number } };
  expect(body.status).toBe('ok');
  expect(body.storage).toBe(true);
  expect(body.knowledge.topics).toBeGreaterThan(10);
  expect(body.knowledge.entries).toBeGreaterThan(body.knowledge.topics);
});

it('answers 503 when the storage is not reachable', async () => {
  server = await startTestServer();
  const storage = server.assistant.storage;
  const ping = storage.ping.bind(storage);
  storage.ping = async () => false;
  try {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ status: 'unavailable', storage: false });
  } finally {
    storage.ping = ping;
  }
});
