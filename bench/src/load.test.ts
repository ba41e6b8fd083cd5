import { describe, expect, it } from 'vitest';
import { quantile, runLoad, runPaired } from './load';

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

describe('quantile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(quantile(sorted, 0.5)).toBe(50);
    expect(quantile(sorted, 0.95)).toBe(95);
    expect(quantile([], 0.5)).toBeNaN();
  });
});

describe('runLoad', () => {
  it('measures the requests asked for, after the warm-up', async () => {
    let calls = 0;
    const result = await runLoad({
      concurrency: 4,
      requests: 40,
      warmup: 8,
      task: async () => {
        calls += 1;
        await pause(1);
      },
    });
    expect(calls).toBe(48);
    expect(result.requests).toBe(40);
    expect(result.p50).toBeGreaterThan(0);
  });
});

describe('runPaired', () => {
  it('runs both tasks in turn and keeps their latencies apart', async () => {
    const calls = { fast: 0, slow: 0 };
    const [fast, slow] = await runPaired({
      concurrency: 4,
      requests: 20,
      warmup: 2,
      tasks: [
        async () => {
          calls.fast += 1;
          await pause(1);
        },
        async () => {
          calls.slow += 1;
          await pause(15);
        },
      ],
    });
    expect(calls).toEqual({ fast: 22, slow: 22 });
    expect(fast.requests).toBe(20);
    expect(slow.requests).toBe(20);
    expect(slow.p50).toBeGreaterThan(fast.p50);
  });
});
