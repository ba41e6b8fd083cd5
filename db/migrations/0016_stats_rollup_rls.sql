-- The dashboards' rollup (issue 5) under row-level security like every tenant table. The API's
-- refresh job replaces a municipality's rows inside its own tenant transaction, so it needs
-- delete and insert; the dashboards only read.
grant select, insert, update, delete on stats_unit_month, stats_district_month, stats_unit_now, stats_district_now, stats_refresh to stafett_api;
--> statement-breakpoint
grant select, insert, update, delete on stats_unit_month, stats_district_month, stats_unit_now, stats_district_now, stats_refresh to stafett_ops;
--> statement-breakpoint
alter table "stats_unit_month" enable row level security;
--> statement-breakpoint
alter table "stats_unit_month" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "stats_unit_month" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "stats_district_month" enable row level security;
--> statement-breakpoint
alter table "stats_district_month" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "stats_district_month" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "stats_unit_now" enable row level security;
--> statement-breakpoint
alter table "stats_unit_now" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "stats_unit_now" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "stats_district_now" enable row level security;
--> statement-breakpoint
alter table "stats_district_now" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "stats_district_now" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "stats_refresh" enable row level security;
--> statement-breakpoint
alter table "stats_refresh" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "stats_refresh" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
