import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { statsRoutes } from '../../src/stats/routes';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { snapshot, type TableName } from './fixtures';
import { LogFixtures } from './log-fixtures';
import {
  ALL_LOG_PERSONAS,
  CONTENT_READERS,
  LOG_PERSONAS,
  signInLogPersonas,
  type LogPersona,
  type LogWho,
} from './log-personas';

/**
 * The dashboard endpoints (issue 5) × every persona: allowed cells answer 200; every other cell
 * 401 (not signed in to the municipality) or 404 — a leader learns nothing of scopes beyond their
 * own — and nothing is written.
 */
interface StatsRow {
  route: string;
  path: (ids: { district: string; unit: string; log: string }) => string;
  allowed: readonly LogPersona[];
  check?: (persona: LogPersona, body: unknown) => void;
}

const statsMatrix: StatsRow[] = [
  {
    // Each admin reads their own municipality: Haugesund's admin gets Haugesund, never Oslo.
    route: '/stats/municipality',
    path: () => '/stats/municipality',
    allowed: ['admin', 'otherAdmin'],
    check: (persona, body) =>
      expect(body).toMatchObject({
        scope: { name: persona === 'admin' ? 'Oslo kommune' : 'Haugesund kommune' },
      }),
  },
  {
    route: '/stats/districts/{districtId}',
    path: (i) => `/stats/districts/${i.district}?from=2026-01&to=2026-06`,
    allowed: ['admin', 'districtLeader'],
  },
  {
    route: '/stats/units/{unitId}',
    path: (i) => `/stats/units/${i.unit}?unitType=school`,
    allowed: ['admin', 'districtLeader', 'unitLeader'],
  },
  {
    route: '/stats/units/{unitId}/deadlines',
    path: (i) => `/stats/units/${i.unit}/deadlines`,
    allowed: ['unitLeader'],
  },
  {
    // C8: metadata for everyone with a part in the log, and the unit's leader.
    route: '/logs/{logId}/overview',
    path: (i) => `/logs/${i.log}/overview`,
    allowed: [...CONTENT_READERS, 'unitLeader'],
  },
];

const tables = [
  'audit_event',
  'stats_unit_now',
  'stats_refresh',
] as readonly string[] as readonly TableName[];

let world: World;
let who: Record<LogPersona, LogWho>;
let ids: { district: string; unit: string; log: string };

beforeAll(async () => {
  world = await createWorld();
  who = await signInLogPersonas(world);
  const fx = await LogFixtures.create(world, who.holder.browser);
  const [district] = await world.database.db
    .select({ id: schema.district.id })
    .from(schema.district)
    .where(
      and(
        eq(schema.district.municipalityId, fx.ids.municipalityId),
        eq(schema.district.name, 'Nordre Aker'),
      ),
    );
  ids = { district: district!.id, unit: fx.ids.nordbergId, log: fx.ids.logId };
});
afterAll(async () => {
  await world?.close();
});

describe.each(statsMatrix.map((r) => [`GET ${r.route}`, r] as const))('%s', (_n, r) => {
  it.each(ALL_LOG_PERSONAS.map((p) => [p, LOG_PERSONAS[p].what, r.allowed.includes(p)] as const))(
    '%s (%s) allowed: %s',
    async (persona, _what, allowed) => {
      const before = await snapshot(world.database, tables);
      const res = await who[persona].browser.call(`/api/v1${r.path(ids)}`, {
        headers: { origin: PUBLIC_ORIGIN },
      });
      const text = await res.text();
      if (allowed) {
        expect(res.status, text.slice(0, 500)).toBe(200);
        r.check?.(persona, JSON.parse(text));
      } else {
        const signedOut = persona === 'anonymous' || persona === 'operator';
        expect(res.status, text).toBe(signedOut ? 401 : 404);
      }
      expect(await snapshot(world.database, tables)).toEqual(before);
    },
  );
});

it('has a row for every route of the statistics router', () => {
  const inMatrix = new Set(statsMatrix.map((r) => `GET ${r.route.replace(/\{(\w+)\}/g, ':$1')}`));
  const served = new Set(statsRoutes.routes.map((rt) => `${rt.method} ${rt.path}`));
  expect([...inMatrix].sort()).toEqual([...served].sort());
});
