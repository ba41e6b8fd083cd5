import type { LoadResult } from './load';
import type { DashboardsResult } from './dashboards/suite';
import type { LogPageResult } from './log-page/suite';

export interface Report {
  at: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGiB: number;
    node: string;
    loadAverage?: number[];
  };
  logPage: LogPageResult | null;
  dashboards: (DashboardsResult & { seed: { factor: number; seconds: number } | null }) | null;
}

const row = (name: string, r: LoadResult) =>
  `| ${name} | ${r.requests} | ${r.concurrency} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.throughput} |`;

/** The report as Markdown: what was measured, on what, and the figures. */
export function renderReport(r: Report): string {
  return `# Benchmarks

Run ${r.at} on ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}${r.machine.loadAverage ? ` (load average at the end ${r.machine.loadAverage.join(', ')})` : ''}.
PostgreSQL with row-level security on; the API over HTTP on 127.0.0.1. \`npm run bench\` writes this file.
${r.logPage ? renderLogPage(r.logPage) : ''}${r.dashboards ? renderDashboards(r.dashboards) : ''}`;
}

const UNIT_LEADERS_NOTE = '60 unit leaders';
const met = (ok: boolean) => (ok ? 'met' : '**not met**');

function renderDashboards(d: NonNullable<Report['dashboards']>): string {
  const m = d.municipality;
  const lines = d.endpoints.map(
    (e) =>
      `| ${e.name} | \`${e.path}\` | ${e.api.p50} | ${e.api.p95} | ≤ ${e.goalP95Ms}: ${met(e.api.p95 <= e.goalP95Ms)} | ${e.api.throughput} | ${e.sqlRls.p95} | ${e.sqlNoRls.p95} | ${e.rlsRatio}: ${met(e.rlsRatio <= d.goalRlsRatio)} |`,
  );
  return `
## Leader dashboards (issue 5)

Scale data (\`npm run seed:scale\`, ${d.seed ? `factor ${d.seed.factor}, loaded in ${d.seed.seconds} s` : 'an existing database'}): "${m.slug}" with ${m.districts} districts,
${m.units} units, ${m.logs} logs, ${m.measures} measures and ${m.brightSpots} bright spots, plus 20 small municipalities.
${d.endpoints[0]?.api.requests ?? 0} requests per endpoint at ${d.endpoints[0]?.api.concurrency ?? 0} concurrent leaders, each request from the next leader's own
session (the admin; the 15 district leaders; ${UNIT_LEADERS_NOTE}). "SQL" replays the statements those requests sent
with postgres.js at the same concurrency, in turn in one loop so that both meet the same load: as the API’s role (RLS on), and as the owner, which bypasses RLS.

| | endpoint | API p50 ms | API p95 ms | goal p95 ms | req/s | SQL p95, RLS | SQL p95, no RLS | RLS ratio (≤ ${d.goalRlsRatio}) |
|---|---|---:|---:|---|---:|---:|---:|---|
${lines.join('\n')}

The dashboard page \`${d.page.path}\` rendered on the server by the built web app (SvelteKit load → API → HTML), one at a
time, ${d.page.requests} requests: p50 **${d.page.p50} ms**, p95 **${d.page.p95} ms** (the API call inside it: p50 ${d.page.apiP50} ms under load above).
`;
}

function renderLogPage(lp: LogPageResult): string {
  const verdict = lp.api.p95 <= lp.goalP95Ms ? 'met' : 'not met';
  return `
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
