-- Deleting a passive, archived log (DOMAIN.md L6; docs/decisions.md "Closing, passive and deleted
-- logs"). The unit's leader deletes it through the API, under row-level security, in one
-- transaction: every row of personal content goes, an anonymous trace stays. Until now the API
-- role could only add to `stored_file`, `measure_event` and `evaluation` (history is added to,
-- never rewritten, C3). It gets DELETE on exactly those three tables and nothing more — no UPDATE,
-- nothing on `deleted_log_trace` beyond the INSERT it has, no SECURITY DEFINER function.
--
-- So that the grant cannot be used to rewrite the history of a log that still lives, a trigger
-- refuses, for the API role, deleting a measure event or an evaluation unless its log is passive
-- (the API then deletes the log in the same transaction). A stored file cannot be deleted while a
-- consent, a note attachment or an archive obligation points at it: the foreign keys refuse.
grant delete on stored_file, measure_event, evaluation to stafett_api;
--> statement-breakpoint
create function history_delete_only_when_passive() returns trigger
language plpgsql
as $$
declare
  log_status text;
begin
  if current_user <> 'stafett_api' then
    return old;
  end if;
  if tg_table_name = 'evaluation' then
    select l.status::text into log_status from log l
      where l.municipality_id = old.municipality_id and l.id = old.log_id;
  else
    select l.status::text into log_status from measure m
      join log l on l.municipality_id = m.municipality_id and l.id = m.log_id
      where m.municipality_id = old.municipality_id and m.id = old.measure_id;
  end if;
  if log_status is distinct from 'passive' then
    raise exception 'the history of a log that is not passive is never deleted (%)', tg_table_name
      using errcode = 'insufficient_privilege';
  end if;
  return old;
end;
$$;
--> statement-breakpoint
create trigger evaluation_delete_only_when_passive before delete on evaluation
  for each row execute function history_delete_only_when_passive();
--> statement-breakpoint
create trigger measure_event_delete_only_when_passive before delete on measure_event
  for each row execute function history_delete_only_when_passive();
