import { withTenant } from '@stafett/db';
import postgres from 'postgres';
import { createApp } from '../../../apps/api/src/app';
import { createOidcGateway } from '../../../apps/api/src/auth/oidc';
import { createSession, SESSION_COOKIE } from '../../../apps/api/src/auth/session';
import { loadConfig } from '../../../apps/api/src/env';
import { createLogger } from '../../../apps/api/src/logger';
import type { BenchDatabase, Statement } from '../database';
import { runLoad, type LoadResult } from '../load';
import { startApiServer } from '../servers';
import { LOG_PAGE_SIZE, seedBenchLog } from './seed';

export interface LogPageResult {
  size: typeof LOG_PAGE_SIZE;
  statementsPerRequest: number;
  api: LoadResult;
  direct: LoadResult;
  /** API throughput ÷ direct throughput (1.0 would mean the API adds nothing). */
  throughputRatio: number;
  goalP95Ms: number;
}

const CONCURRENCY = 20;
const POOL = 10;

/**
 * The log page's API (GET /api/v1/logs/{id}) over real HTTP with row-level security on, at 20
 * concurrent requests; then the very statements one such request sends to PostgreSQL (recorded
 * from the API's own connection: session lookup, role and tenant settings, the actor, the log's
 * reads, the read's audit row) replayed directly with postgres.js, one transaction per request, at
 * the same concurrency and pool size. The ratio is what the API costs on top of its SQL.
 */
export async function logPageSuite(bench: BenchDatabase, requests: number): Promise<LogPageResult> {
  const { database, record } = await bench.open({ max: POOL });
  const log = await seedBenchLog(database);
  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: bench.url,
    PUBLIC_ORIGIN: 'http://127.0.0.1',
    LOG_LEVEL: 'silent',
  });
  // In this process only to record the statements of one request (below).
  const app = createApp({
    config,
    database,
    logger: createLogger('silent'),
    oidc: createOidcGateway(config),
  });
  const { token } = await withTenant(
    database,
    { municipalityId: log.municipalityId, personId: log.holderPersonId },
    (tx) =>
      createSession(tx, {
        municipalityId: log.municipalityId,
        personId: log.holderPersonId,
        idpSid: null,
        idToken: null,
      }),
  );
  const headers = { cookie: `${SESSION_COOKIE}=${token}` };
  const local = async () => {
    const res = await app.request(`/api/v1/logs/${log.logId}`, { headers });
    if (res.status !== 200) throw new Error(`log page answered ${res.status}`);
    await res.arrayBuffer();
  };
  await local();
  record(true);
  await local();
  const statements: Statement[] = record(false).filter((s) => !/^(begin|commit)/i.test(s.query));

  // The load goes to the API as it runs in production: its own process (server.ts), its own
  // core, request logging on; this process only sends requests.
  const server = await startApiServer(bench.url);
  const url = `${server.origin}/api/v1/logs/${log.logId}`;
  const get = async () => {
    const res = await fetch(url, { headers });
    if (res.status !== 200) throw new Error(`log page answered ${res.status}`);
    await res.arrayBuffer();
  };
  const api = await runLoad({ concurrency: CONCURRENCY, requests, warmup: 200, task: get });
  await server.stop();

  const direct = postgres(bench.url, { max: POOL, onnotice: () => {} });
  const replay = async () => {
    await direct.begin(async (tx) => {
      // Prepared like the API's own client prepares them (db/src/client.ts).
      for (const s of statements) {
        await tx.unsafe(s.query, s.params as never[], { prepare: s.params.length > 0 });
      }
    });
  };
  const directResult = await runLoad({
    concurrency: CONCURRENCY,
    requests,
    warmup: 200,
    task: replay,
  });
  await direct.end();
  await database.close();
  return {
    size: LOG_PAGE_SIZE,
    statementsPerRequest: statements.length,
    api,
    direct: directResult,
    throughputRatio: Math.round((api.throughput / directResult.throughput) * 100) / 100,
    goalP95Ms: 15,
  };
}
