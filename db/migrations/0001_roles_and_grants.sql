-- Roles are cluster-wide; these DO blocks are the same text as ROLE_BOOTSTRAP_STATEMENTS in
-- src/roles.ts (a test keeps them equal), which migrate() also runs on every start.
do $$
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
$$;
--> statement-breakpoint
do $$
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
$$;
--> statement-breakpoint
do $$
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
$$;
--> statement-breakpoint
-- Nobody but the owner creates objects here (already PostgreSQL 15's default; stated, not assumed).
revoke create on schema public from public;
--> statement-breakpoint
grant usage on schema public to stafett_api, stafett_ops;
--> statement-breakpoint
-- The API's role: read the tenant registry, read and write tenant tables (row-level security
-- decides which rows), and only append to the audit trail.
grant select on municipality to stafett_api;
--> statement-breakpoint
grant select, insert, update, delete on
  district, unit, person, staff_membership, district_leader, municipality_admin, guardianship,
  session
  to stafett_api;
--> statement-breakpoint
grant select, insert on audit_event to stafett_api;
--> statement-breakpoint
-- Seeds, onboarding and maintenance.
grant select, insert, update, delete on
  municipality, district, unit, person, staff_membership, district_leader, municipality_admin,
  guardianship, session, audit_event
  to stafett_ops;
