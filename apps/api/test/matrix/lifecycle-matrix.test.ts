import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lifecycleRoutes } from '../../src/lifecycle/routes';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { snapshot, type TableName } from './fixtures';
import { LifecycleFixtures } from './lifecycle-fixtures';
import { lifecycleMatrix, type LifecycleMatrixRow } from './lifecycle-matrix';
import {
  ALL_LOG_PERSONAS,
  LOG_PERSONAS,
  NO_ACCESS,
  signInLogPersonas,
  type LogPersona,
  type LogWho,
} from './log-personas';

/**
 * The lifecycle endpoints × the personas around Sander Moen's logs (issue 6, items 4 and 6). Each
 * allowed cell answers 2xx; every other cell the refusal the rule gives and leaves every table a
 * lifecycle endpoint can write — and the audit trail — exactly as it was.
 */
const WRITTEN = [
  'audit_event',
  'mail_outbox',
  'log',
  'consent',
  'stored_file',
  'attention',
  'bright_spot',
  'note',
  'transfer',
  'archive_obligation',
  'deletion_request',
  'deleted_log_trace',
] as const;
// The relay's tables are not in the shared TableName list; snapshot() only needs their names.
const tables = WRITTEN as readonly string[] as readonly TableName[];

let world: World;
let fx: LifecycleFixtures;
let who: Record<LogPersona, LogWho>;

beforeAll(async () => {
  world = await createWorld();
  who = await signInLogPersonas(world);
  fx = await LifecycleFixtures.create(world);
});
afterAll(async () => {
  await world?.close();
});

function refusal(persona: LogPersona, r: LifecycleMatrixRow): number {
  if (persona === 'anonymous' || persona === 'operator') return 401;
  const pinned = r.refused?.[persona];
  if (pinned) return pinned;
  // Every id here is Oslo's: invisible from Haugesund.
  if (persona === 'otherAdmin') return 404;
  // A unit's page: everyone in Oslo may know the unit exists.
  if (r.unitScoped) return 403;
  // The fixture logs have no measures, so the actor persona has no access to them either.
  if (NO_ACCESS.includes(persona) || persona === 'actor') return 404;
  // The holder, the family and the unit's leader see the log exists, but may not do this.
  return 403;
}

describe.each(lifecycleMatrix.map((r) => [`${r.method} ${r.route}`, r] as const))(
  '%s',
  (_name, r) => {
    it.each(ALL_LOG_PERSONAS.map((p) => [p, LOG_PERSONAS[p].what, r.allowed.includes(p)] as const))(
      '%s (%s) allowed: %s',
      async (persona, _what, allowed) => {
        const me = who[persona];
        const f = await r.setup(fx);
        const form = r.form?.();
        const before = await snapshot(world.database, tables);
        const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
        if (r.body !== undefined) headers['content-type'] = 'application/json';
        const res = await me.browser.call(r.path(f, fx), {
          method: r.method,
          headers,
          ...(r.body !== undefined ? { body: JSON.stringify(r.body) } : form ? { body: form } : {}),
        });
        const text = await res.text();
        if (allowed) {
          expect(res.status, text).toBeGreaterThanOrEqual(200);
          expect(res.status, text).toBeLessThan(300);
          if (r.check) r.check(JSON.parse(text), me, fx);
        } else {
          expect(res.status, text).toBe(refusal(persona, r));
          expect(await snapshot(world.database, tables)).toEqual(before);
        }
      },
    );
  },
);

it('has a row for every route of the lifecycle router', () => {
  const inMatrix = new Set(
    lifecycleMatrix.map(
      (r) => `${r.method} ${r.route.split(' ')[0]!.replace(/\{(\w+)\}/g, ':$1')}`,
    ),
  );
  const served = new Set(lifecycleRoutes.routes.map((rt) => `${rt.method} ${rt.path}`));
  expect([...inMatrix].sort()).toEqual([...served].sort());
});
