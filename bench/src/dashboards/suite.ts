import { sql } from 'drizzle-orm';
import { rowsOf, withTenant, type Database } from '@stafett/db';
import postgres from 'postgres';
import { createApp } from '../../../apps/api/src/app';
import { createOidcGateway } from '../../../apps/api/src/auth/oidc';
import { createSession, SESSION_COOKIE } from '../../../apps/api/src/auth/session';
import { loadConfig } from '../../../apps/api/src/env';
import { createLogger } from '../../../apps/api/src/logger';
import type { BenchDatabase, Statement } from '../database';
import { runLoad, runPaired, type LoadResult } from '../load';
import { startApiServer, startWebServer } from '../servers';

const CONCURRENCY = 20;
const POOL = 10;
/** How many leaders of each kind take turns in the load (each with their own session). */
const UNIT_LEADERS = 60;

export interface EndpointResult {
  name: string;
  path: string;
  goalP95Ms: number;
  api: LoadResult;
  /** The statements one request sends, replayed with postgres.js as the API's role (RLS on). */
  sqlRls: LoadResult;
  /** The same statements as a role that bypasses row-level security. */
  sqlNoRls: LoadResult;
  /** p95 with RLS ÷ p95 without, for the same SQL (goal ≤ 1.2). */
  rlsRatio: number;
  statementsPerRequest: number;
}

export interface DashboardsResult {
  municipality: {
    slug: string;
    districts: number;
    units: number;
    logs: number;
    measures: number;
    brightSpots: number;
  };
  endpoints: EndpointResult[];
  page: { path: string; requests: number; p50: number; p95: number; apiP50: number };
  goalRlsRatio: number;
}

interface Caller {
  cookie: string;
  path: string;
}

async function sessionFor(database: Database, municipalityId: string, personId: string) {
  const { token } = await withTenant(database, { municipalityId, personId }, (tx) =>
    createSession(tx, { municipalityId, personId, idpSid: null, idToken: null }),
  );
  return `${SESSION_COOKIE}=${token}`;
}

/** The scale municipality's leaders, each signed in, with the path each one reads. */
async function leaders(database: Database, slug: string) {
  const q = async <T>(query: ReturnType<typeof sql>) => rowsOf<T>(await database.db.execute(query));
  const [m] = await q<{ id: string }>(sql`select id from municipality where slug = ${slug}`);
  if (!m) throw new Error(`no municipality ${slug}: run the scale seed first`);
  const [admin] = await q<{ person_id: string }>(
    sql`select person_id from municipality_admin where municipality_id = ${m.id} limit 1`,
  );
  const districts = await q<{ person_id: string; district_id: string }>(
    sql`select person_id, district_id from district_leader where municipality_id = ${m.id} order by district_id`,
  );
  const units = await q<{ person_id: string; unit_id: string }>(sql`
    select distinct on (unit_id) person_id, unit_id from staff_membership
     where municipality_id = ${m.id} and is_unit_leader and active
     order by unit_id, person_id limit ${UNIT_LEADERS}`);
  if (!admin || districts.length === 0 || units.length === 0) throw new Error('leaders missing');
  const callers = async (rows: { person: string; path: string }[]): Promise<Caller[]> =>
    Promise.all(
      rows.map(async (r) => ({ cookie: await sessionFor(database, m.id, r.person), path: r.path })),
    );
  return {
    municipalityId: m.id,
    municipality: await callers([{ person: admin.person_id, path: '/api/v1/stats/municipality' }]),
    district: await callers(
      districts.map((d) => ({
        person: d.person_id,
        path: `/api/v1/stats/districts/${d.district_id}`,
      })),
    ),
    unit: await callers(
      units.map((u) => ({ person: u.person_id, path: `/api/v1/stats/units/${u.unit_id}` })),
    ),
    deadlines: await callers(
      units.map((u) => ({
        person: u.person_id,
        path: `/api/v1/stats/units/${u.unit_id}/deadlines`,
      })),
    ),
  };
}

const cycle = <T>(list: readonly T[]) => {
  let i = 0;
  return () => list[i++ % list.length] as T;
};

/**
 * The leader dashboards at municipality scale (issue 5): each endpoint over real HTTP at 20
 * concurrent leaders (each request from the next leader's own session), then the statements
 * those requests send replayed directly with postgres.js — once as the API's role with row-level
 * security, once as a role that bypasses it — at the same concurrency, so the ratio is what RLS
 * costs; and the dashboard page's server render through the built web app.
 */
