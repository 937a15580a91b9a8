/**
 * A round-robin reverse proxy for tests, as a load balancer without stickiness: each HTTP request and each WebSocket
 * upgrade goes to the next backend in turn, whatever conversation it belongs to. Real HTTP on loopback; it records
 * which backend served what, so a test can show that both did. Backends can be swapped (an instance restarted on
 * another port). Headers pass through unchanged (no X-Forwarded-For of its own). A request or upgrade refused by
 * a stopped backend (connection refused) goes to the next one, and that backend is avoided for 10 s, as nginx does.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import net from 'node:net';

export interface RoundRobin {
  url: string;
  /** Backends, in turn order; replace one to point at a restarted instance. */
  backends: string[];
  /** How many requests (upgrades included) each backend got, by its URL. */
  served: Map<string, number>;
  close(): Promise<void>;
}

const DOWN_MS = 10_000;

export async function startRoundRobin(backends: string[]): Promise<RoundRobin> {
  const served = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  let turn = 0;
  /** Backends that refused a connection are avoided for a while, as nginx does (max_fails=1 fail_timeout=10s). */
  const downUntil = new Map<string, number>();
  const next = (): URL => {
    let backend = '';
    for (let i = 0; i < proxy.backends.length; i++) {
      backend = proxy.backends[turn++ % proxy.backends.length] ?? '';
      if ((downUntil.get(backend) ?? 0) <= Date.now()) break;
    }
    served.set(backend, (served.get(backend) ?? 0) + 1);
    return new URL(backend);
  };
  const refused = (target: URL) => downUntil.set(target.origin, Date.now() + DOWN_MS);

  const server = http.createServer((req, res) => {
    // The body is read first, so that a request refused by a stopped backend can go to the next one (as nginx's
    // proxy_next_upstream error does: the backend never read it).
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => forward(Buffer.concat(chunks), proxy.backends.length));
    const forward = (body: Buffer, triesLeft: number) => {
      const target = next();
      const upstream = http.request(
        { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent: false },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'ECONNREFUSED') refused(target);
        if (error.code === 'ECONNREFUSED' && triesLeft > 1 && !res.headersSent) return forward(body, triesLeft - 1);
        if (!res.headersSent) res.writeHead(502).end();
        else res.destroy();
      });
      upstream.end(body);
    };
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, client: net.Socket, head: Buffer) => {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    const connect = (triesLeft: number) => {
      const target = next();
      let connected = false;
      const upstream = net.connect(Number(target.port), target.hostname, () => {
        connected = true;
        const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
        for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
        upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
        if (head.length > 0) upstream.write(head);
        upstream.pipe(client);
        client.pipe(upstream);
      });
      sockets.add(upstream);
      upstream.on('error', (error: NodeJS.ErrnoException) => {
        if (!connected && error.code === 'ECONNREFUSED') {
          refused(target);
          if (triesLeft > 1) return connect(triesLeft - 1);
        }
        client.destroy();
      });
      upstream.on('close', () => {
        sockets.delete(upstream);
        if (connected || client.destroyed) client.destroy();
      });
      client.on('close', () => upstream.destroy());
    };
    connect(proxy.backends.length);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const proxy: RoundRobin = {
    url: `http://127.0.0.1:${port}`,
    backends: [...backends],
    served,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return proxy;
}
