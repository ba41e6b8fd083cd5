import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { Fixtures, snapshot } from './fixtures';
import type { MatrixRow } from './matrix-row';
import { operatorMatrix } from './operator-matrix';
import { orgMatrix } from './org-matrix';
import { ALL_PERSONAS, PERSONAS, signInAll, type Persona, type Who } from './personas';

/**
 * The role × endpoint matrix (issue 3, "Authorisation"), generated from the tables. Add an area by
 * exporting its rows (see org-matrix.ts) and listing them here.
 */
const rows: MatrixRow[] = [...orgMatrix, ...operatorMatrix];

let world: World;
let fx: Fixtures;
let who: Record<Persona, Who>;
let osloIds: Set<string>;

beforeAll(async () => {
  world = await createWorld();
  fx = await Fixtures.load(world.database);
  who = await signInAll(world);
  osloIds = await fx.osloIds();
});
afterAll(async () => {
  await world?.close();
});

/** What a refusal must look like for each persona. */
function refusal(persona: Persona, realm: MatrixRow['realm']): number[] {
  if (realm === 'operator') return [401];
  if (persona === 'anonymous' || persona === 'operator') return [401];
  // Everything in the table that Haugesund may not use is an Oslo id: invisible, so 404.
  if (persona === 'otherAdmin') return [404];
  return [403, 404];
}

describe.each(rows.map((r) => [`${r.method} ${r.route}`, r] as const))('%s', (_name, r) => {
  it.each(ALL_PERSONAS.map((p) => [p, PERSONAS[p].what, r.allowed.includes(p)] as const))(
    '%s (%s) allowed: %s',
    async (persona, _what, allowed) => {
      const me = who[persona];
      const f = r.setup ? await r.setup(fx, me) : undefined;
      const body = r.body ? await r.body(f, fx, me) : undefined;
      const tables = ['audit_event', ...r.writes] as const;
      const before = await snapshot(world.database, tables);
      // As the web app calls the API: with its origin, JSON when there is a body.
      const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await me.browser.call(r.path(f, fx), {
        method: r.method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      if (allowed) {
        expect(res.status, text).toBeGreaterThanOrEqual(200);
        expect(res.status, text).toBeLessThan(300);
        if (persona === 'otherAdmin') {
          // Lars Eide's answers come from Haugesund only.
          for (const id of text.match(
            /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g,
          ) ?? []) {
            expect(osloIds.has(id), `Oslo id ${id} in Haugesund's answer`).toBe(false);
          }
        }
      } else {
        expect(refusal(persona, r.realm), `${res.status} ${text}`).toContain(res.status);
        expect(await snapshot(world.database, tables)).toEqual(before);
      }
    },
  );
});
