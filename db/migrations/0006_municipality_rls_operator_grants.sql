-- The municipality registry gets row-level security of its own. It has no municipality_id
-- column (its id IS the tenant), so the isolation suite's tenant checks do not cover it;
-- test/municipality.test.ts tests these policies directly.
alter table "municipality" enable row level security;
--> statement-breakpoint
alter table "municipality" force row level security;
--> statement-breakpoint
-- The public directory: every sign-in page reads it, and it resolves the tenant.
create policy municipality_read on "municipality" as permissive for select to public
  using (true);
--> statement-breakpoint
-- A municipality admin changes only their own municipality's settings (through the API role).
create policy municipality_update_own on "municipality" as permissive for update to public
  using (id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
-- The platform operator onboards municipalities.
create policy municipality_onboard on "municipality" as permissive for insert to stafett_operator
  with check (true);
--> statement-breakpoint
-- Settings, branding and logo only: slug, name and id stay the operator's (and ops') business.
grant update (written_standard, branding, logo, logo_mime, settings, version)
  on municipality to stafett_api;
--> statement-breakpoint
-- The platform operator: the directory, its own tables, and onboarding's first admin. INSERT
-- only on the tenant tables (no SELECT, so not even RETURNING): it can create a municipality's
-- first admin but never read a person, a staff list, a child or a log. No other tenant table.
grant select, insert on municipality to stafett_operator;
--> statement-breakpoint
grant select on platform_operator to stafett_operator;
--> statement-breakpoint
grant select, insert, update, delete on operator_session to stafett_operator;
--> statement-breakpoint
grant insert on person, municipality_admin, audit_event to stafett_operator;
--> statement-breakpoint
-- Seeds and maintenance (stafett_api gets nothing on the operator's tables).
grant select, insert, update, delete on platform_operator, operator_session to stafett_ops;
