import { and, eq } from 'drizzle-orm';
import { schema, type Db } from '@stafett/db';
import type { World } from '../harness';
import { idOf } from '../logs-support';
import type { LogFixtures } from './log-fixtures';
import { ALL_LOG_PERSONAS, type LogPersona } from './log-personas';

const V1 = '/api/v1';
const SIGNED_IN = ALL_LOG_PERSONAS.filter((p) => p !== 'anonymous' && p !== 'operator');

/**
 * One transfer endpoint in the matrix (issue 6, "The matrix … cover all new endpoints"), on the
 * log matrix's fixture log: Sander Moen's, held by Ola Johansen at Nordberg skole. A transfer
 * cell starts from a fresh pending transfer from Ola to Nina Lie at the health station.
 */
export interface TransferMatrixRow {
  method: 'GET' | 'POST';
  route: string;
  /** true: a fresh pending transfer is made for the cell; its id goes to `path`. */
  pending?: boolean;
  path: (fx: LogFixtures, ids: TransferIds) => string;
  body?: (ids: TransferIds) => unknown;
  allowed: readonly LogPersona[];
}

export interface TransferIds {
  transferId: string;
  healthStationId: string;
  ninaId: string;
  olaMembershipId: string;
}

/** Fresh rows per cell, written as the database owner: the log back with Ola, one pending. */
export class TransferFixtures {
  private constructor(
    private readonly db: Db,
    private readonly fx: LogFixtures,
    private readonly base: Omit<TransferIds, 'transferId'>,
  ) {}

  static async create(world: World, fx: LogFixtures): Promise<TransferFixtures> {
    const db: Db = world.database.db;
    const m = schema.staffMembership;
    const [ola] = await db
      .select({ id: m.id })
      .from(m)
      .where(and(eq(m.personId, fx.ids.holderId), eq(m.unitId, fx.ids.nordbergId)));
    return new TransferFixtures(db, fx, {
      healthStationId: await idOf(world, 'unit', 'Nordre Aker helsestasjon'),
      ninaId: await idOf(world, 'person', 'Nina Lie'),
      olaMembershipId: ola!.id,
    });
  }

  async reset(pending: boolean): Promise<TransferIds> {
    const { logId, holderId, nordbergId, municipalityId } = this.fx.ids;
    const t = schema.transfer;
    await this.db
      .update(schema.log)
      .set({ holderPersonId: holderId, unitId: nordbergId, status: 'active' })
      .where(eq(schema.log.id, logId));
    await this.db
      .update(t)
      .set({ status: 'cancelled' })
      .where(and(eq(t.logId, logId), eq(t.status, 'pending')));
    let transferId = '00000000-0000-4000-8000-000000000000';
    if (pending) {
      const [row] = await this.db
        .insert(t)
        .values({
          municipalityId,
          logId,
          kind: 'to_unit',
          fromUnitId: nordbergId,
          fromHolderPersonId: holderId,
          toUnitId: this.base.healthStationId,
          toPersonId: this.base.ninaId,
          reason: 'Matriseoverføring.',
          guardianConsent: 'Liv Moen, muntlig',
          createdBy: holderId,
        })
        .returning({ id: t.id });
      transferId = row!.id;
    }
    return { ...this.base, transferId };
  }
}

const transferPath = (ids: TransferIds, action: string) =>
  `${V1}/transfers/${ids.transferId}/${action}`;

/** Every endpoint of apps/api/src/transfers/routes.ts and who may use it (X1–X3, T6). */
export const transferMatrix: TransferMatrixRow[] = [
  {
    method: 'POST',
    route: '/logs/{logId}/transfers',
    path: (fx) => `${V1}/logs/${fx.ids.logId}/transfers`,
    body: () => ({
      kind: 'within_unit',
      toUnitId: null,
      toPersonId: null,
      reason: 'Ola går ned i stilling.',
    }),
    // The holder, or the unit's leader on their behalf (X1, X3).
    allowed: ['holder', 'unitLeader'],
  },
  {
    method: 'GET',
    route: '/logs/{logId}/transfers',
    path: (fx) => `${V1}/logs/${fx.ids.logId}/transfers`,
    // Everyone who sees the log's metadata: the family sees the history of holders.
    allowed: ['holder', 'unitLeader', 'actor', 'guardian', 'youth'],
  },
  {
    method: 'GET',
    route: '/logs/{logId}/transfers/recipients',
    path: (fx) => `${V1}/logs/${fx.ids.logId}/transfers/recipients`,
    allowed: ['holder', 'unitLeader'],
  },
  {
    method: 'GET',
    route: '/transfers/incoming',
    path: () => `${V1}/transfers/incoming`,
    // Everyone gets their own: those addressed to them and to the units they lead.
    allowed: SIGNED_IN,
  },
  {
    method: 'GET',
    route: '/transfers/incoming?unitId (the unit’s list)',
    path: (fx) => `${V1}/transfers/incoming?unitId=${fx.ids.nordbergId}`,
    allowed: ['unitLeader'],
  },
  {
    method: 'POST',
    route: '/transfers/{transferId}/accept',
    pending: true,
    path: (_fx, ids) => transferPath(ids, 'accept'),
    body: () => ({}),
    allowed: ['staff'],
  },
  {
    method: 'POST',
    route: '/transfers/{transferId}/decline',
    pending: true,
    path: (_fx, ids) => transferPath(ids, 'decline'),
    body: () => ({ reason: 'Vi har ikke kapasitet nå.' }),
    allowed: ['staff'],
  },
  {
    method: 'POST',
    route: '/transfers/{transferId}/cancel',
    pending: true,
    path: (_fx, ids) => transferPath(ids, 'cancel'),
    allowed: ['holder', 'unitLeader'],
  },
  {
    method: 'GET',
    route: '/units/{unitId}/staff/{membershipId}/logs',
    path: (fx, ids) => `${V1}/units/${fx.ids.nordbergId}/staff/${ids.olaMembershipId}/logs`,
    allowed: ['unitLeader'],
  },
];
