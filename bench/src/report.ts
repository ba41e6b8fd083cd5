import type { LoadResult } from './load';
import type { LogPageResult } from './log-page/suite';

export interface Report {
  at: string;
  machine: { cpus: number; cpuModel: string; memoryGiB: number; node: string };
  logPage: LogPageResult;
}

const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.requests} | ${r.concurrency} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.throughput} |`;

/** The report as Markdown: what was measured, on what, and the figures. */
export function renderReport(r: Report): string {
  const lp = r.logPage;
  const verdict = lp.api.p95 <= lp.goalP95Ms ? 'met' : 'not met';
  return `# Benchmarks

Run ${r.at} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}.
PostgreSQL with row-level security on; the API over HTTP on 127.0.0.1. \`npm run bench\` writes this file.

## The log page (issue 4)

A log with ${lp.size.attentions} attentions, ${lp.size.measures} measures and ${lp.size.brightSpots} bright spots, read by its holder
with \`GET /api/v1/logs/{id}\` at ${lp.api.concurrency} concurrent requests (pool of 10 connections). "Direct" replays the
${lp.statementsPerRequest} statements one API request sends (session, tenant settings, actor, the log's reads, the audit row)
with postgres.js, one transaction per request, at the same concurrency.

| | requests | concurrent | p50 ms | p95 ms | p99 ms | max ms | per second |
|---|---:|---:|---:|---:|---:|---:|---:|
${row('API (HTTP, RLS on)', lp.api)}
${row('Direct postgres.js', lp.direct)}

- p95 goal ≤ ${lp.goalP95Ms} ms: **${verdict}** (${lp.api.p95} ms).
- Throughput, API ÷ direct: **${lp.throughputRatio}**.
`;
}
