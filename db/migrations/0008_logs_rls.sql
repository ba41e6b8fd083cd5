-- The log's tables (issue 4): the API reads and writes them under row-level security, stafett_ops
-- maintains them, stafett_operator has nothing. measure_event and evaluation are history: the
-- API may only append to them, like audit_event.
grant select, insert, update, delete on
  log, consent, attention, measure, bright_spot, note, note_attachment, meeting, meeting_participant, meeting_attention, access_grant, mail_outbox
  to stafett_api;
--> statement-breakpoint
-- Files are written once; deleting one is the relay issue's job (L6), through stafett_ops.
grant select, insert on stored_file, measure_event, evaluation to stafett_api;
--> statement-breakpoint
grant select, insert, update, delete on
  stored_file, log, consent, attention, measure, measure_event, evaluation, bright_spot, note, note_attachment, meeting, meeting_participant, meeting_attention, access_grant, mail_outbox
  to stafett_ops;
--> statement-breakpoint
alter table "stored_file" enable row level security;
--> statement-breakpoint
alter table "stored_file" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "stored_file" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "log" enable row level security;
--> statement-breakpoint
alter table "log" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "log" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "consent" enable row level security;
--> statement-breakpoint
alter table "consent" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "consent" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "attention" enable row level security;
--> statement-breakpoint
alter table "attention" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "attention" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "measure" enable row level security;
--> statement-breakpoint
alter table "measure" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "measure" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "measure_event" enable row level security;
--> statement-breakpoint
alter table "measure_event" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "measure_event" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "evaluation" enable row level security;
--> statement-breakpoint
alter table "evaluation" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "evaluation" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "bright_spot" enable row level security;
--> statement-breakpoint
alter table "bright_spot" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "bright_spot" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "note" enable row level security;
--> statement-breakpoint
alter table "note" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "note" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "note_attachment" enable row level security;
--> statement-breakpoint
alter table "note_attachment" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "note_attachment" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "meeting" enable row level security;
--> statement-breakpoint
alter table "meeting" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "meeting" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "meeting_participant" enable row level security;
--> statement-breakpoint
alter table "meeting_participant" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "meeting_participant" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "meeting_attention" enable row level security;
--> statement-breakpoint
alter table "meeting_attention" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "meeting_attention" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "access_grant" enable row level security;
--> statement-breakpoint
alter table "access_grant" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "access_grant" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
alter table "mail_outbox" enable row level security;
--> statement-breakpoint
alter table "mail_outbox" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "mail_outbox" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
