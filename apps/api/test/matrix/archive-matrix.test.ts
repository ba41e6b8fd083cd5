import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { archiveRoutes } from '../../src/archive/routes';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { ArchiveFixtures, archiveMatrix, type ArchiveMatrixRow } from './archive-matrix';
import { snapshot, type TableName } from './fixtures';
import { LogFixtures } from './log-fixtures';
import {
  ALL_LOG_PERSONAS,
  CONTENT_READERS,
  LOG_PERSONAS,
  NO_ACCESS,
  signInLogPersonas,
  type LogPersona,
  type LogWho,
} from './log-personas';

/**
 * The archive endpoints × the personas around the fixture log (issue 6, item 5). Allowed cells
 * answer 2xx; every other cell the refusal the rule gives, leaving the obligations, the files and
 * the audit trail exactly as they were.
 */
const WRITTEN = ['audit_event', 'stored_file', 'archive_obligation'] as const;
// The relay's tables are not in the shared TableName list; snapshot() only needs their names.
const tables = WRITTEN as readonly string[] as readonly TableName[];

let world: World;
let fx: ArchiveFixtures;
let who: Record<LogPersona, LogWho>;

beforeAll(async () => {
  world = await createWorld();
  who = await signInLogPersonas(world);
  fx = new ArchiveFixtures(world.database, await LogFixtures.create(world, who.holder.browser));
});
afterAll(async () => {
  await world?.close();
});

function refusal(persona: LogPersona, r: ArchiveMatrixRow): number {
  if (persona === 'anonymous' || persona === 'operator') return 401;
  // Every id here is Oslo's: invisible from Haugesund.
  if (persona === 'otherAdmin') return 404;
  // A unit may be known to everyone in Oslo; only its leader exports or lists its archive.
  if (r.unitScoped) return 403;
  // The log does not exist for those without access (C8); its readers see it but may not.
  if (NO_ACCESS.includes(persona)) return 404;
  if (persona === 'unitLeader' || CONTENT_READERS.includes(persona)) return 403;
  throw new Error(`no refusal rule for ${persona}`);
}

describe.each(archiveMatrix.map((r) => [`${r.method} ${r.route}`, r] as const))('%s', (_n, r) => {
  it.each(ALL_LOG_PERSONAS.map((p) => [p, LOG_PERSONAS[p].what, r.allowed.includes(p)] as const))(
    '%s (%s) allowed: %s',
    async (persona, _what, allowed) => {
      const me = who[persona];
      const f = r.setup ? await r.setup(fx) : undefined;
      const before = await snapshot(world.database, tables);
      const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
      if (r.body !== undefined) headers['content-type'] = 'application/json';
      const res = await me.browser.call(r.path(f, fx), {
        method: r.method,
        headers,
        ...(r.body !== undefined ? { body: JSON.stringify(r.body) } : {}),
      });
      const bytes = new Uint8Array(await res.arrayBuffer());
      const text = Buffer.from(bytes).toString('utf8');
      const type = res.headers.get('content-type') ?? '';
      if (allowed) {
        expect(res.status, text.slice(0, 500)).toBeGreaterThanOrEqual(200);
        expect(res.status, text.slice(0, 500)).toBeLessThan(300);
        const json: unknown = type.includes('json') ? JSON.parse(text) : null;
        r.check?.({ json, type, bytes });
      } else {
        expect(res.status, text).toBe(refusal(persona, r));
        expect(await snapshot(world.database, tables)).toEqual(before);
      }
    },
  );
});

it('has a row for every route of the archive router', () => {
  const inMatrix = new Set(
    archiveMatrix.map((r) => `${r.method} ${r.route.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const served = new Set(archiveRoutes.routes.map((rt) => `${rt.method} ${rt.path}`));
  expect([...inMatrix].sort()).toEqual([...served].sort());
});
