-- The platform operator's role. Roles are cluster-wide; these DO blocks are the same text as the
-- last two ROLE_BOOTSTRAP_STATEMENTS in src/roles.ts, which migrate() also runs on every start.
do $$
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
$$;
--> statement-breakpoint
do $$
begin
  if not pg_has_role(current_user, 'stafett_operator', 'member') then
    execute format('grant stafett_operator to %I', current_user);
  end if;
exception when duplicate_object or unique_violation then
  null;
end
$$;
--> statement-breakpoint
grant usage on schema public to stafett_operator;