export async function dashboardsSuite(
  bench: BenchDatabase,
  slug: string,
  requests: number,
): Promise<DashboardsResult> {
  const { database, record } = await bench.open({ max: POOL });
  const who = await leaders(database, slug);
  const size = rowsOf<DashboardsResult['municipality']>(
    await database.db.execute(sql`select ${slug} as slug,
      (select count(*)::int from district where municipality_id = ${who.municipalityId}) as districts,
      (select count(*)::int from unit where municipality_id = ${who.municipalityId}) as units,
      (select count(*)::int from log where municipality_id = ${who.municipalityId}) as logs,
      (select count(*)::int from measure where municipality_id = ${who.municipalityId}) as measures,
      (select count(*)::int from bright_spot where municipality_id = ${who.municipalityId}) as "brightSpots"`),
  )[0]!;

  const config = loadConfig({
    NODE_ENV: 'test',
    DATABASE_URL: bench.url,
    PUBLIC_ORIGIN: 'http://127.0.0.1',
    LOG_LEVEL: 'silent',
  });
  const app = createApp({
    config,
    database,
    logger: createLogger('silent'),
    oidc: createOidcGateway(config),
  });
  const call = async (c: Caller, origin?: string) => {
    const res = origin
      ? await fetch(`${origin}${c.path}`, { headers: { cookie: c.cookie } })
      : await app.request(c.path, { headers: { cookie: c.cookie } });
    if (res.status !== 200)
      throw new Error(`${c.path} answered ${res.status}: ${await res.text()}`);
    await res.arrayBuffer();
  };
  // The statements of one request per caller, recorded from the API's own connection.
  const recordOf = async (callers: Caller[]) => {
    const lists: Statement[][] = [];
    for (const c of callers.slice(0, 20)) {
      await call(c);
      record(true);
      await call(c);
      lists.push(record(false).filter((s) => !/^(begin|commit)/i.test(s.query)));
    }
    return lists;
  };
  const endpoints = [
    { name: 'Municipality dashboard', key: 'municipality', goalP95Ms: 100 },
    { name: 'District dashboard', key: 'district', goalP95Ms: 50 },
    { name: 'Unit dashboard', key: 'unit', goalP95Ms: 20 },
    { name: 'Deadline list', key: 'deadlines', goalP95Ms: 20 },
  ] as const;
  const recorded = new Map<string, Statement[][]>();
  for (const e of endpoints) recorded.set(e.key, await recordOf(who[e.key]));

  const server = await startApiServer(bench.url);
  const apiResults = new Map<string, LoadResult>();
  let pageLoad: LoadResult;
  const pagePath = `/${slug}/statistikk`;
  try {
    for (const e of endpoints) {
      const next = cycle(who[e.key]);
      apiResults.set(
        e.key,
        await runLoad({
          concurrency: CONCURRENCY,
          requests,
          warmup: 100,
          task: () => call(next(), server.origin),
        }),
      );
    }
    // The page: the municipality admin's dashboard, rendered by SvelteKit (load → API → HTML).
    const web = await startWebServer(server.origin);
    try {
      const admin = who.municipality[0]!;
      const render = async () => {
        const res = await fetch(`${web.origin}${pagePath}`, { headers: { cookie: admin.cookie } });
        if (res.status !== 200) throw new Error(`${pagePath} answered ${res.status}`);
        await res.text();
      };
      pageLoad = await runLoad({ concurrency: 1, requests: 100, warmup: 10, task: render });
    } finally {
      await web.stop();
    }
  } finally {
    await server.stop();
  }

  const replay = (client: postgres.Sql, lists: Statement[][], bypass: boolean) => {
    const next = cycle(lists);
    return async () => {
      const statements = next();
      await client.begin(async (tx) => {
        for (const s of statements) {
          // Without RLS: the same statements, but the tenant entry keeps the login role, which
          // bypasses row-level security (the benchmark logs in as the database owner).
          const params =
            bypass && s.params[0] === 'stafett_api' && /set_config\('role'/.test(s.query)
              ? ['postgres', ...s.params.slice(1)]
              : s.params;
          await tx.unsafe(s.query, params as never[], { prepare: params.length > 0 });
        }
      });
    };
  };
  const direct = postgres(bench.url, { max: POOL, onnotice: () => {} });
  const results: EndpointResult[] = [];
  for (const e of endpoints) {
    const lists = recorded.get(e.key)!;
    // Interleaved, so that RLS and its absence meet the same load (the ratio is the point).
    const [sqlRls, sqlNoRls] = await runPaired({
      concurrency: CONCURRENCY,
      requests,
      warmup: 100,
      tasks: [replay(direct, lists, false), replay(direct, lists, true)],
    });
    results.push({
      name: e.name,
      path: who[e.key][0]!.path.replace(/[0-9a-f-]{36}/g, '{id}'),
      goalP95Ms: e.goalP95Ms,
      api: apiResults.get(e.key)!,
      sqlRls,
      sqlNoRls,
      rlsRatio: Math.round((sqlRls.p95 / sqlNoRls.p95) * 100) / 100,
      statementsPerRequest: lists[0]?.length ?? 0,
    });
  }
  await direct.end();
  await database.close();
  return {
    municipality: size,
    endpoints: results,
    page: {
      path: pagePath,
      requests: pageLoad.requests,
      p50: pageLoad.p50,
      p95: pageLoad.p95,
      apiP50: apiResults.get('municipality')!.p50,
    },
    goalRlsRatio: 1.2,
  };
}
