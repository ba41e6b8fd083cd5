import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import type { Tx } from '../src/client';
import { SECURITY_DEFINER_ALLOW_LIST } from '../src/security-definer';
import {
  foreignKeysWithoutTenant,
  indexViolations,
  objectsOwnedByApiRole,
  roleViolations,
  securityDefinerViolations,
  tablesWithoutForcedRls,
  tablesWithWrongPolicies,
  viewsWithoutSecurityInvoker,
} from './catalogue-checks';
import { createTestDatabase } from './fresh-database';

/**
 * The checks must catch what they claim to. Each case builds the mistake in a transaction as the
 * migrator, asks the check, and rolls back, so the database stays as the migrations left it.
 */

const { database, cleanup } = await createTestDatabase();
afterAll(cleanup);

class RolledBack extends Error {}

async function withMistake<T>(mistake: string[], check: (tx: Tx) => Promise<T>): Promise<T> {
  let result: { value: T } | null = null;
  try {
    await database.db.transaction(async (tx) => {
      // Fixed test DDL, no input.
      for (const statement of mistake) await tx.execute(sql.raw(statement));
      result = { value: await check(tx) };
      throw new RolledBack();
    });
  } catch (err) {
    if (!(err instanceof RolledBack)) throw err;
  }
  if (!result) throw new Error('check did not run');
  return (result as { value: T }).value;
}

const TENANT_TABLE = `create table scratch_thing (
  municipality_id uuid not null references municipality (id),
  id uuid not null default gen_random_uuid(),
  primary key (municipality_id, id))`;
const POLICY = `create policy tenant_isolation on scratch_thing for all
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))`;
const PROTECTED = [
  TENANT_TABLE,
  'alter table scratch_thing enable row level security',
  'alter table scratch_thing force row level security',
  POLICY,
];

describe('tablesWithoutForcedRls', () => {
  it('reports a new tenant table without row-level security', async () => {
    expect(await withMistake([TENANT_TABLE], tablesWithoutForcedRls)).toEqual([
      'scratch_thing: row-level security is not enabled',
    ]);
  });

  it('reports row-level security that is enabled but not forced', async () => {
    const mistake = [TENANT_TABLE, 'alter table scratch_thing enable row level security', POLICY];
    expect(await withMistake(mistake, tablesWithoutForcedRls)).toEqual([
      'scratch_thing: row-level security is not forced',
    ]);
  });

  it('reports a tenant table in another schema too', async () => {
    const mistake = [
      'create schema scratch',
      'create table scratch.other_thing (municipality_id uuid not null)',
    ];
    expect(await withMistake(mistake, tablesWithoutForcedRls)).toEqual([
      'other_thing: row-level security is not enabled',
    ]);
  });

  it('is satisfied by a table done right', async () => {
    expect(await withMistake(PROTECTED, tablesWithoutForcedRls)).toEqual([]);
    expect(await withMistake(PROTECTED, tablesWithWrongPolicies)).toEqual([]);
  });
});

describe('tablesWithWrongPolicies', () => {
  it('reports a forced table without a policy', async () => {
    const mistake = PROTECTED.slice(0, 3);
    expect(await withMistake(mistake, tablesWithWrongPolicies)).toEqual([
      'scratch_thing: has 0 policies, expected exactly tenant_isolation',
    ]);
  });

  it('reports a policy that lets every row through', async () => {
    const mistake = [
      ...PROTECTED.slice(0, 3),
      'create policy tenant_isolation on scratch_thing for all using (true) with check (true)',
    ];
    expect(await withMistake(mistake, tablesWithWrongPolicies)).toEqual([
      'scratch_thing: USING is true',
      'scratch_thing: WITH CHECK is true',
    ]);
  });

  it('reports a second, permissive policy (policies are OR-ed)', async () => {
    const mistake = [...PROTECTED, 'create policy peek on scratch_thing for select using (true)'];
    expect(await withMistake(mistake, tablesWithWrongPolicies)).toEqual([
      'scratch_thing: has 2 policies, expected exactly tenant_isolation',
    ]);
  });

  it('reports a policy for one command only', async () => {
    const mistake = [
      ...PROTECTED.slice(0, 3),
      POLICY.replace('for all', 'for select').replace(/with check \(.*\)$/s, ''),
    ];
    expect(await withMistake(mistake, tablesWithWrongPolicies)).toContain(
      'scratch_thing: policy is not FOR ALL',
    );
  });
});

describe('roleViolations', () => {
  it('reports another stafett role with BYPASSRLS', async () => {
    const role = `stafett_scratch_${randomBytes(4).toString('hex')}`;
    const found = await withMistake([`create role ${role} nologin bypassrls`], roleViolations);
    expect(found).toEqual([`${role} has BYPASSRLS`]);
  });
});

describe('objectsOwnedByApiRole', () => {
  it('reports a table owned by stafett_api', async () => {
    const mistake = [
      'create table scratch_owned (x int)',
      'alter table scratch_owned owner to stafett_api',
    ];
    expect(await withMistake(mistake, objectsOwnedByApiRole)).toContain(
      'stafett_api owns relation scratch_owned',
    );
  });
});

describe('securityDefinerViolations', () => {
  it('reports a SECURITY DEFINER function that is not on the allow-list', async () => {
    const mistake = [
      'create function scratch_peek() returns bigint language sql security definer as $$ select count(*) from person $$',
    ];
    expect(await withMistake(mistake, securityDefinerViolations)).toEqual(
      expect.arrayContaining([
        'scratch_peek() is SECURITY DEFINER but not on the allow-list',
        'scratch_peek() does not set search_path = public, pg_temp',
        'scratch_peek() is executable by PUBLIC',
      ]),
    );
  });

  it('reports an allow-listed function that does not exist', async () => {
    const allowList = [...SECURITY_DEFINER_ALLOW_LIST, 'gone(uuid)'];
    expect(await securityDefinerViolations(database.db, allowList)).toEqual([
      'gone(uuid) is on the allow-list but missing',
    ]);
  });
});

describe('foreignKeysWithoutTenant', () => {
  it('reports a foreign key between tenant tables without municipality_id', async () => {
    const mistake = [
      'create table scratch_parent (municipality_id uuid not null, id uuid primary key)',
      'create table scratch_child (municipality_id uuid not null, parent_id uuid references scratch_parent (id))',
    ];
    const found = await withMistake(mistake, foreignKeysWithoutTenant);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^scratch_child: foreign key .* does not include municipality_id$/);
  });
});

describe('indexViolations', () => {
  it('reports a unique index without municipality_id and an index that does not lead with it', async () => {
    const mistake = [
      'create unique index scratch_email_key on person (email)',
      'create index scratch_name_idx on person (name, municipality_id)',
    ];
    expect(await withMistake(mistake, indexViolations)).toEqual([
      'person: unique index scratch_email_key does not include municipality_id',
      'person: index scratch_name_idx does not lead with municipality_id',
    ]);
  });
});

describe('viewsWithoutSecurityInvoker', () => {
  it('reports a view that runs with its owner’s rights, and accepts security_invoker', async () => {
    const mistake = [
      'create view scratch_definer as select id from person',
      'create view scratch_invoker with (security_invoker = true) as select id from person',
    ];
    expect(await withMistake(mistake, viewsWithoutSecurityInvoker)).toEqual([
      'view scratch_definer is not security_invoker',
    ]);
  });
});
