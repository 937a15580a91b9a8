/**
 * A round-robin reverse proxy for tests, as a load balancer without stickiness: each HTTP request and each WebSocket
 * upgrade goes to the next backend in turn, whatever conversation it belongs to. Real HTTP on loopback; it records
 * which backend served what, so a test can show that both did. Backends can be swapped (an instance restarted on
 * another port). Headers pass through unchanged (no X-Forwarded-For of its own).
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

export async function startRoundRobin(backends: string[]): Promise<RoundRobin> {
  const served = new Map<string, number>();
  const sockets = new Set<net.Socket>();
  let turn = 0;
  const next = (): URL => {
    const backend = proxy.backends[turn++ % proxy.backends.length] ?? '';
    served.set(backend, (served.get(backend) ?? 0) + 1);
    return new URL(backend);
  };

  const server = http.createServer((req, res) => {
    const target = next();
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: req.headers, agent: false },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', () => {
      // As a proxy does when the backend is gone: 502, and the client retries.
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(upstream);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  server.on('upgrade', (req, client: net.Socket, head: Buffer) => {
    const target = next();
    const upstream = net.connect(Number(target.port), target.hostname, () => {
      const lines = [`${req.method ?? 'GET'} ${req.url ?? '/'} HTTP/1.1`];
      for (let i = 0; i < req.rawHeaders.length; i += 2) lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
      upstream.write(`${lines.join('\r\n')}\r\n\r\n`);
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    sockets.add(client);
    const end = () => {
      upstream.destroy();
      client.destroy();
    };
    upstream.on('error', end);
    client.on('error', end);
    upstream.on('close', () => {
      sockets.delete(upstream);
      end();
    });
    client.on('close', () => {
      sockets.delete(client);
      end();
    });
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
