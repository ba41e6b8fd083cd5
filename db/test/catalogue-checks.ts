import { sql } from 'drizzle-orm';
import { SECURITY_DEFINER_ALLOW_LIST } from '../src/security-definer';
import { rows, type Executor } from './catalogue';

/**
 * Checks on the catalogue that every tenant table must pass. Each returns its violations as
 * readable sentences (empty when all is well), so a test can show that a check really detects
 * what it claims to, and a failure says what to fix.
 *
 * A tenant table is any ordinary or partitioned table with a `municipality_id` column, in any
 * schema but PostgreSQL's own and drizzle's bookkeeping: a new table is covered without anyone
 * adding it to a list.
 */

const TENANT_TABLES = sql`
  select c.oid, n.nspname as schema, c.relname as name, c.relrowsecurity, c.relforcerowsecurity
  from pg_class c
  join pg_namespace n on n.oid = c.relnamespace
  where c.relkind in ('r', 'p')
    and n.nspname not in ('pg_catalog', 'information_schema', 'drizzle')
    and n.nspname !~ '^pg_'
    and exists (
      select 1 from pg_attribute a
      where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped
    )`;

export async function tenantTables(exec: Executor): Promise<string[]> {
  const found = await rows<{ name: string }>(
    exec,
    sql`select name from (${TENANT_TABLES}) t order by name`,
  );
  return found.map((t) => t.name);
}

export async function tablesWithoutForcedRls(exec: Executor): Promise<string[]> {
  const found = await rows<{ name: string; relrowsecurity: boolean; relforcerowsecurity: boolean }>(
    exec,
    sql`select name, relrowsecurity, relforcerowsecurity from (${TENANT_TABLES}) t
        where not (relrowsecurity and relforcerowsecurity) order by name`,
  );
  return found.map((t) =>
    !t.relrowsecurity
      ? `${t.name}: row-level security is not enabled`
      : `${t.name}: row-level security is not forced`,
  );
}

/** How PostgreSQL prints the one allowed policy expression (the same on 15 through 18). */
export const TENANT_POLICY_EXPRESSION = `(municipality_id = ( SELECT (NULLIF(current_setting('app.municipality_id'::text, true), ''::text))::uuid AS "nullif"))`;

export async function tablesWithWrongPolicies(exec: Executor): Promise<string[]> {
  const policies = await rows<{
    table: string;
    policy: string | null;
    cmd: string | null;
    permissive: boolean | null;
    roles: string | null;
    qual: string | null;
    with_check: string | null;
  }>(
    exec,
    sql`select t.name as "table", p.polname as policy, p.polcmd::text as cmd,
               p.polpermissive as permissive,
               array_to_string(array(select coalesce(r.rolname, 'public')
                 from unnest(p.polroles) as u(oid) left join pg_roles r on r.oid = u.oid
                 order by 1), ',') as roles,
               pg_get_expr(p.polqual, p.polrelid) as qual,
               pg_get_expr(p.polwithcheck, p.polrelid) as with_check
        from (${TENANT_TABLES}) t
        left join pg_policy p on p.polrelid = t.oid
        order by t.name, p.polname`,
  );
  const byTable = new Map<string, typeof policies>();
  for (const p of policies) byTable.set(p.table, [...(byTable.get(p.table) ?? []), p]);

  const violations: string[] = [];
  for (const [table, list] of byTable) {
    const real = list.filter((p) => p.policy !== null);
    if (real.length !== 1) {
      violations.push(`${table}: has ${real.length} policies, expected exactly tenant_isolation`);
      continue;
    }
    const [p] = real;
    if (!p) continue;
    if (p.policy !== 'tenant_isolation') violations.push(`${table}: policy is named ${p.policy}`);
    // polcmd '*' is FOR ALL.
    if (p.cmd !== '*') violations.push(`${table}: policy is not FOR ALL`);
    if (!p.permissive) violations.push(`${table}: policy is not permissive`);
    if (p.roles !== 'public') violations.push(`${table}: policy applies to ${p.roles}, not public`);
    if (p.qual !== TENANT_POLICY_EXPRESSION) violations.push(`${table}: USING is ${p.qual}`);
    if (p.with_check !== TENANT_POLICY_EXPRESSION) {
      violations.push(`${table}: WITH CHECK is ${p.with_check}`);
    }
  }
  return violations;
}

