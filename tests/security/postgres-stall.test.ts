/**
 * Attack run, item 8: when PostgreSQL stalls (a proxy that accepts and then drops every byte), /healthz never
 * answered (nothing after 300 s) and residents waited ~20 s for "problème technique". Now every pool connection,
 * query and statement has a timeout, /healthz (readiness) answers 503 within its own short timeout, and /livez
 * (liveness) answers without the database. Here the stall is a real TCP proxy on loopback in front of the real
 * PostgreSQL server; it forwards bytes until told to stall, then swallows them in both directions.
 * Skipped, loudly, when PostgreSQL is unreachable (TEST_DATABASE_URL; tests/support/postgres.ts).
 */
import crypto from 'node:crypto';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/config.js';
import { startAssistant, type Assistant } from '../../src/index.js';
import { createLogger } from '../../src/logging.js';
import { emulatorActivity } from '../bot/http.js';
import { postgresUnreachable, SERVER_URL } from '../support/postgres.js';

const URL_ = SERVER_URL;
const unreachable = postgresUnreachable('postgres-stall.test');

/** A TCP proxy to PostgreSQL that can be told to swallow every byte (the connections stay open, silent). */
class StallingProxy {
  stalled = false;
  private readonly sockets = new Set<net.Socket>();
  private readonly server: net.Server;

  constructor(private readonly upstream: { host: string; port: number }) {
    this.server = net.createServer((client) => {
      const server = net.connect(this.upstream.port, this.upstream.host);
      for (const [from, to] of [[client, server], [server, client]] as const) {
        this.sockets.add(from);
        from.on('data', (chunk) => {
          if (!this.stalled) to.write(chunk);
        });
        from.on('error', () => to.destroy());
        from.on('close', () => {
          this.sockets.delete(from);
          to.destroy();
        });
      }
    });
  }

  listen(): Promise<number> {
    return new Promise((resolve) => this.server.listen(0, '127.0.0.1', () => resolve((this.server.address() as net.AddressInfo).port)));
  }

  /** Back to normal: the silent connections are cut (as a real network would after a stall), new ones pass. */
  recover(): void {
    this.stalled = false;
    for (const socket of this.sockets) socket.destroy();
  }

  close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe.skipIf(unreachable !== undefined)('PostgreSQL stalls', () => {
  const schema = `stall_${process.pid}_${crypto.randomBytes(3).toString('hex')}`;
  const direct = new URL(URL_);
  const proxy = new StallingProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  let assistant: Assistant;

  beforeAll(async () => {
    const admin = new pg.Client({ connectionString: URL_ });
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.end();
    const port = await proxy.listen();
    const viaProxy = new URL(URL_);
    viaProxy.host = `127.0.0.1:${port}`;
    viaProxy.searchParams.set('options', `-c search_path=${schema}`);
    const config = parseConfig({
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: viaProxy.toString(),
      LOG_LEVEL: 'silent',
      DATABASE_CONNECT_TIMEOUT_MS: '1000',
      DATABASE_QUERY_TIMEOUT_MS: '1500',
      DATABASE_STATEMENT_TIMEOUT_MS: '1000',
      HEALTH_TIMEOUT_MS: '500',
    });
    assistant = await startAssistant({ config, logger: createLogger('silent') });
  });

  afterAll(async () => {
    proxy.recover();
    await assistant?.close();
    await proxy.close();
    const admin = new pg.Client({ connectionString: URL_ });
    await admin.connect();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  const get = (path: string) => fetch(assistant.url + path);

  it('is ready (200) while PostgreSQL answers', async () => {
    expect((await get('/healthz')).status).toBe(200);
    expect((await get('/livez')).status).toBe(200);
  });

  it('during a stall: /healthz answers 503, /livez 200, a resident gets an answer (not a hang), then all recovers', async () => {
    proxy.stalled = true;
    const health = await get('/healthz');
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: 'unavailable', storage: false });
    const live = await get('/livez');
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });

    const reply = await fetch(`${assistant.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(emulatorActivity({ text: 'kan passe le bus santé', conversation: { id: 'stall-1', isGroup: false, conversationType: 'personal', name: '' } })),
    });
    expect(reply.status).toBeLessThan(600); // it answers at all: before the fix, it waited for the database forever
    await reply.text();

    // Several readiness checks at once do not pile up on the stalled pool either.
    const many = await Promise.all(Array.from({ length: 20 }, () => get('/healthz')));
    expect(many.map((r) => r.status)).toEqual(Array(20).fill(503));

    proxy.recover();
    let status = 0;
    for (let i = 0; i < 20 && status !== 200; i++) {
      status = (await get('/healthz')).status;
      if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    expect(status).toBe(200);
  });
});
