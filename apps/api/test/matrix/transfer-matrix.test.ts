import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { transferRoutes } from '../../src/transfers/routes';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { snapshot, type TableName } from './fixtures';
import { LogFixtures } from './log-fixtures';
import {
  ALL_LOG_PERSONAS,
  LOG_PERSONAS,
  NO_ACCESS,
  signInLogPersonas,
  type LogPersona,
  type LogWho,
} from './log-personas';
import { TransferFixtures, transferMatrix, type TransferMatrixRow } from './transfer-matrix';

/**
 * The transfer endpoints × the log personas (issue 6), generated from transfer-matrix.ts. Allowed
 * cells answer 2xx; every other the refusal below, leaving every table a transfer can write — and
 * the audit trail and the outbox — exactly as they were.
 */
const WRITTEN: readonly TableName[] = [
  'audit_event',
  'mail_outbox',
  'log',
  'attention',
  'transfer',
  'archive_obligation',
];
/** The two ends of the fixture transfer: Ola sends it, Ingrid leads his unit, Nina receives it. */
const TRANSFER_ENDS: readonly LogPersona[] = ['holder', 'unitLeader', 'staff'];

let world: World;
let fx: LogFixtures;
let tf: TransferFixtures;
let who: Record<LogPersona, LogWho>;

beforeAll(async () => {
  world = await createWorld();
  who = await signInLogPersonas(world);
  fx = await LogFixtures.create(world, who.holder.browser);
  tf = await TransferFixtures.create(world, fx);
});
afterAll(async () => {
  await world?.close();
});

function refusal(persona: LogPersona, r: TransferMatrixRow): number {
  if (persona === 'anonymous' || persona === 'operator') return 401;
  // Every id here is Oslo's: invisible from Haugesund.
  if (persona === 'otherAdmin') return 404;
  // A log without any access to it does not exist for the person (C8).
  if (r.route.includes('{logId}')) return NO_ACCESS.includes(persona) ? 404 : 403;
  // A transfer is hidden from everyone but its two ends.
  if (r.route.includes('{transferId}')) return TRANSFER_ENDS.includes(persona) ? 403 : 404;
  return 403;
}

describe.each(transferMatrix.map((r) => [`${r.method} ${r.route}`, r] as const))('%s', (_n, r) => {
  it.each(ALL_LOG_PERSONAS.map((p) => [p, LOG_PERSONAS[p].what, r.allowed.includes(p)] as const))(
    '%s (%s) allowed: %s',
    async (persona, _what, allowed) => {
      const ids = await tf.reset(r.pending ?? false);
      const body = r.body ? fillUnit(r.body(ids)) : undefined;
      const before = await snapshot(world.database, WRITTEN);
      const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await who[persona].browser.call(r.path(fx, ids), {
        method: r.method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      const text = await res.text();
      if (allowed) {
        expect(res.status, text).toBeGreaterThanOrEqual(200);
        expect(res.status, text).toBeLessThan(300);
      } else {
        expect(res.status, text).toBe(refusal(persona, r));
        expect(await snapshot(world.database, WRITTEN)).toEqual(before);
      }
    },
  );
});

/** A `toUnitId: null` in a row's body stands for the fixture log's own unit. */
function fillUnit(body: unknown): unknown {
  if (body && typeof body === 'object' && 'toUnitId' in body && body.toUnitId === null) {
    return { ...body, toUnitId: fx.ids.nordbergId };
  }
  return body;
}

it('has a row for every route of the transfer router', () => {
  const inMatrix = new Set(
    transferMatrix.map(
      (r) => `${r.method} ${r.route.split(/[ ?]/)[0]!.replace(/\{(\w+)\}/g, ':$1')}`,
    ),
  );
  const served = new Set(transferRoutes.routes.map((rt) => `${rt.method} ${rt.path}`));
  expect([...inMatrix].sort()).toEqual([...served].sort());
});
