import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { findMunicipalityBySlug } from '../src/narrow';
import {
  withOperator,
  withOperatorInTenant,
  withOps,
  withoutTenant,
  withTenant,
} from '../src/tenant';
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
import { privilegesOf } from './privileges';
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
          where rolname in ('stafett_api', 'stafett_operator', 'stafett_ops') order by rolname`,
    );
    expect(roles).toEqual([
      { rolname: 'stafett_api', rolsuper: false, rolbypassrls: false },
      { rolname: 'stafett_operator', rolsuper: false, rolbypassrls: false },
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

/**
 * The platform operator onboards municipalities but never sees inside one (DOMAIN.md T1). Driven
 * by the same catalogue list: a new tenant table is closed to the operator unless someone grants
 * it, and then this fails.
 */
describe('stafett_operator', () => {
  /** Onboarding writes a municipality's first admin: INSERT only, never a read. */
  const OPERATOR_INSERTS = ['audit_event', 'municipality_admin', 'person'];

  it('has no SELECT, UPDATE, DELETE (nor any other read or change) on any tenant table', async () => {
    const found: string[] = [];
    for (const table of tables) {
      for (const p of await privilegesOf(database.db, 'stafett_operator', table)) {
        if (p !== 'INSERT') found.push(`${table}: ${p}`);
      }
    }
    expect(found).toEqual([]);
  });

  it('may INSERT into exactly the tables onboarding writes', async () => {
    const inserts: string[] = [];
    for (const table of tables) {
      const privileges = await privilegesOf(database.db, 'stafett_operator', table);
      if (privileges.includes('INSERT')) inserts.push(table);
    }
    expect(inserts.sort()).toEqual(OPERATOR_INSERTS);
  });

  describe.each(tables)('%s', (table) => {
    it('cannot be read by the operator, with or without a tenant: permission denied', async () => {
      const query = sql`select count(*) from ${sql.identifier(table)}`;
      expect(await rejection(withOperator(database, (tx) => tx.execute(query)))).toMatch(
        PERMISSION_DENIED,
      );
      const inTenant = withOperatorInTenant(database, oslo.id, (tx) => tx.execute(query));
      expect(await rejection(inTenant)).toMatch(PERMISSION_DENIED);
    });
  });

  it('cannot insert a person into another municipality than the one it onboards', async () => {
    const insert = withOperatorInTenant(database, oslo.id, (tx) =>
      tx.execute(
        sql`insert into person (municipality_id, national_id, name)
            values (${haugesund.id}, '01010150000', 'Snik')`,
      ),
    );
    expect(await rejection(insert)).toMatch(RLS_VIOLATION);
    const noTenant = withOperator(database, (tx) =>
      tx.execute(
        sql`insert into person (municipality_id, national_id, name)
            values (${oslo.id}, '01010150000', 'Snik')`,
      ),
    );
    expect(await rejection(noTenant)).toMatch(RLS_VIOLATION);
  });

  it('cannot call the SECURITY DEFINER session functions', async () => {
    for (const call of [
      sql`select * from app_session_lookup('x')`,
      sql`select app_end_sessions_by_idp_sid('x')`,
    ]) {
      expect(await rejection(withOperator(database, (tx) => tx.execute(call)))).toMatch(
        PERMISSION_DENIED,
      );
    }
  });

  it('owns nothing', async () => {
    const [row] = await rows<{ n: number }>(
      database.db,
      sql`select (select count(*) from pg_class where relowner = 'stafett_operator'::regrole)
               + (select count(*) from pg_proc where proowner = 'stafett_operator'::regrole)
               + (select count(*) from pg_namespace where nspowner = 'stafett_operator'::regrole)
               + (select count(*) from pg_type where typowner = 'stafett_operator'::regrole)
               as n`,
    );
    expect(Number(row?.n)).toBe(0);
  });
});

describe('stafett_api and the platform operator’s tables', () => {
  it.each(['platform_operator', 'operator_session'])(
    'has no privilege at all on %s',
    async (table) => {
      expect(await privilegesOf(database.db, 'stafett_api', table)).toEqual([]);
      const read = asApi(oslo.id, (tx) => tx.execute(sql`select * from ${sql.identifier(table)}`));
      expect(await rejection(read)).toMatch(PERMISSION_DENIED);
    },
  );
});
