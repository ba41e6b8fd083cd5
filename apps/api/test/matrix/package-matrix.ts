import { and, eq } from 'drizzle-orm';
import { schema, type Db } from '@stafett/db';
import type { World } from '../harness';
import type { LogFixtures } from './log-fixtures';
import { NO_ACCESS, type LogPersona } from './log-personas';

const V1 = '/api/v1';

/**
 * One endpoint of the path between municipalities (X4), on the log matrix's fixture log (Sander
 * Moen's, held by Ola Johansen at Nordberg skole, Oslo). A cell starts from one pending package
 * from that log to Haugesund. No persona is a unit leader in Haugesund, so nobody here may take
 * it in: the API test (transfer-packages.test.ts) has Haugesund's side.
 */
export interface PackageMatrixRow {
  method: 'GET' | 'POST';
  route: string;
  path: (fx: LogFixtures, packageId: string) => string;
  body?: (fx: LogFixtures) => unknown;
  allowed: readonly LogPersona[];
  /** The refusal for those not allowed. */
  refusal: (persona: LogPersona) => number;
}

const signedOut = (p: LogPersona) => p === 'anonymous' || p === 'operator';

/** For {logId} routes: no access is 404 (C8), another municipality too, the rest 403. */
const logRefusal = (p: LogPersona) =>
  signedOut(p) ? 401 : p === 'otherAdmin' || NO_ACCESS.includes(p) ? 404 : 403;

/** Taking in: only unit leaders get past the policy; in Oslo nothing is addressed to them. */
const receiveRefusal = (p: LogPersona) => (signedOut(p) ? 401 : p === 'unitLeader' ? 404 : 403);

export const packageMatrix: PackageMatrixRow[] = [
  {
    method: 'POST',
    route: '/logs/{logId}/transfer-packages',
    path: (fx) => `${V1}/logs/${fx.ids.logId}/transfer-packages`,
    body: () => ({ toMunicipality: 'haugesund', reason: 'Familien flytter.' }),
    // The holder, or the unit's leader on their behalf (X1, X3). The fixture's pending package
    // makes a second one 409, so allowed cells send after it is cancelled (see the test).
    allowed: ['holder', 'unitLeader'],
    refusal: logRefusal,
  },
  {
    method: 'GET',
    route: '/logs/{logId}/transfer-packages',
    path: (fx) => `${V1}/logs/${fx.ids.logId}/transfer-packages`,
    allowed: ['holder', 'unitLeader', 'actor', 'guardian', 'youth'],
    refusal: logRefusal,
  },
  {
    method: 'POST',
    route: '/transfer-packages/{packageId}/cancel',
    path: (_fx, id) => `${V1}/transfer-packages/${id}/cancel`,
    allowed: ['holder', 'unitLeader'],
    refusal: logRefusal,
  },
  {
    method: 'GET',
    route: '/transfer-packages/incoming',
    path: () => `${V1}/transfer-packages/incoming`,
    // Every unit leader sees what waits for the municipality (nothing, here).
    allowed: ['unitLeader', 'otherUnitLeader'],
    refusal: (p) => (signedOut(p) ? 401 : 403),
  },
  {
    method: 'POST',
    route: '/transfer-packages/{packageId}/accept',
    path: (_fx, id) => `${V1}/transfer-packages/${id}/accept`,
    body: (fx) => ({ unitId: fx.ids.nordbergId, holderPersonId: fx.ids.holderId, level: 2 }),
    allowed: [],
    refusal: receiveRefusal,
  },
  {
    method: 'POST',
    route: '/transfer-packages/{packageId}/decline',
    path: (_fx, id) => `${V1}/transfer-packages/${id}/decline`,
    body: () => ({ reason: 'Barnet bor ikke her.' }),
    allowed: [],
    refusal: (p) =>
      signedOut(p) ? 401 : p === 'unitLeader' || p === 'otherUnitLeader' ? 404 : 403,
  },
];

/** A fresh pending package per cell (and none when `pending` is false), as the database owner. */
export async function resetPackage(world: World, fx: LogFixtures, pending: boolean) {
  const db: Db = world.database.db;
  const t = schema.transferPackage;
  const { logId, municipalityId, holderId } = fx.ids;
  await db.update(schema.log).set({ status: 'active' }).where(eq(schema.log.id, logId));
  await db
    .update(t)
    .set({ status: 'cancelled' })
    .where(and(eq(t.logId, logId), eq(t.status, 'pending')));
  if (!pending) return '00000000-0000-4000-8000-000000000000';
  const [haugesund] = await db
    .select({ id: schema.municipality.id })
    .from(schema.municipality)
    .where(eq(schema.municipality.slug, 'haugesund'));
  const [row] = await db
    .insert(t)
    .values({
      municipalityId,
      logId,
      toMunicipalityId: haugesund!.id,
      reason: 'Matrisesending.',
      child: { name: 'Sander Moen', nationalId: '00000000000' },
      guardians: [],
      content: {},
      consentFile: new TextEncoder().encode('%PDF-1.4\n%%EOF\n'),
      consentMime: 'application/pdf',
      consentFilename: 'samtykke.pdf',
      createdBy: holderId,
    })
    .returning({ id: t.id });
  return row!.id;
}
