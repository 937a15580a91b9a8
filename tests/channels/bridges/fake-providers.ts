/**
 * Local fakes of the messaging providers, on loopback: one HTTP server that answers as Twilio's REST API, the
 * WhatsApp Cloud API (Graph) and the Telegram Bot API would, and records every request (path, headers, parsed
 * body) so a test sees exactly what the assistant sent. `failNext(n)` makes the next n requests answer 503.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ProviderRequest {
  path: string;
  headers: http.IncomingHttpHeaders;
  /** JSON bodies parsed; form bodies as an object. */
  body: Record<string, unknown>;
}

export interface FakeProviders {
  url: string;
  requests: ProviderRequest[];
  /** Requests whose path ends with this (e.g. '/sendMessage', '/Messages.json', '/messages'). */
  sent(pathEnd: string): ProviderRequest[];
  failNext(count: number): void;
  close(): Promise<void>;
}

export async function startFakeProviders(): Promise<FakeProviders> {
  const requests: ProviderRequest[] = [];
  let failures = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const type = req.headers['content-type'] ?? '';
      const body = type.includes('json') ? (JSON.parse(raw || '{}') as Record<string, unknown>) : Object.fromEntries(new URLSearchParams(raw));
      if (failures > 0) {
        failures--;
        res.writeHead(503, { 'content-type': 'application/json' });
        return res.end('{"error":"try later"}');
      }
      requests.push({ path: req.url ?? '', headers: req.headers, body });
      res.writeHead(200, { 'content-type': 'application/json' });
      if (req.url?.endsWith('/Messages.json')) return res.end(JSON.stringify({ sid: `SM${requests.length}`, status: 'queued' }));
      if (req.url?.endsWith('/messages')) return res.end(JSON.stringify({ messaging_product: 'whatsapp', messages: [{ id: `wamid.${requests.length}` }] }));
      return res.end(JSON.stringify({ ok: true, result: true }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    sent: (pathEnd) => requests.filter((r) => r.path.endsWith(pathEnd)),
    failNext(count) {
      failures = count;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
