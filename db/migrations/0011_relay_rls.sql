-- The relay's tables (issue 6) under row-level security like every tenant table. The API reads and
-- writes transfers, obligations and requests; a deleted log's trace is only ever added to.
grant select, insert, update, delete on transfer, archive_obligation, deletion_request to stafett_api;
--> statement-breakpoint
grant select, insert on deleted_log_trace to stafett_api;
--> statement-breakpoint
grant select, insert, update, delete on transfer, archive_obligation, deletion_request, deleted_log_trace to stafett_ops;
--> statement-breakpoint
alter table "transfer" enable row level security;
--> statement-breakpoint
alter table "transfer" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "transfer" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "archive_obligation" enable row level security;
--> statement-breakpoint
alter table "archive_obligation" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "archive_obligation" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "deletion_request" enable row level security;
--> statement-breakpoint
alter table "deletion_request" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "deletion_request" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "deleted_log_trace" enable row level security;
--> statement-breakpoint
alter table "deleted_log_trace" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "deleted_log_trace" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
