/**
 * The deployment kit in deploy/ (issue 16): the nginx configuration passes `nginx -t` and serves over TLS with the
 * WebSocket upgrade, /api/messages closed (local mode) and the instances reached in turn; the systemd units pass
 * `systemd-analyze verify`; the production environment file is a valid configuration; the production start runs
 * the build without compiling. A tool missing on this machine makes its test say why it cannot run (skipped, never
 * passed); .ci/run installs nginx and openssl on a bare Debian machine.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { parseConfig } from '../../src/config.js';
import { freePort, nginxMissing, selfSignedCertificate, siteForTest, startNginx, testConfig, writeConfig, type RunningNginx } from './nginx.js';

const ROOT = path.resolve(__dirname, '../..');
const dirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'renaissance-deploy-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

const noNginx = nginxMissing();
if (noNginx) console.warn(`\n[deploy/kit.test] the nginx tests are SKIPPED: ${noNginx}\n`);
const SYSTEMD_ANALYZE = ['/usr/bin/systemd-analyze', '/bin/systemd-analyze'].find((f) => spawnSync(f, ['--version']).status === 0);
if (!SYSTEMD_ANALYZE) console.warn('\n[deploy/kit.test] systemd-analyze is not installed (package systemd): the units are NOT verified\n');

/** A GET over TLS trusting `ca`, or plain HTTP; status, body and headers. */
function get(url: string, ca?: string): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    const request = (url.startsWith('https:') ? https : http).get(url, { ...(ca ? { ca } : {}), agent: false }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body, headers: response.headers }));
    });
    request.on('error', reject);
  });
}

