/**
 * The database roles. Roles are cluster-wide while migrations run per database, so they are
 * created idempotently here: `migrate()` runs these statements on every start, and custom
 * migrations carry the same text (0001 the first three, 0005 the operator's; a test checks that
 * each statement appears in a migration), so a database restored onto a server without the roles
 * gets them back.
 *
 * Creating a role can race with another database on the same server doing the same (parallel
 * test files): the loser's CREATE fails with a duplicate, which is what "already exists" means.
 */

/** The API's role: owns nothing, no BYPASSRLS, no superuser; every request runs as it. */
export const API_ROLE = 'stafett_api';
/** Seeds and maintenance only; BYPASSRLS, no superuser; owns the SECURITY DEFINER functions. */
export const OPS_ROLE = 'stafett_ops';
/**
 * The platform operator (the vendor): no BYPASSRLS, no superuser. Reads the municipality
 * directory, its own tables (platform_operator, operator_session), and may only INSERT (never
 * read) the first admin of a municipality it onboards. No privilege on any other tenant table.
 */
export const OPERATOR_ROLE = 'stafett_operator';

const createApiRole = `do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'stafett_api') then
    begin
      create role stafett_api nologin nosuperuser nobypassrls nocreatedb nocreaterole;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
  if exists (
    select 1 from pg_roles
    where rolname = 'stafett_api' and (rolsuper or rolbypassrls or rolcanlogin)
  ) then
    alter role stafett_api nologin nosuperuser nobypassrls;
  end if;
end
$$`;

const createOpsRole = `do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'stafett_ops') then
    begin
      create role stafett_ops nologin nosuperuser bypassrls nocreatedb nocreaterole;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
  if exists (
    select 1 from pg_roles
    where rolname = 'stafett_ops' and (rolsuper or not rolbypassrls or rolcanlogin)
  ) then
    alter role stafett_ops nologin nosuperuser bypassrls;
  end if;
end
$$`;

// The migrator (the connecting user) switches to these roles with SET LOCAL ROLE, so it must be
// a member. A superuser always is; pg_has_role says so and nothing is granted.
const grantMembership = `do $$
begin
  if not pg_has_role(current_user, 'stafett_api', 'member') then
    execute format('grant stafett_api to %I', current_user);
  end if;
  if not pg_has_role(current_user, 'stafett_ops', 'member') then
    execute format('grant stafett_ops to %I', current_user);
  end if;
exception when duplicate_object or unique_violation then
  null;
end
$$`;

// Added with the Organisation issue, in migration 0005_operator_role. Separate statements (the
// three above stay byte-for-byte what 0001 carries) so each statement appears in some migration.
const createOperatorRole = `do $$
begin
  if not exists (select 1 from pg_roles where rolname = 'stafett_operator') then
    begin
      create role stafett_operator nologin nosuperuser nobypassrls nocreatedb nocreaterole;
    exception when duplicate_object or unique_violation then
      null;
    end;
  end if;
  if exists (
    select 1 from pg_roles
    where rolname = 'stafett_operator' and (rolsuper or rolbypassrls or rolcanlogin)
  ) then
    alter role stafett_operator nologin nosuperuser nobypassrls;
  end if;
end
$$`;

const grantOperatorMembership = `do $$
begin
  if not pg_has_role(current_user, 'stafett_operator', 'member') then
    execute format('grant stafett_operator to %I', current_user);
  end if;
exception when duplicate_object or unique_violation then
  null;
end
$$`;

export const ROLE_BOOTSTRAP_STATEMENTS: readonly string[] = [
  createApiRole,
  createOpsRole,
  grantMembership,
  createOperatorRole,
  grantOperatorMembership,
];