/**
 * No stafett_* role is a superuser (superusers bypass even FORCED row-level security), only
 * stafett_ops has BYPASSRLS, and the API's role can neither log in directly nor bypass.
 */
export async function roleViolations(exec: Executor): Promise<string[]> {
  const roles = await rows<{ rolname: string; rolsuper: boolean; rolbypassrls: boolean }>(
    exec,
    sql`select rolname, rolsuper, rolbypassrls from pg_roles where rolname ~ '^stafett_'`,
  );
  const violations: string[] = [];
  for (const required of ['stafett_api', 'stafett_operator']) {
    if (!roles.some((r) => r.rolname === required)) violations.push(`${required} is missing`);
  }
  for (const r of roles) {
    if (r.rolsuper) violations.push(`${r.rolname} is a superuser`);
    if (r.rolbypassrls && r.rolname !== 'stafett_ops')
      violations.push(`${r.rolname} has BYPASSRLS`);
  }
  return violations;
}

/** The API's role must own nothing: an owner may alter, disable or drop the wall. */
export async function objectsOwnedByApiRole(exec: Executor): Promise<string[]> {
  const owned = await rows<{ what: string }>(
    exec,
    sql`select 'relation ' || c.relname as what from pg_class c
          where c.relowner = 'stafett_api'::regrole
        union all
        select 'function ' || p.oid::regprocedure::text from pg_proc p
          where p.proowner = 'stafett_api'::regrole
        union all
        select 'schema ' || n.nspname from pg_namespace n
          where n.nspowner = 'stafett_api'::regrole
        union all
        select 'type ' || t.typname from pg_type t
          where t.typowner = 'stafett_api'::regrole
        order by 1`,
  );
  return owned.map((o) => `stafett_api owns ${o.what}`);
}

/**
 * SECURITY DEFINER functions run past row-level security as their owner, so: exactly the
 * allow-list, owned by a role that is no superuser, with a fixed search_path, not executable by
 * PUBLIC.
 */
export async function securityDefinerViolations(
  exec: Executor,
  allowList: readonly string[] = SECURITY_DEFINER_ALLOW_LIST,
): Promise<string[]> {
  const found = await rows<{
    signature: string;
    owner: string;
    owner_super: boolean;
    config: string | null;
    public_execute: boolean;
  }>(
    exec,
    sql`select p.oid::regprocedure::text as signature, r.rolname as owner,
               r.rolsuper as owner_super,
               array_to_string(p.proconfig, ';') as config,
               exists (
                 select 1 from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                 where a.grantee = 0 and a.privilege_type = 'EXECUTE'
               ) as public_execute
        from pg_proc p
        join pg_namespace n on n.oid = p.pronamespace
        join pg_roles r on r.oid = p.proowner
        where p.prosecdef
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname !~ '^pg_'
        order by 1`,
  );
  const violations: string[] = [];
  for (const f of found) {
    if (!allowList.includes(f.signature)) {
      violations.push(`${f.signature} is SECURITY DEFINER but not on the allow-list`);
    }
    if (f.owner_super) violations.push(`${f.signature} is owned by the superuser ${f.owner}`);
    if (f.config !== 'search_path=public, pg_temp') {
      violations.push(`${f.signature} does not set search_path = public, pg_temp`);
    }
    if (f.public_execute) violations.push(`${f.signature} is executable by PUBLIC`);
  }
  for (const allowed of allowList) {
    if (!found.some((f) => f.signature === allowed)) {
      violations.push(`${allowed} is on the allow-list but missing`);
    }
  }
  return violations;
}

