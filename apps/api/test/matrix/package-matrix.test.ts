import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferPackageRoutes } from '../../src/transfer-packages/routes';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { snapshot, type TableName } from './fixtures';
import { LogFixtures } from './log-fixtures';
import {
  ALL_LOG_PERSONAS,
  LOG_PERSONAS,
  signInLogPersonas,
  type LogPersona,
  type LogWho,
} from './log-personas';
import { packageMatrix, resetPackage } from './package-matrix';

/**
 * The path between municipalities (X4) × the log personas. Allowed cells answer 2xx; every other
 * the row's refusal, leaving untouched every table a package can write, in either municipality.
 */
const WRITTEN: readonly TableName[] = [
  'audit_event',
  'mail_outbox',
  'log',
  'attention',
  'note',
  'consent',
  'person',
  'guardianship',
  'archive_obligation',
  'transfer_package',
];

let world: World;
let fx: LogFixtures;
let who: Record<LogPersona, LogWho>;

beforeAll(async () => {
  world = await createWorld();
  who = await signInLogPersonas(world);
  fx = await LogFixtures.create(world, who.holder.browser);
});
afterAll(async () => {
  await world?.close();
});

describe.each(packageMatrix.map((r) => [`${r.method} ${r.route}`, r] as const))('%s', (_n, r) => {
  it.each(ALL_LOG_PERSONAS.map((p) => [p, LOG_PERSONAS[p].what, r.allowed.includes(p)] as const))(
    '%s (%s) allowed: %s',
    async (persona, _what, allowed) => {
      // Sending needs no package on its way; everything else starts from one.
      const sending = r.method === 'POST' && r.route === '/logs/{logId}/transfer-packages';
      const packageId = await resetPackage(world, fx, !(sending && allowed));
      const body = r.body?.(fx);
      const before = await snapshot(world.database, WRITTEN);
      const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await who[persona].browser.call(r.path(fx, packageId), {
        method: r.method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (allowed) {
        expect(res.status, text).toBeGreaterThanOrEqual(200);
        expect(res.status, text).toBeLessThan(300);
      } else {
        expect(res.status, text).toBe(r.refusal(persona));
        expect(await snapshot(world.database, WRITTEN)).toEqual(before);
      }
    },
  );
});

it('has a row for every route of the package router', () => {
  const inMatrix = new Set(
    packageMatrix.map((r) => `${r.method} ${r.route.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const served = new Set(transferPackageRoutes.routes.map((rt) => `${rt.method} ${rt.path}`));
  expect([...inMatrix].sort()).toEqual([...served].sort());
});
