/**
 * Clients through nginx over TLS with the test's self-signed certificate: plain HTTPS calls, and Microsoft's Direct
 * Line client (botframework-directlinejs, Web Chat's own) given an HTTPS transport and a WebSocket that trust that
 * certificate — and nothing else: the process's trust store is left alone.
 */
import https from 'node:https';
import { DirectLine } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import { WebSocket } from 'ws';
import type { AjaxRequest } from '../channels/directlinejs-client.js';

export interface Answer {
  status: number;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

/** One HTTPS request trusting `ca`; a new connection each time (as many browsers' tabs would). */
export function httpsCall(url: string, ca: string, method = 'GET', body?: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const request = https.request(
      url,
      { method, ca, agent: false, headers: { ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(payload)) }), ...headers } },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, text, json: <T>() => JSON.parse(text) as T }));
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

type Options = ConstructorParameters<typeof DirectLine>[0];

/** A WebSocket class trusting `ca` (the Direct Line client builds its sockets with `new WebSocket(url)`). */
export function trustingWebSocket(ca: string): typeof WebSocket {
  return class extends WebSocket {
    constructor(url: string) {
      super(url, { ca });
    }
  } as unknown as typeof WebSocket;
}

/** botframework-directlinejs on `domain` (https://…/v3/directline); `webSocket: false` polls. */
export function directLineOverTls(domain: string, token: string, ca: string, options: Partial<Options> = {}): DirectLine {
  const ajax = (request: AjaxRequest) =>
    Observable.create((subscriber: { next(v: unknown): void; complete(): void; error(e: unknown): void }) => {
      let done = false;
      httpsCall(request.url ?? '', ca, request.method ?? 'GET', request.body, request.headers ?? {}).then(
        (answer) => {
          if (done) return;
          // An error page of nginx is HTML: the client only needs the status then.
          let response: unknown = null;
          try {
            response = answer.text ? (JSON.parse(answer.text) as unknown) : null;
          } catch {
            response = answer.text;
          }
          const result = { status: answer.status, response, xhr: { getResponseHeader: () => null } };
          if (answer.status >= 200 && answer.status < 300) {
            subscriber.next(result);
            subscriber.complete();
          } else subscriber.error(result);
        },
        (error: unknown) => {
          if (!done) subscriber.error({ status: 0, error });
        },
      );
      return () => {
        done = true;
      };
    });
  const notUsed = () => {
    throw new Error('not used by botframework-directlinejs');
  };
  return new DirectLine({
    domain,
    token,
    pollingInterval: 300,
    ...options,
    ajax: Object.assign(ajax, { get: notUsed, post: notUsed, put: notUsed, patch: notUsed, delete: notUsed, getJSON: notUsed }) as unknown as Options['ajax'],
    WebSocket: trustingWebSocket(ca) as unknown as Options['WebSocket'],
  });
}