/**
 * A foreign key between tenant tables must include municipality_id on both sides: foreign key
 * checks bypass row-level security, so a plain `references x(id)` could point into another
 * municipality.
 */
export async function foreignKeysWithoutTenant(exec: Executor): Promise<string[]> {
  const found = await rows<{ name: string; table: string }>(
    exec,
    sql`select con.conname as name, t.name as "table"
        from pg_constraint con
        join (${TENANT_TABLES}) t on t.oid = con.conrelid
        join (${TENANT_TABLES}) ref on ref.oid = con.confrelid
        where con.contype = 'f'
          and not exists (
            select 1 from unnest(con.conkey, con.confkey) as k(col, refcol)
            join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.col
            join pg_attribute b on b.attrelid = con.confrelid and b.attnum = k.refcol
            where a.attname = 'municipality_id' and b.attname = 'municipality_id'
          )
        order by 2, 1`,
  );
  return found.map((f) => `${f.table}: foreign key ${f.name} does not include municipality_id`);
}

/** Non-unique indexes that may lead with something else, each for a reason (see schema/session.ts). */
export const INDEX_EXCEPTIONS: readonly string[] = ['session_id_idx', 'session_idp_sid_idx'];

/**
 * Unique indexes (constraints included) on tenant tables must include municipality_id, or a
 * duplicate error would reveal another municipality's row; other indexes must lead with it.
 */
export async function indexViolations(
  exec: Executor,
  exceptions: readonly string[] = INDEX_EXCEPTIONS,
): Promise<string[]> {
  const found = await rows<{
    name: string;
    table: string;
    unique: boolean;
    first_col: string | null;
    has_tenant: boolean;
  }>(
    exec,
    sql`select ic.relname as name, t.name as "table", i.indisunique as unique,
               (select a.attname from pg_attribute a
                 where a.attrelid = i.indrelid and a.attnum = i.indkey[0]) as first_col,
               exists (select 1 from pg_attribute a
                 where a.attrelid = i.indrelid and a.attnum = any (i.indkey)
                   and a.attname = 'municipality_id') as has_tenant
        from pg_index i
        join pg_class ic on ic.oid = i.indexrelid
        join (${TENANT_TABLES}) t on t.oid = i.indrelid
        order by 2, 1`,
  );
  const violations: string[] = [];
  for (const ix of found) {
    if (ix.unique && !ix.has_tenant) {
      violations.push(`${ix.table}: unique index ${ix.name} does not include municipality_id`);
    } else if (!ix.unique && ix.first_col !== 'municipality_id' && !exceptions.includes(ix.name)) {
      violations.push(`${ix.table}: index ${ix.name} does not lead with municipality_id`);
    }
  }
  return violations;
}

/** Views run with their owner's rights unless security_invoker, which would skip RLS for us. */
export async function viewsWithoutSecurityInvoker(exec: Executor): Promise<string[]> {
  const found = await rows<{ name: string }>(
    exec,
    sql`select c.relname as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind = 'v'
          and n.nspname not in ('pg_catalog', 'information_schema')
          and n.nspname !~ '^pg_'
          and not coalesce(
            'security_invoker=true' = any (c.reloptions)
              or 'security_invoker=on' = any (c.reloptions),
            false)
        order by 1`,
  );
  return found.map((v) => `view ${v.name} is not security_invoker`);
}

/** Every check at once, for the suite's summary test. */
export async function allViolations(exec: Executor): Promise<string[]> {
  const results = await Promise.all([
    tablesWithoutForcedRls(exec),
    tablesWithWrongPolicies(exec),
    roleViolations(exec),
    objectsOwnedByApiRole(exec),
    securityDefinerViolations(exec),
    foreignKeysWithoutTenant(exec),
    indexViolations(exec),
    viewsWithoutSecurityInvoker(exec),
  ]);
  return results.flat();
}
