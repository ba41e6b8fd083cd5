import { performance } from 'node:perf_hooks';

export interface LoadResult {
  requests: number;
  concurrency: number;
  seconds: number;
  throughput: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** The q-quantile of sorted values, by the nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length)));
  return sorted[rank - 1] as number;
}

/**
 * Runs `task` `requests` times with `concurrency` in flight at once (closed loop: each worker
 * starts its next request when the last one ends) after `warmup` unmeasured runs, and reports
 * latency in milliseconds and throughput in requests per second.
 */
export async function runLoad(opts: {
  concurrency: number;
  requests: number;
  warmup: number;
  task: () => Promise<void>;
}): Promise<LoadResult> {
  const { concurrency, requests, warmup, task } = opts;
  let next = 0;
  const worker = async (count: number, sink: number[] | null) => {
    while (next < count) {
      next += 1;
      const start = performance.now();
      await task();
      sink?.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, () => worker(warmup, null)));
  next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, () => worker(requests, latencies)));
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const sum = latencies.reduce((a, b) => a + b, 0);
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    requests: latencies.length,
    concurrency,
    seconds: round(seconds),
    throughput: round(latencies.length / seconds),
    p50: round(quantile(latencies, 0.5)),
    p95: round(quantile(latencies, 0.95)),
    p99: round(quantile(latencies, 0.99)),
    mean: round(sum / latencies.length),
    max: round(latencies.at(-1) ?? Number.NaN),
  };
}
