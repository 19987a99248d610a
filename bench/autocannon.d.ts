/**
 * The part of autocannon 9 (which ships no types) that bench/submissions.ts
 * uses, as its README describes it; latencies are in milliseconds.
 */
declare module 'autocannon' {
  export interface Request {
    readonly method?: string;
    readonly path?: string;
    readonly headers?: Readonly<Record<string, string>>;
    readonly body?: string;
    /** Called before each request is sent; what it returns is sent. */
    readonly setupRequest?: (request: Request, context: Record<string, unknown>) => Request;
    /** Called with each response; autocannon reads the bodies only when this is given. */
    readonly onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
  }

  export interface Options {
    readonly url: string;
    readonly connections?: number;
    /** Seconds. */
    readonly duration?: number;
    /** Requests in all; overrides `duration`. */
    readonly amount?: number;
    /** Seconds before a request counts as timed out. */
    readonly timeout?: number;
    readonly requests?: readonly Request[];
  }

  export interface Histogram {
    readonly average: number;
    readonly min: number;
    readonly max: number;
    readonly p50: number;
    readonly p90: number;
    readonly p99: number;
    readonly total: number;
  }

  export interface Result {
    /** Seconds. */
    readonly duration: number;
    readonly errors: number;
    readonly timeouts: number;
    readonly non2xx: number;
    readonly statusCodeStats: Readonly<Record<string, { readonly count: number }>>;
    readonly latency: Histogram;
    readonly requests: Histogram & { readonly sent: number };
  }

  export default function autocannon(options: Options): PromiseLike<Result>;
}
