/**
 * The part of autocannon 8's programmatic API this benchmark uses (the package ships no types, and @types/autocannon
 * is not installed: a dozen lines do not justify a dependency).
 */
declare module 'autocannon' {
  namespace autocannon {
    interface RawRequest {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string;
    }
    interface Request extends RawRequest {
      setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest;
      onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
    }
    interface Options {
      url: string;
      connections?: number;
      duration?: number;
      /** Seconds before a request without an answer counts as a timeout (default 10). */
      timeout?: number;
      /** Stop after this many requests (instead of a duration). */
      amount?: number;
      requests?: Request[];
    }
    interface Histogram {
      average: number;
      p50: number;
      p99: number;
      max: number;
      total: number;
    }
    interface Result {
      requests: Histogram;
      latency: Histogram;
      non2xx: number;
      '2xx': number;
      errors: number;
      timeouts: number;
      /** Responses counted by status code ("503": { count }). */
      statusCodeStats: Record<string, { count: number } | undefined>;
    }
  }
  function autocannon(options: autocannon.Options): Promise<autocannon.Result>;
  export = autocannon;
}
