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

const round = (n: number) => Math.round(n * 100) / 100;

function summarise(latencies: number[], concurrency: number, seconds: number): LoadResult {
  latencies.sort((a, b) => a - b);
  const sum = latencies.reduce((a, b) => a + b, 0);
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

/**
 * A closed loop over `tasks` in turn (request i runs task i mod n), `concurrency` in flight, after
 * `warmup` unmeasured runs; the latencies of each task apart.
 */
async function loop(
  tasks: readonly (() => Promise<void>)[],
  opts: { concurrency: number; requests: number; warmup: number },
): Promise<{ latencies: number[][]; seconds: number }> {
  let next = 0;
  const worker = async (count: number, sinks: number[][] | null) => {
    while (next < count) {
      const i = next % tasks.length;
      next += 1;
      const start = performance.now();
      await tasks[i]!();
      sinks?.[i]!.push(performance.now() - start);
    }
  };
  const workers = (count: number, sinks: number[][] | null) =>
    Promise.all(Array.from({ length: opts.concurrency }, () => worker(count, sinks)));
  await workers(opts.warmup, null);
  next = 0;
  const latencies = tasks.map((): number[] => []);
  const started = performance.now();
  await workers(opts.requests, latencies);
  return { latencies, seconds: (performance.now() - started) / 1000 };
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
  const { latencies, seconds } = await loop([opts.task], opts);
  return summarise(latencies[0]!, opts.concurrency, seconds);
}

/**
 * Two tasks in turn in ONE closed loop, `requests` of each: both meet the same load, so their
 * latencies compare even on a busy machine, where two runs one after the other would not.
 * Throughput is each task's share of the run.
 */
export async function runPaired(opts: {
  concurrency: number;
  requests: number;
  warmup: number;
  tasks: readonly [() => Promise<void>, () => Promise<void>];
}): Promise<[LoadResult, LoadResult]> {
  const { latencies, seconds } = await loop(opts.tasks, {
    ...opts,
    requests: opts.requests * 2,
    warmup: opts.warmup * 2,
  });
  return [
    summarise(latencies[0]!, opts.concurrency, seconds),
    summarise(latencies[1]!, opts.concurrency, seconds),
  ];
}
