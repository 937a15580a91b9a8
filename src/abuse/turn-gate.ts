/**
 * Bounds the work in flight. Each resident message is a bot turn that holds memory while it runs (the parsed
 * activity, the turn context, the engine's work, the storage's writes); a thousand at once grew the heap past the
 * 250 MB target (268 MB at 1,000 concurrent requests on SQLite, 328 MB at 2,000 on PostgreSQL). So at most
 * `concurrent` turns run at once; up to `queued` more wait their turn, in order, before their body is even read;
 * beyond that a request is refused at once with 503 and Retry-After, which costs almost nothing. Memory then
 * depends on these two numbers, not on how many requests arrive.
 */
import type { Request, Response } from 'restify';

export interface TurnGateOptions {
  /** Turns running at once (MAX_CONCURRENT_TURNS); 0 = no bound (the gate lets everything through). */
  concurrent: number;
  /** Turns waiting for a free place (MAX_QUEUED_TURNS). */
  queued: number;
}

export interface GateStats {
  running: number;
  waiting: number;
  /** The most turns ever seen running at once, and waiting at once (for tests and the benchmark). */
  peakRunning: number;
  peakWaiting: number;
  refused: number;
}

/** Releases the place a turn held; calling it again does nothing. */
export type Release = () => void;

export class TurnGate {
  private running = 0;
  private readonly waiting: ((release: Release) => void)[] = [];
  readonly stats: GateStats = { running: 0, waiting: 0, peakRunning: 0, peakWaiting: 0, refused: 0 };

  constructor(private readonly options: TurnGateOptions) {}

  /** A place to run (at once or after waiting), or undefined when the queue is full too: refuse the request. */
  enter(): Promise<Release> | undefined {
    // Unbounded (0): every turn runs at once, still counted, so that a stopping server knows when they are done.
    if (this.options.concurrent <= 0 || this.running < this.options.concurrent) return Promise.resolve(this.take());
    if (this.waiting.length >= this.options.queued) {
      this.stats.refused++;
      return undefined;
    }
    const place = new Promise<Release>((resolve) => this.waiting.push(resolve));
    this.update();
    return place;
  }

  private take(): Release {
    this.running++;
    this.update();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.running--;
      const next = this.waiting.shift();
      if (next) next(this.take());
      this.update();
    };
  }

  private update(): void {
    this.stats.running = this.running;
    this.stats.waiting = this.waiting.length;
    this.stats.peakRunning = Math.max(this.stats.peakRunning, this.running);
    this.stats.peakWaiting = Math.max(this.stats.peakWaiting, this.waiting.length);
  }
}

/** Requests that run a bot turn: the Bot Framework endpoint and a resident's message on the local Direct Line. */
const TURN_PATHS = [/^\/api\/messages\/?$/, /^\/v3\/directline\/conversations\/[^/]+\/activities\/?$/];

/** Starting a local Direct Line conversation: the bot's welcome turn runs once it is answered. */
const START_PATH = /^\/v3\/directline\/conversations\/?$/;

/** Does this request start a web conversation (whose welcome is a turn, run after the answer, outside the gate)? */
export function isConversationStart(req: Pick<Request, 'method' | 'url'>): boolean {
  const path = (req.url ?? '').split('?')[0] ?? '';
  return req.method === 'POST' && START_PATH.test(path);
}

/** Does this request run a bot turn (a resident's message)? */
export function isTurnRequest(req: Pick<Request, 'method' | 'url'>): boolean {
  const path = (req.url ?? '').split('?')[0] ?? '';
  return req.method === 'POST' && TURN_PATHS.some((p) => p.test(path));
}

/** True once no turn runs or waits (a stopping server waits for this before it closes). */
export function gateIsIdle(gate: TurnGate): boolean {
  return gate.stats.running === 0 && gate.stats.waiting === 0;
}

/** server.pre(): holds a turn request until the gate lets it run, or refuses it with 503; frees the place when it ends. */
export function gateTurns(gate: TurnGate): (req: Request, res: Response, next: (err?: false) => void) => void {
  return (req, res, next) => {
    if (!isTurnRequest(req)) return next();
    const place = gate.enter();
    if (!place) {
      res.setHeader('Retry-After', '1');
      res.setHeader('Connection', 'close');
      res.status(503);
      res.header('Content-Type', 'application/json; charset=utf-8');
      res.end(JSON.stringify({ error: 'The assistant is busy; try again in a moment.' }));
      return next(false);
    }
    void place.then((release) => {
      // Whichever comes first: the answer is sent, or the client goes away.
      res.once('finish', release);
      res.once('close', release);
      if (res.writableEnded || res.destroyed) return release();
      next();
    });
  };
}
