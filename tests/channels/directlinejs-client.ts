/**
 * The official botframework-directlinejs client, made to run in Node: it expects a browser's XMLHttpRequest (rxjs 5
 * ajax) and WebSocket. We hand it fetch behind the same observable interface, and the `ws` package as WebSocket.
 */
import { DirectLine, type Activity, type Message } from 'botframework-directlinejs';
import { Observable } from 'rxjs/Observable';
import { WebSocket } from 'ws';

/** The request botframework-directlinejs hands to its `ajax` option (its own type is not exported). */
export interface AjaxRequest {
  method?: string;
  url?: string;
  body?: unknown;
  headers?: Record<string, string>;
  timeout?: number;
}

/** rxjs 5's ajax, as much of it as the client uses: status, parsed response, and a Retry-After reader. */
function fetchAjax(request: AjaxRequest) {
  return Observable.create((subscriber: { next(v: unknown): void; complete(): void; error(e: unknown): void }) => {
    const controller = new AbortController();
    const timer = request.timeout ? setTimeout(() => controller.abort(), request.timeout) : undefined;
    fetch(request.url ?? '', {
      method: request.method ?? 'GET',
      headers: request.headers,
      body: request.body === undefined ? undefined : JSON.stringify(request.body),
      signal: controller.signal,
    }).then(
      async (response) => {
        clearTimeout(timer);
        const text = await response.text();
        const result = { status: response.status, response: text ? JSON.parse(text) : null, xhr: { getResponseHeader: (name: string) => response.headers.get(name) } };
        if (response.ok) {
          subscriber.next(result);
          subscriber.complete();
        } else subscriber.error(result);
      },
      (error: unknown) => {
        clearTimeout(timer);
        subscriber.error({ status: 0, error });
      },
    );
    return () => controller.abort();
  });
}

type Options = ConstructorParameters<typeof DirectLine>[0];

/** A DirectLine client on our endpoint; `webSocket: false` polls. */
export function directLineClient(domain: string, token: string, options: Partial<Options> = {}): DirectLine {
  const notUsed = () => {
    throw new Error('not used by botframework-directlinejs');
  };
  // A test double of rxjs's ajax: the client only reads status, response and xhr.getResponseHeader.
  const ajax = Object.assign(fetchAjax, { get: notUsed, post: notUsed, put: notUsed, patch: notUsed, delete: notUsed, getJSON: notUsed });
  return new DirectLine({
    domain,
    token,
    pollingInterval: 200,
    ...options,
    ajax: ajax as unknown as Options['ajax'],
    WebSocket: options.WebSocket ?? (WebSocket as unknown as Options['WebSocket']),
  });
}

/** A received message; the library's type leaves out replyToId, which Direct Line does send. */
export type ReceivedMessage = Message & { replyToId?: string };

/** Every activity the client receives, as it arrives (the stream errors once the client is ended: expected). */
export function collect(client: DirectLine): Activity[] {
  const activities: Activity[] = [];
  client.activity$.subscribe({ next: (activity) => activities.push(activity), error: () => undefined });
  return activities;
}

export function botMessages(activities: Activity[]): ReceivedMessage[] {
  return activities.filter((a): a is ReceivedMessage => a.type === 'message' && a.from.role === 'bot');
}

/** Posts like a page does and resolves with the id the endpoint gave the activity. */
export function send(client: DirectLine, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    client.postActivity({ type: 'message', from: { id: 'ignored-by-the-server' }, text }).subscribe({ next: resolve, error: reject });
  });
}
