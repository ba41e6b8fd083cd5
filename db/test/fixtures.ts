import { randomBytes } from 'node:crypto';
import { eq, getTableName, sql } from 'drizzle-orm';
import type { Database, Tx } from '../src/client';
import {
  auditEvent,
  district,
  districtLeader,
  guardianship,
  municipalityAdmin,
  person,
  session,
  staffMembership,
  unit,
} from '../src/schema';
import { withOps } from '../src/tenant';
import { rows } from './catalogue';

/**
 * One row per tenant table for a municipality that has none yet, in dependency order. The
 * isolation suite needs both municipalities' rows in every tenant table; seedDemo covers most,
 * these cover the rest. A new tenant table without an entry here makes the suite fail with its
 * name, so nobody can add a table that the suite silently skips.
 */
type Fixture = (tx: Tx, municipalityId: string) => Promise<void>;

const firstId = async (tx: Tx, table: typeof district | typeof unit | typeof person, m: string) => {
  const [row] = await tx
    .select({ id: table.id })
    .from(table)
    .where(eq(table.municipalityId, m))
    .limit(1);
  if (!row) throw new Error(`fixture: no ${getTableName(table)} row in ${m}`);
  return row.id;
};

export const FIXTURES: Record<string, Fixture> = {
  district: async (tx, m) => {
    await tx.insert(district).values({ municipalityId: m, name: 'Testområde' });
  },
  unit: async (tx, m) => {
    const districtId = await firstId(tx, district, m);
    await tx
      .insert(unit)
      .values({ municipalityId: m, districtId, name: 'Testenhet', type: 'other' });
  },
  person: async (tx, m) => {
    await tx
      .insert(person)
      .values({ municipalityId: m, nationalId: '01010100000', name: 'Test Person' });
  },
  staff_membership: async (tx, m) => {
    const [unitId, personId] = [await firstId(tx, unit, m), await firstId(tx, person, m)];
    await tx.insert(staffMembership).values({ municipalityId: m, unitId, personId, canAct: true });
  },
  district_leader: async (tx, m) => {
    const [districtId, personId] = [await firstId(tx, district, m), await firstId(tx, person, m)];
    await tx.insert(districtLeader).values({ municipalityId: m, districtId, personId });
  },
  municipality_admin: async (tx, m) => {
    await tx
      .insert(municipalityAdmin)
      .values({ municipalityId: m, personId: await firstId(tx, person, m) });
  },
  guardianship: async (tx, m) => {
    const guardianPersonId = await firstId(tx, person, m);
    const [child] = await tx
      .insert(person)
      .values({ municipalityId: m, nationalId: '02021800000', name: 'Testbarn' })
      .returning({ id: person.id });
    if (!child) throw new Error('fixture: child not created');
    await tx
      .insert(guardianship)
      .values({ municipalityId: m, guardianPersonId, childPersonId: child.id });
  },
  session: async (tx, m) => {
    await tx.insert(session).values({
      municipalityId: m,
      id: randomBytes(15).toString('hex'),
      secretHash: new Uint8Array(randomBytes(32)),
      personId: await firstId(tx, person, m),
      idpSid: `fixture-${m}`,
    });
  },
  audit_event: async (tx, m) => {
    await tx
      .insert(auditEvent)
      .values({ municipalityId: m, action: 'fixture.created', entity: 'fixture' });
  },
};

async function countIn(tx: Tx, table: string, m: string): Promise<number> {
  const [row] = await rows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${sql.identifier(table)} where municipality_id = ${m}`,
  );
  return row?.n ?? 0;
}

/**
 * Gives every tenant table at least one row in each municipality (as stafett_ops). Returns the
 * tables that are still empty somewhere because no fixture knows them.
 */
export async function fillEveryTenantTable(
  database: Database,
  municipalityIds: readonly string[],
  tables: readonly string[],
): Promise<string[]> {
  return withOps(database, async (tx) => {
    for (const m of municipalityIds) {
      for (const [table, fixture] of Object.entries(FIXTURES)) {
        if ((await countIn(tx, table, m)) === 0) await fixture(tx, m);
      }
    }
    const empty: string[] = [];
    for (const table of tables) {
      for (const m of municipalityIds) {
        if ((await countIn(tx, table, m)) === 0) empty.push(`${table} (municipality ${m})`);
      }
    }
    return empty;
  });
}
