// autocannon ships no type declarations; this is the part of its API scripts/load.ts uses.
declare module 'autocannon' {
  export interface Histogram { average: number; p50: number; p90: number; p99: number; max: number; min: number }
  export interface Result {
    requests: Histogram & { total: number };
    latency: Histogram;
    duration: number;
    errors: number;
    timeouts: number;
    non2xx: number;
    statusCodeStats: Record<string, { count: number }>;
  }
  export interface RawRequest { method?: string; path?: string; headers?: Record<string, string>; body?: string }
  export interface RequestStep extends RawRequest {
    setupRequest?: (request: RawRequest, context: Record<string, unknown>) => RawRequest | undefined;
    onResponse?: (status: number, body: string, context: Record<string, unknown>) => void;
  }
  export interface Options {
    url: string;
    connections?: number;
    duration?: number;
    timeout?: number;
    requests?: RequestStep[];
    pipelining?: number;
  }
  export default function autocannon(options: Options): Promise<Result>;
}
