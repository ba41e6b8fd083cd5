import { eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { findMunicipalityBySlug } from '../src/narrow';
import { municipality } from '../src/schema';
import { withOperator, withoutTenant, withTenant } from '../src/tenant';
import { rows } from './catalogue';
import { PERMISSION_DENIED, rejection } from './errors';
import { createTestDatabase } from './fresh-database';

/**
 * The municipality registry has no municipality_id column (its id is the tenant), so the
 * catalogue-driven isolation suite does not cover it. Its policies are tested here: everyone reads
 * the directory; the API role changes only its own municipality's settings, branding and logo.
 */

const { database, cleanup } = await createTestDatabase({ seed: true });
afterAll(cleanup);

const oslo = await findMunicipalityBySlug(database, 'oslo');
const haugesund = await findMunicipalityBySlug(database, 'haugesund');
if (!oslo || !haugesund) throw new Error('seedDemo did not create oslo and haugesund');

const asApi = <T>(municipalityId: string, fn: Parameters<typeof withTenant<T>>[2]) =>
  withTenant(database, { municipalityId, personId: null }, fn);

const EXPECTED_POLICIES = [
  { name: 'municipality_onboard', cmd: 'a', roles: 'stafett_operator', qual: null, check: 'true' },
  { name: 'municipality_read', cmd: 'r', roles: 'public', qual: 'true', check: null },
  {
    name: 'municipality_update_own',
    cmd: 'w',
    roles: 'public',
    qual: `(id = ( SELECT (NULLIF(current_setting('app.municipality_id'::text, true), ''::text))::uuid AS "nullif"))`,
    check: `(id = ( SELECT (NULLIF(current_setting('app.municipality_id'::text, true), ''::text))::uuid AS "nullif"))`,
  },
];

const ALL_COLUMNS = [
  'id',
  'slug',
  'name',
  'written_standard',
  'branding',
  'logo',
  'logo_mime',
  'settings',
  'version',
  'created_at',
];
const API_UPDATABLE = ['written_standard', 'branding', 'logo', 'logo_mime', 'settings', 'version'];

describe('the catalogue', () => {
  it('municipality has row-level security enabled and forced, with exactly these policies', async () => {
    const [table] = await rows<{ enabled: boolean; forced: boolean }>(
      database.db,
      sql`select relrowsecurity as enabled, relforcerowsecurity as forced
          from pg_class where oid = 'public.municipality'::regclass`,
    );
    expect(table).toEqual({ enabled: true, forced: true });
    const policies = await rows<Record<string, unknown>>(
      database.db,
      sql`select p.polname as name, p.polcmd::text as cmd,
                 array_to_string(array(select coalesce(r.rolname, 'public')
                   from unnest(p.polroles) as u(oid) left join pg_roles r on r.oid = u.oid
                   order by 1), ',') as roles,
                 pg_get_expr(p.polqual, p.polrelid) as qual,
                 pg_get_expr(p.polwithcheck, p.polrelid) as check
          from pg_policy p
          where p.polrelid = 'public.municipality'::regclass and p.polpermissive
          order by p.polname`,
    );
    expect(policies).toEqual(EXPECTED_POLICIES);
    // No restrictive policy either: the three above are the whole story.
    const [restrictive] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from pg_policy
          where polrelid = 'public.municipality'::regclass and not polpermissive`,
    );
    expect(restrictive?.n).toBe(0);
  });

  it('stafett_api may update exactly the settings, branding and logo columns, and never insert or delete', async () => {
    const privileges = await rows<{ column: string; update: boolean }>(
      database.db,
      sql`select a.attname as "column",
                 has_column_privilege('stafett_api', a.attrelid, a.attnum, 'UPDATE') as update
          from pg_attribute a
          where a.attrelid = 'public.municipality'::regclass and a.attnum > 0
            and not a.attisdropped
          order by a.attnum`,
    );
    expect(privileges.map((p) => p.column)).toEqual(ALL_COLUMNS);
    expect(privileges.filter((p) => p.update).map((p) => p.column)).toEqual(API_UPDATABLE);
    const [table] = await rows<{ insert: boolean; delete: boolean; truncate: boolean }>(
      database.db,
      sql`select has_any_column_privilege('stafett_api', 'public.municipality', 'INSERT') as insert,
                 has_table_privilege('stafett_api', 'public.municipality', 'DELETE') as delete,
                 has_table_privilege('stafett_api', 'public.municipality', 'TRUNCATE') as truncate`,
    );
    expect(table).toEqual({ insert: false, delete: false, truncate: false });
  });
});

describe('municipality as stafett_api', () => {
  it('reads the whole directory with or without a tenant', async () => {
    const asOslo = await asApi(oslo.id, (tx) =>
      tx.select({ id: municipality.id }).from(municipality),
    );
    const anonymous = await withoutTenant(database, (tx) =>
      tx.select({ id: municipality.id }).from(municipality),
    );
    expect(asOslo).toHaveLength(2);
    expect(anonymous).toHaveLength(2);
  });

  it("changes its own municipality's settings, branding and logo", async () => {
    const logo = new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>');
    const changed = await asApi(oslo.id, (tx) =>
      tx
        .update(municipality)
        .set({
          settings: { ...oslo.settings, consentAge: 15 },
          branding: { accentColor: '#123456' },
          writtenStandard: 'nn',
          logo,
          logoMime: 'image/svg+xml',
          version: oslo.version + 1,
        })
        .where(eq(municipality.id, oslo.id))
        .returning({ id: municipality.id }),
    );
    expect(changed).toEqual([{ id: oslo.id }]);
    expect(await findMunicipalityBySlug(database, 'oslo')).toMatchObject({
      settings: { consentAge: 15 },
      branding: { accentColor: '#123456' },
      writtenStandard: 'nn',
      version: oslo.version + 1,
    });
  });

  it("cannot update another municipality's row: 0 rows, nothing changed", async () => {
    const changed = await asApi(oslo.id, (tx) =>
      tx
        .update(municipality)
        .set({ settings: { ...haugesund.settings, consentAge: 99 } })
        .where(eq(municipality.id, haugesund.id))
        .returning({ id: municipality.id }),
    );
    expect(changed).toEqual([]);
    // Not even when the statement names no row at all.
    const everything = await asApi(oslo.id, (tx) =>
      tx
        .update(municipality)
        .set({ version: sql`${municipality.version}` })
        .returning({ id: municipality.id }),
    );
    expect(everything).toEqual([{ id: oslo.id }]);
    expect((await findMunicipalityBySlug(database, 'haugesund'))?.settings).toEqual(
      haugesund.settings,
    );
  });

  it('changes nothing without a tenant', async () => {
    const changed = await withoutTenant(database, (tx) =>
      tx
        .update(municipality)
        .set({ version: sql`${municipality.version} + 1` })
        .returning({ id: municipality.id }),
    );
    expect(changed).toEqual([]);
  });

  it('cannot change slug, name or id, not even its own', async () => {
    for (const set of [{ slug: 'nytt-navn' }, { name: 'Endret' }, { id: haugesund.id }]) {
      const attempt = asApi(oslo.id, (tx) =>
        tx.update(municipality).set(set).where(eq(municipality.id, oslo.id)),
      );
      expect(await rejection(attempt)).toMatch(PERMISSION_DENIED);
    }
    expect(await findMunicipalityBySlug(database, 'oslo')).toMatchObject({ name: 'Oslo kommune' });
  });

  it('cannot insert or delete a municipality', async () => {
    const insert = asApi(oslo.id, (tx) =>
      tx.insert(municipality).values({ slug: 'snik', name: 'Snik kommune' }),
    );
    expect(await rejection(insert)).toMatch(PERMISSION_DENIED);
    const remove = asApi(oslo.id, (tx) =>
      tx.delete(municipality).where(eq(municipality.id, oslo.id)),
    );
    expect(await rejection(remove)).toMatch(PERMISSION_DENIED);
  });
});

describe('municipality as stafett_operator', () => {
  it('reads the directory, inserts a municipality, but updates and deletes none', async () => {
    const names = await withOperator(database, (tx) =>
      tx.select({ slug: municipality.slug }).from(municipality).orderBy(municipality.slug),
    );
    expect(names.map((n) => n.slug)).toEqual(['haugesund', 'oslo']);

    await withOperator(database, (tx) =>
      tx.insert(municipality).values({ slug: 'ny-kommune', name: 'Ny kommune' }),
    );
    expect(await findMunicipalityBySlug(database, 'ny-kommune')).toMatchObject({
      name: 'Ny kommune',
    });

    const update = withOperator(database, (tx) =>
      tx.update(municipality).set({ name: 'Endret' }).where(eq(municipality.slug, 'ny-kommune')),
    );
    expect(await rejection(update)).toMatch(PERMISSION_DENIED);
    const remove = withOperator(database, (tx) =>
      tx.delete(municipality).where(eq(municipality.slug, 'ny-kommune')),
    );
    expect(await rejection(remove)).toMatch(PERMISSION_DENIED);
  });
});
