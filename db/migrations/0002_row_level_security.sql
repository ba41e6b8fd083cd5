-- Every tenant table: ENABLE and FORCE (FORCE so the owner is held too) and exactly one policy.
-- (select ...) is evaluated once per statement; nullif because an unset local setting reads ''.
alter table "district" enable row level security;
--> statement-breakpoint
alter table "district" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "district" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "unit" enable row level security;
--> statement-breakpoint
alter table "unit" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "unit" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "person" enable row level security;
--> statement-breakpoint
alter table "person" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "person" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "staff_membership" enable row level security;
--> statement-breakpoint
alter table "staff_membership" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "staff_membership" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "district_leader" enable row level security;
--> statement-breakpoint
alter table "district_leader" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "district_leader" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "municipality_admin" enable row level security;
--> statement-breakpoint
alter table "municipality_admin" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "municipality_admin" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "guardianship" enable row level security;
--> statement-breakpoint
alter table "guardianship" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "guardianship" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "session" enable row level security;
--> statement-breakpoint
alter table "session" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "session" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "audit_event" enable row level security;
--> statement-breakpoint
alter table "audit_event" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "audit_event" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
