import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { findMunicipalityBySlug } from '../src/narrow';
import { withOps, withoutTenant, withTenant } from '../src/tenant';
import { rows } from './catalogue';
import {
  allViolations,
  objectsOwnedByApiRole,
  roleViolations,
  securityDefinerViolations,
  tablesWithoutForcedRls,
  tablesWithWrongPolicies,
  tenantTables,
} from './catalogue-checks';
import { PERMISSION_DENIED, RLS_VIOLATION, rejection } from './errors';
import { fillEveryTenantTable } from './fixtures';
import { createTestDatabase } from './fresh-database';

/**
 * The isolation suite. Which tables it covers comes from the catalogue (every table with a
 * municipality_id column), so a new tenant table is tested — or fails the suite — by itself.
 * Personas, after basejump: "own" is the municipality set in the transaction, "other" the one
 * whose rows must stay out of reach.
 */

const { database, cleanup } = await createTestDatabase({ seed: true });
afterAll(cleanup);

const oslo = await findMunicipalityBySlug(database, 'oslo');
const haugesund = await findMunicipalityBySlug(database, 'haugesund');
if (!oslo || !haugesund) throw new Error('seedDemo did not create oslo and haugesund');
const tables = await tenantTables(database.db);
const stillEmpty = await fillEveryTenantTable(database, [oslo.id, haugesund.id], tables);

const directions = [
  { own: oslo, other: haugesund, label: 'oslo → haugesund' },
  { own: haugesund, other: oslo, label: 'haugesund → oslo' },
];

const asApi = <T>(municipalityId: string, fn: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(database, { municipalityId, personId: null }, fn);

async function count(table: string, where: 'all' | string, municipalityId: string) {
  return asApi(municipalityId, async (tx) => {
    const filter = where === 'all' ? sql`true` : sql`municipality_id = ${where}`;
    const [row] = await rows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from ${sql.identifier(table)} where ${filter}`,
    );
    return row?.n ?? -1;
  });
}

async function apiMay(table: string, privilege: 'UPDATE' | 'DELETE'): Promise<boolean> {
  const [row] = await rows<{ ok: boolean }>(
    database.db,
    sql`select has_table_privilege('stafett_api', ${table}, ${privilege}) as ok`,
  );
  return row?.ok ?? false;
}

describe('the catalogue', () => {
  it('finds the tenant tables', () => {
    expect(tables).toEqual(
      expect.arrayContaining([
        'audit_event',
        'district',
        'district_leader',
        'guardianship',
        'municipality_admin',
        'person',
        'session',
        'staff_membership',
        'unit',
      ]),
    );
    expect(tables).not.toContain('municipality');
  });

  it('every tenant table has rows of both municipalities (add a fixture in test/fixtures.ts)', () => {
    expect(stillEmpty).toEqual([]);
  });

  it('every tenant table has row-level security enabled and forced', async () => {
    expect(await tablesWithoutForcedRls(database.db)).toEqual([]);
  });

  it('every tenant table has exactly the one tenant_isolation policy', async () => {
    expect(await tablesWithWrongPolicies(database.db)).toEqual([]);
  });

  it('no stafett role is a superuser, and only stafett_ops has BYPASSRLS', async () => {
    expect(await roleViolations(database.db)).toEqual([]);
    const roles = await rows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
      database.db,
      sql`select rolname, rolsuper, rolbypassrls from pg_roles
          where rolname in ('stafett_api', 'stafett_ops') order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'stafett_api', rolsuper: false, rolbypassrls: false },
      { rolname: 'stafett_ops', rolsuper: false, rolbypassrls: true },
    ]);
  });

  it('stafett_api owns nothing', async () => {
    expect(await objectsOwnedByApiRole(database.db)).toEqual([]);
  });

  it('the SECURITY DEFINER functions are exactly the allow-list, owned by stafett_ops', async () => {
    expect(await securityDefinerViolations(database.db)).toEqual([]);
    const owners = await rows<{ owner: string }>(
      database.db,
      sql`select distinct r.rolname as owner from pg_proc p join pg_roles r on r.oid = p.proowner
          where p.prosecdef`,
    );
    expect(owners).toEqual([{ owner: 'stafett_ops' }]);
  });

  it('passes every check together', async () => {
    expect(await allViolations(database.db)).toEqual([]);
  });
});

describe.each(tables)('%s as stafett_api', (table) => {
  describe.each(directions)('$label', ({ own, other }) => {
    it('sees its own rows and none of the other municipality', async () => {
      expect(await count(table, own.id, own.id)).toBeGreaterThan(0);
      expect(await count(table, other.id, own.id)).toBe(0);
      expect(await count(table, 'all', own.id)).toBe(await count(table, own.id, own.id));
    });

    it("cannot update the other municipality's rows", async () => {
      const t = sql.identifier(table);
      const may = await apiMay(table, 'UPDATE');
      const update = asApi(own.id, async (tx) => {
        const [row] = await rows<{ n: number }>(
          tx,
          sql`with changed as (
                update ${t} set municipality_id = municipality_id
                where municipality_id = ${other.id} returning 1
              ) select count(*)::int as n from changed`,
        );
        return row?.n;
      });
      if (may) expect(await update).toBe(0);
      else expect(await rejection(update)).toMatch(PERMISSION_DENIED);
    });

    it('cannot move its own rows into the other municipality', async () => {
      const t = sql.identifier(table);
      const expected = (await apiMay(table, 'UPDATE')) ? RLS_VIOLATION : PERMISSION_DENIED;
      const move = asApi(own.id, (tx) =>
        tx.execute(
          sql`update ${t} set municipality_id = ${other.id} where municipality_id = ${own.id}`,
        ),
      );
      expect(await rejection(move)).toMatch(expected);
    });

    it("cannot delete the other municipality's rows", async () => {
      const t = sql.identifier(table);
      const may = await apiMay(table, 'DELETE');
      const remove = asApi(own.id, async (tx) => {
        const [row] = await rows<{ n: number }>(
          tx,
          sql`with gone as (delete from ${t} where municipality_id = ${other.id} returning 1)
              select count(*)::int as n from gone`,
        );
        return row?.n;
      });
      if (may) expect(await remove).toBe(0);
      else expect(await rejection(remove)).toMatch(PERMISSION_DENIED);
      // And the rows are really still there.
      expect(await count(table, other.id, other.id)).toBeGreaterThan(0);
    });

    it("cannot insert a row with the other municipality's id", async () => {
      const t = sql.identifier(table);
      // A real row of the other municipality, read past RLS, with a new id: only the tenant differs
      // from what the policy allows.
      const [sample] = await withOps(database, (tx) =>
        rows<{ row: string }>(
          tx,
          sql`select to_jsonb(x)::text as row from ${t} x where municipality_id = ${other.id} limit 1`,
        ),
      );
      if (!sample) throw new Error(`no ${table} row in ${other.slug}`);
      const row = { ...(JSON.parse(sample.row) as Record<string, unknown>), id: randomUUID() };
      const insert = asApi(own.id, (tx) =>
        tx.execute(
          sql`insert into ${t} select * from jsonb_populate_record(null::${t}, ${JSON.stringify(row)}::jsonb)`,
        ),
      );
      expect(await rejection(insert)).toMatch(RLS_VIOLATION);
    });
  });

  it('sees no rows at all when no municipality is set', async () => {
    const n = await withoutTenant(database, async (tx) => {
      const [row] = await rows<{ n: number }>(
        tx,
        sql`select count(*)::int as n from ${sql.identifier(table)}`,
      );
      return row?.n;
    });
    expect(n).toBe(0);
  });
});
