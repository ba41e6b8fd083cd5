import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meetingRoutes } from '../../src/logs/meeting-routes';
import { logRoutes } from '../../src/logs/routes';
import { createWorld, PUBLIC_ORIGIN, type World } from '../harness';
import { snapshot, type TableName } from './fixtures';
import { LogFixtures } from './log-fixtures';
import { logMatrix, type LogMatrixRow } from './log-matrix';
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
 * The log endpoints × the personas around one log (issue 4, item 6), generated from log-matrix.ts.
 * Each allowed cell must answer 2xx; every other cell the refusal the rule gives, and leave every
 * table a log endpoint can write — and the audit trail — exactly as it was.
 */
const WRITTEN: readonly TableName[] = [
  'audit_event',
  'mail_outbox',
  'person',
  'guardianship',
  'log',
  'consent',
  'stored_file',
  'attention',
  'measure',
  'measure_event',
  'evaluation',
  'bright_spot',
  'note',
  'note_attachment',
  'meeting',
  'meeting_participant',
  'meeting_attention',
  'access_grant',
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

/** What a refusal must look like for each persona. */
function refusal(persona: LogPersona, r: LogMatrixRow): number {
  if (persona === 'anonymous' || persona === 'operator') return 401;
  const pinned = r.refused?.[persona];
  if (pinned) return pinned;
  // Every id here is Oslo's: invisible from Haugesund, so 404.
  if (persona === 'otherAdmin') return 404;
  // The lists and creating a log are not about the fixture log: refused is 403.
  if (!r.route.includes('{logId}')) return 403;
  // A log without any access to it does not exist for the person (C8; decisions "404, not 403").
  if (NO_ACCESS.includes(persona)) return 404;
  // The unit leader sees the log's metadata; the others read it but may not do this.
  if (persona === 'unitLeader' || CONTENT_READERS.includes(persona)) return 403;
  throw new Error(`no refusal rule for ${persona}`);
}

describe.each(logMatrix.map((r) => [`${r.method} ${r.route}`, r] as const))('%s', (_name, r) => {
  it.each(ALL_LOG_PERSONAS.map((p) => [p, LOG_PERSONAS[p].what, r.allowed.includes(p)] as const))(
    '%s (%s) allowed: %s',
    async (persona, _what, allowed) => {
      const me = who[persona];
      const f = r.setup ? await r.setup(fx, me) : undefined;
      const body = r.body ? r.body(f, fx, me) : undefined;
      const form = r.form ? r.form(f, fx, me) : undefined;
      const before = await snapshot(world.database, WRITTEN);
      // As the web app calls the API: with its origin; JSON or multipart when there is a body.
      const headers: Record<string, string> = { origin: PUBLIC_ORIGIN };
      if (body !== undefined) headers['content-type'] = 'application/json';
      const res = await me.browser.call(r.path(f, fx), {
        method: r.method,
        headers,
        ...(body !== undefined ? { body: JSON.stringify(body) } : form ? { body: form } : {}),
      });
      const text = await res.text();
      if (allowed) {
        expect(res.status, text).toBeGreaterThanOrEqual(200);
        expect(res.status, text).toBeLessThan(300);
        if (r.check) r.check(JSON.parse(text), me, fx);
      } else {
        expect(res.status, text).toBe(refusal(persona, r));
        expect(await snapshot(world.database, WRITTEN)).toEqual(before);
      }
    },
  );
});

it('has a row for every route of the log and meeting routers', () => {
  const inMatrix = new Set(
    logMatrix.map((r) => `${r.method} ${r.route.split(' ')[0]!.replace(/\{(\w+)\}/g, ':$1')}`),
  );
  const served = new Set(
    [...logRoutes.routes, ...meetingRoutes.routes].map((rt) => `${rt.method} ${rt.path}`),
  );
  expect([...inMatrix].sort()).toEqual([...served].sort());
});
