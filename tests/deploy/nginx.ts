/**
 * The shipped nginx configuration (deploy/nginx/renaissance-assistant.conf), run for real by the tests: the same
 * file with only what a test machine must change — loopback ports instead of 80/443, a self-signed certificate made
 * here with the openssl CLI, the instances' ports in the upstream — wrapped in a minimal nginx.conf whose every path
 * (pid, logs, temporary files) is in a temporary folder. The system's nginx is never touched: this one is our own
 * child process (`daemon off`), stopped by its PID. The access log names the instance of each request
 * ($upstream_addr), which is how the tests see round robin at work.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
export const SHIPPED_SITE = path.join(ROOT, 'deploy/nginx/renaissance-assistant.conf');

/** The first of these that exists, or undefined. */
function which(candidates: string[], name: string): string | undefined {
  const found = candidates.find((c) => existsSync(c));
  if (found) return found;
  const lookup = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' });
  return lookup.status === 0 ? lookup.stdout.trim() || undefined : undefined;
}

export const NGINX = which(['/usr/sbin/nginx', '/usr/bin/nginx'], 'nginx');
export const OPENSSL = which(['/usr/bin/openssl'], 'openssl');

/** Why the nginx tests cannot run here, or undefined when they can. */
export function nginxMissing(): string | undefined {
  if (!NGINX) return 'nginx is not installed (Debian: apt-get install nginx; .ci/run installs it)';
  if (!OPENSSL) return 'the openssl CLI is not installed: no self-signed certificate for TLS (Debian: apt-get install openssl)';
  return undefined;
}

/** A TCP port free on loopback right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export interface Certificate {
  cert: string;
  key: string;
  /** The certificate's PEM text, for clients to trust. */
  pem: string;
}

/** A self-signed certificate for 127.0.0.1, valid two days. */
export function selfSignedCertificate(dir: string): Certificate {
  const cert = path.join(dir, 'cert.pem');
  const key = path.join(dir, 'key.pem');
  const result = spawnSync(
    OPENSSL ?? 'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' },
  );
  if (result.status !== 0) throw new Error(`openssl could not make a certificate: ${result.stderr}`);
  return { cert, key, pem: readFileSync(cert, 'utf8') };
}

export interface SiteOptions {
  httpPort: number;
  httpsPort: number;
  certificate: Certificate;
  /** host:port of each instance. */
  upstreams: string[];
}

/** Replaces `pattern` in `text`, failing when it does not occur exactly `times` times (the shipped file changed). */
function replaceExactly(text: string, pattern: RegExp, replacement: string, times: number): string {
  const count = [...text.matchAll(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`))].length;
  if (count !== times) throw new Error(`deploy/nginx: expected ${times} × ${pattern} in the shipped configuration, found ${count}`);
  return text.replace(new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`), replacement);
}

/** The shipped site with a test machine's ports, certificate and instances. */
export function siteForTest(options: SiteOptions): string {
  let site = readFileSync(SHIPPED_SITE, 'utf8');
  site = replaceExactly(site, /^\s*listen 80;$/m, `    listen 127.0.0.1:${options.httpPort};`, 1);
  site = replaceExactly(site, /^\s*listen 443 ssl;$/m, `    listen 127.0.0.1:${options.httpsPort} ssl;`, 1);
  site = replaceExactly(site, /^\s*listen \[::\]:(80|443)( ssl)?;\n/m, '', 2);
  site = replaceExactly(site, /\/etc\/letsencrypt\/live\/assistant\.example\.fr\/fullchain\.pem/, options.certificate.cert, 1);
  site = replaceExactly(site, /\/etc\/letsencrypt\/live\/assistant\.example\.fr\/privkey\.pem/, options.certificate.key, 1);
  const servers = options.upstreams.map((u) => `    server ${u} max_fails=0;`).join('\n');
  site = replaceExactly(site, /^\s*server 127\.0\.0\.1:\d+ max_fails=0;\n/m, '', 2);
  site = replaceExactly(site, /^upstream renaissance_assistant \{\n/m, `upstream renaissance_assistant {\n${servers}\n`, 1);
  return site;
}

/** nginx.conf around the site: everything nginx writes goes under `dir`. */
export function mainConfig(dir: string, siteFile: string): string {
  const temp = (name: string) => path.join(dir, 'temp', name);
  return `daemon off;
master_process on;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
    log_format upstream '$msec|$request_method|$uri|$status|$upstream_addr|$upstream_status';
    access_log ${path.join(dir, 'access.log')} upstream;
    client_body_temp_path ${temp('client_body')};
    proxy_temp_path ${temp('proxy')};
    fastcgi_temp_path ${temp('fastcgi')};
    uwsgi_temp_path ${temp('uwsgi')};
    scgi_temp_path ${temp('scgi')};
    include ${siteFile};
}
`;
}

/** Writes the configuration under `dir` and returns nginx's arguments for it. */
export function writeConfig(dir: string, options: SiteOptions): string[] {
  mkdirSync(path.join(dir, 'temp'), { recursive: true });
  // nginx's workers run as "nobody" when the master is root: they must be able to reach the temporary folders.
  chmodSync(dir, 0o755);
  const site = path.join(dir, 'site.conf');
  writeFileSync(site, siteForTest(options));
  const conf = path.join(dir, 'nginx.conf');
  writeFileSync(conf, mainConfig(dir, site));
  return ['-p', dir, '-c', conf, '-e', path.join(dir, 'error.log')];
}

/** `nginx -t` on the configuration: its exit status and what it said. */
export function testConfig(args: string[]): { status: number | null; output: string } {
  const result = spawnSync(NGINX ?? 'nginx', ['-t', ...args], { encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

export interface LogLine {
  /** When nginx finished the request (ms since the epoch). */
  at: number;
  method: string;
  path: string;
  status: number;
  /** The instances (host:port) tried, in order, comma-separated ("-" when none). */
  upstream: string;
  /** What each of them answered, in the same order (502 for one whose connection failed). */
  upstreamStatus: string;
}

export interface RunningNginx {
  /** Requests seen so far: when, method, path, status, instances that were tried and what they answered. */
  log(): LogLine[];
  /** nginx's error log (why an instance was skipped or a request failed). */
  errors(): string;
  stop(): Promise<void>;
}

/** Starts nginx in the foreground; resolves once it accepts connections on `port`. */
export async function startNginx(dir: string, args: string[], port: number): Promise<RunningNginx> {
  const child: ChildProcess = spawn(NGINX ?? 'nginx', args, { stdio: ['ignore', 'ignore', 'pipe'], env: process.env });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM'); // the master stops its workers
    await exited;
  };
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx exited (${child.exitCode}): ${stderr}${readIfExists(path.join(dir, 'error.log'))}`);
    if (await accepts(port)) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`nginx did not listen on ${port}: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return {
    log: () =>
      readIfExists(path.join(dir, 'access.log'))
        .split('\n')
        .filter(Boolean)
        .map((line) => {
          const [at = '0', method = '', p = '', status = '0', upstream = '', upstreamStatus = ''] = line.split('|');
          return { at: Math.round(Number(at) * 1000), method, path: p, status: Number(status), upstream, upstreamStatus };
        }),
    errors: () => readIfExists(path.join(dir, 'error.log')),
    stop,
  };
}

function readIfExists(file: string): string {
  return existsSync(file) ? readFileSync(file, 'utf8') : '';
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
