/**
 * What the "instances" section of `npm run bench` needs besides the benchmark's own server: a throw-away PostgreSQL
 * database, and the shipped nginx configuration (deploy/nginx) in front of two instances — run as the deployment
 * tests run it (tests/deploy/nginx.ts: own process, loopback ports, self-signed certificate), with the one change
 * docs/deploying.md describes for a bot with an App ID: /api/messages passed to the instances, since the load is
 * Bot Framework turns. Each piece says why it cannot run here (no server, no nginx) rather than failing the bench.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, nginxMissing, selfSignedCertificate, startNginx, writeConfig } from '../tests/deploy/nginx.js';
import { createTestDatabase, probePostgres, SERVER_URL } from '../tests/support/postgres.js';

export type Skipped = { skipped: string };

export async function benchDatabase(): Promise<{ url: string; drop(): Promise<void> } | Skipped> {
  const unreachable = probePostgres();
  if (unreachable) return { skipped: `PostgreSQL at ${new URL(SERVER_URL).host} is unreachable (TEST_DATABASE_URL to choose another): ${unreachable}` };
  const database = await createTestDatabase('bench');
  return { url: database.url, drop: () => database.drop() };
}

/** nginx with the shipped configuration in front of `ports`; its https:// URL. */
export async function benchNginx(ports: number[]): Promise<{ url: string; stop(): Promise<void> } | Skipped> {
  const missing = nginxMissing();
  if (missing) return { skipped: missing };
  const dir = mkdtempSync(path.join(os.tmpdir(), 'renaissance-bench-nginx-'));
  const httpsPort = await freePort();
  const args = writeConfig(dir, { httpPort: await freePort(), httpsPort, certificate: selfSignedCertificate(dir), upstreams: ports.map((p) => `127.0.0.1:${p}`) });
  // The App ID variant of the shipped file (docs/deploying.md): /api/messages goes to the instances.
  const site = path.join(dir, 'site.conf');
  const opened = readFileSync(site, 'utf8').replace(/(location = \/api\/messages \{\s*)return 404;/, '$1proxy_pass http://renaissance_assistant;');
  if (!opened.includes('proxy_pass http://renaissance_assistant;\n    }\n\n    # Where the bot')) throw new Error('deploy/nginx: the /api/messages location is no longer where the bench expects it');
  writeFileSync(site, opened);
  const nginx = await startNginx(dir, args, httpsPort);
  return {
    url: `https://127.0.0.1:${httpsPort}`,
    stop: async () => {
      await nginx.stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export { freePort };