/** A tiny HTTP server standing for one instance: answers every request with its name (those numbered `busy`, 503). */
async function fakeInstance(name: string, busy: number[] = []): Promise<{ port: number; close(): Promise<void> }> {
  let received = 0;
  const server = http.createServer((req, res) => {
    res.setHeader('content-type', 'application/json');
    if (busy.includes(++received)) {
      res.statusCode = 503;
      res.setHeader('retry-after', '1');
      res.end(JSON.stringify({ instance: name, busy: true }));
      return;
    }
    res.end(JSON.stringify({ instance: name, path: req.url, forwardedFor: req.headers['x-forwarded-for'] ?? null, proto: req.headers['x-forwarded-proto'] ?? null }));
  });
  // WebSockets answer their first message with the instance's name.
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => ws.on('message', () => ws.send(name)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as import('node:net').AddressInfo;
  return {
    port,
    close: () => {
      for (const ws of wss.clients) ws.terminate();
      wss.close();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}

describe.skipIf(Boolean(noNginx))('deploy/nginx/renaissance-assistant.conf', () => {
  it('passes nginx -t, and fails it when broken (the check can fail)', async () => {
    const dir = tempDir();
    const certificate = selfSignedCertificate(dir);
    const args = writeConfig(dir, { httpPort: await freePort(), httpsPort: await freePort(), certificate, upstreams: ['127.0.0.1:3978', '127.0.0.1:3979'] });
    const checked = testConfig(args);
    expect(checked.status, checked.output).toBe(0);
    expect(checked.output).toMatch(/syntax is ok/);

    const broken = tempDir();
    const brokenArgs = writeConfig(broken, { httpPort: await freePort(), httpsPort: await freePort(), certificate, upstreams: ['127.0.0.1:3978'] });
    const site = path.join(broken, 'site.conf');
    writeFileSync(site, readFileSync(site, 'utf8').replace('proxy_next_upstream error', 'proxy_next_upstream errror'));
    expect(testConfig(brokenArgs).status).not.toBe(0);
  });

  it('keeps the shipped values a test replaces: ports 80/443, the certificate, two instances, no stickiness', () => {
    const shipped = readFileSync(path.join(ROOT, 'deploy/nginx/renaissance-assistant.conf'), 'utf8');
    const directives = shipped.replace(/#.*$/gm, '');
    expect(directives).not.toMatch(/\b(ip_hash|hash|sticky|keepalive)\b/);
    expect(directives).toMatch(/proxy_set_header Upgrade \$http_upgrade;/);
    expect(() => siteForTest({ httpPort: 1, httpsPort: 2, certificate: { cert: 'c', key: 'k', pem: '' }, upstreams: ['127.0.0.1:9'] })).not.toThrow();
  });

  it('serves over TLS in round robin, redirects HTTP, upgrades WebSockets, and keeps /api/messages and the connector closed', async () => {
    const dir = tempDir();
    const certificate = selfSignedCertificate(dir);
    const [a, b] = [await fakeInstance('a'), await fakeInstance('b')];
    const httpPort = await freePort();
    const httpsPort = await freePort();
    const args = writeConfig(dir, { httpPort, httpsPort, certificate, upstreams: [`127.0.0.1:${a.port}`, `127.0.0.1:${b.port}`] });
    let nginx: RunningNginx | undefined;
    try {
      nginx = await startNginx(dir, args, httpsPort);
      const base = `https://127.0.0.1:${httpsPort}`;
      const seen: string[] = [];
      for (let i = 0; i < 6; i++) {
        const response = await get(`${base}/livez`, certificate.pem);
        expect(response.status).toBe(200);
        const body = JSON.parse(response.body) as { instance: string; forwardedFor: string; proto: string };
        expect(body.forwardedFor).toBe('127.0.0.1');
        expect(body.proto).toBe('https');
        seen.push(body.instance);
      }
      // Round robin, no stickiness: the same client alternates.
      for (let i = 1; i < seen.length; i++) expect(seen[i], seen.join(' ')).not.toBe(seen[i - 1]);

      // A Direct Line stream's URL is upgraded to a WebSocket through nginx (TLS on the outside).
      const ws = new WebSocket(`wss://127.0.0.1:${httpsPort}/v3/directline/conversations/abcdefghijklmnop/stream?t=x`, { ca: certificate.pem });
      const reply = await new Promise<string>((resolve, reject) => {
        ws.once('open', () => ws.send('hello'));
        ws.once('message', (data: Buffer) => resolve(data.toString('utf8')));
        ws.once('error', reject);
      });
      expect(['a', 'b']).toContain(reply);
      ws.close();

      const plain = await get(`http://127.0.0.1:${httpPort}/widget.js`);
      expect(plain.status).toBe(301);
      expect(plain.headers.location).toBe(`https://127.0.0.1/widget.js`);

      expect((await get(`${base}/api/messages`, certificate.pem)).status).toBe(404);
      expect((await get(`${base}/directline-connector/v3/conversations/x/activities`, certificate.pem)).status).toBe(404);
      const log = nginx.log();
      expect(log.filter((l) => l.path === '/api/messages' || l.path.startsWith('/directline-connector')).every((l) => l.upstream === '-')).toBe(true);
    } finally {
      await nginx?.stop();
      await a.close();
      await b.close();
    }
  });
});

describe.skipIf(Boolean(noNginx))('deploy/nginx/renaissance-assistant.conf during a rolling restart', () => {
  it('one 503 of the only instance up costs that request at most: the next ones, polls included, are served', async () => {
    const dir = tempDir();
    const certificate = selfSignedCertificate(dir);
    // One instance stopped (nothing listens on its port), the other busy for one request (a message refused by its
    // turn gate, say) and serving the others. nginx must not set both aside: a Direct Line page whose poll fails once stops
    // polling for good (botframework-directlinejs), so "no live upstreams" (502) for a few seconds loses its replies.
    const stopped = await freePort();
    const up = await fakeInstance('up', [2]);
    const httpsPort = await freePort();
    const args = writeConfig(dir, { httpPort: await freePort(), httpsPort, certificate, upstreams: [`127.0.0.1:${stopped}`, `127.0.0.1:${up.port}`] });
    let nginx: RunningNginx | undefined;
    try {
      nginx = await startNginx(dir, args, httpsPort);
      const poll = () => get(`https://127.0.0.1:${httpsPort}/v3/directline/conversations/abcdefghijklmnop/activities?watermark=3`, certificate.pem);
      expect((await poll()).status).toBe(200);
      // The second meets the busy answer: both instances failed it.
      expect([502, 503]).toContain((await poll()).status);
      const next: number[] = [];
      for (let i = 0; i < 6; i++) next.push((await poll()).status);
      expect(next, `${next.join(' ')}\n${nginx.errors()}`).toEqual([200, 200, 200, 200, 200, 200]);
      // Each of them tried the stopped instance or went straight to the one up; none was refused for want of one.
      expect(nginx.errors()).not.toMatch(/no live upstreams/);
    } finally {
      await nginx?.stop();
      await up.close();
    }
  });
});

describe.skipIf(!SYSTEMD_ANALYZE)('deploy/systemd', () => {
  const units = readdirSync(path.join(ROOT, 'deploy/systemd')).map((f) => path.join(ROOT, 'deploy/systemd', f));

  it('the units pass systemd-analyze verify, without a warning', () => {
    expect(units.map((u) => path.basename(u)).sort()).toEqual(['renaissance-assistant-backup.service', 'renaissance-assistant-backup.timer', 'renaissance-assistant@.service']);
    const result = spawnSync(SYSTEMD_ANALYZE ?? 'systemd-analyze', ['verify', ...units], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr.trim()).toBe('');
  });

  it('a broken unit fails the same check (the check can fail)', () => {
    const dir = tempDir();
    const unit = path.join(dir, 'renaissance-assistant@.service');
    copyFileSync(path.join(ROOT, 'deploy/systemd/renaissance-assistant@.service'), unit);
    writeFileSync(unit, readFileSync(unit, 'utf8').replace('/usr/bin/node', '/nonexistent/node'));
    expect(spawnSync(SYSTEMD_ANALYZE ?? 'systemd-analyze', ['verify', unit], { encoding: 'utf8' }).status).not.toBe(0);
  });
});

describe('the production start and environment', () => {
  const scripts = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

  it('npm run start:prod is npm start without its build, and the systemd unit runs the same command', () => {
    expect(scripts['start:prod']).toBe(scripts.start);
    expect(scripts['prestart:prod']).toBeUndefined();
    const unit = readFileSync(path.join(ROOT, 'deploy/systemd/renaissance-assistant@.service'), 'utf8');
    const exec = /^ExecStart=\/usr\/bin\/(node .*)$/m.exec(unit)?.[1];
    expect(exec).toBe(scripts['start:prod']);
  });

  it('deploy/production.env is a valid configuration: PostgreSQL, behind a proxy, local mode, loopback only', () => {
    const env: Record<string, string> = {};
    for (const line of readFileSync(path.join(ROOT, 'deploy/production.env'), 'utf8').split('\n')) {
      const match = /^([A-Za-z_][A-Za-z0-9_]*)=(.*)$/.exec(line.trim());
      if (match?.[1]) env[match[1]] = match[2] ?? '';
    }
    expect(env.PORT).toBeUndefined(); // each instance gets its own from the unit
    const config = parseConfig(env);
    expect(config.DATABASE_URL).toMatch(/^postgresql:\/\//);
    expect(config.TRUST_PROXY).toBe(true);
    expect(config.HOST).toBe('127.0.0.1');
    expect(config.PUBLIC_URL).toMatch(/^https:\/\//);
    expect(config.authEnabled).toBe(false);
    expect(config.DEMO_AGENDA).toBe(false);
  });
});
