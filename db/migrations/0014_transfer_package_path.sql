-- X4: the one narrow path for a log between municipalities. The sender writes its own tenant row
-- (transfer_package, under RLS like every tenant table). The receiving municipality never reads
-- the table: three SECURITY DEFINER functions, owned by stafett_ops and on
-- SECURITY_DEFINER_ALLOW_LIST, show and take ONLY packages addressed to the caller's own
-- municipality (app.municipality_id, set by withTenant), and audit each step in the sender's trail.
grant select, insert, update on transfer_package to stafett_api;
--> statement-breakpoint
grant select, insert, update, delete on transfer_package to stafett_ops;
--> statement-breakpoint
alter table "transfer_package" enable row level security;
--> statement-breakpoint
alter table "transfer_package" force row level security;
--> statement-breakpoint
create policy tenant_isolation on "transfer_package" as permissive for all to public
  using (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid))
  with check (municipality_id = (select nullif(current_setting('app.municipality_id', true), '')::uuid));
--> statement-breakpoint
-- What waits for the caller's municipality: who sends it and why, the child's name; no content.
create function app_incoming_transfer_packages()
returns table (
  id uuid,
  from_municipality_name text,
  child_name text,
  reason text,
  created_at timestamptz
)
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select p.id, m.name, p.child ->> 'name', p.reason, p.created_at
  from public.transfer_package p
  join public.municipality m on m.id = p.municipality_id
  where p.to_municipality_id = nullif(current_setting('app.municipality_id', true), '')::uuid
    and p.status = 'pending'
  order by p.created_at
$$;
--> statement-breakpoint
alter function app_incoming_transfer_packages() owner to stafett_ops;
--> statement-breakpoint
revoke all on function app_incoming_transfer_packages() from public;
--> statement-breakpoint
grant execute on function app_incoming_transfer_packages() to stafett_api;
--> statement-breakpoint
-- Takes a package addressed to the caller's municipality: marks it accepted, closes the sender's
-- log (the child has moved: a 'moving_away' archive obligation, L8), audits in the sender's trail,
-- and returns the content for the caller to create the new log in its own tenant, in the same
-- transaction (a failure there rolls all of this back). Nothing when it is not theirs or taken.
create function app_take_transfer_package(p_id uuid)
returns table (
  from_municipality_name text,
  reason text,
  child jsonb,
  guardians jsonb,
  content jsonb,
  consent_file bytea,
  consent_mime text,
  consent_filename text
)
language plpgsql
volatile
security definer
set search_path = public, pg_temp
as $$
#variable_conflict use_column
declare
  v_to uuid := nullif(current_setting('app.municipality_id', true), '')::uuid;
  v_to_name text;
  v_pkg public.transfer_package%rowtype;
begin
  update public.transfer_package p
     set status = 'accepted', decided_at = now(), version = p.version + 1
   where p.id = p_id and p.to_municipality_id = v_to and p.status = 'pending'
  returning p.* into v_pkg;
  if not found then
    return;
  end if;
  select m.name into v_to_name from public.municipality m where m.id = v_to;
  update public.log l
     set status = 'passive', closed_at = now(), close_reason = 'Overført til ' || v_to_name,
         version = l.version + 1
   where l.municipality_id = v_pkg.municipality_id and l.id = v_pkg.log_id and l.status = 'active';
  insert into public.archive_obligation (municipality_id, log_id, reason, due_on)
  values (v_pkg.municipality_id, v_pkg.log_id, 'moving_away', current_date + 14);
  insert into public.audit_event (municipality_id, actor_person_id, action, entity, entity_id, data)
  values (v_pkg.municipality_id, null, 'transfer_package.accepted', 'transfer_package', v_pkg.id,
          jsonb_build_object('toMunicipalityId', v_to, 'logId', v_pkg.log_id));
  return query
    select m.name, v_pkg.reason, v_pkg.child, v_pkg.guardians, v_pkg.content, v_pkg.consent_file,
           v_pkg.consent_mime, v_pkg.consent_filename
    from public.municipality m where m.id = v_pkg.municipality_id;
end
$$;
--> statement-breakpoint
alter function app_take_transfer_package(uuid) owner to stafett_ops;
--> statement-breakpoint
revoke all on function app_take_transfer_package(uuid) from public;
--> statement-breakpoint
grant execute on function app_take_transfer_package(uuid) to stafett_api;
--> statement-breakpoint
-- Declines a package addressed to the caller's municipality, with the reason, audited in the
-- sender's trail; the sender's log stays with its holder (X2). False when it is not theirs.
create function app_decline_transfer_package(p_id uuid, p_reason text)
returns boolean
language plpgsql
volatile
security definer
set search_path = public, pg_temp
as $$
declare
  v_to uuid := nullif(current_setting('app.municipality_id', true), '')::uuid;
  v_pkg public.transfer_package%rowtype;
begin
  update public.transfer_package p
     set status = 'declined', decline_reason = p_reason, decided_at = now(), version = p.version + 1
   where p.id = p_id and p.to_municipality_id = v_to and p.status = 'pending'
  returning p.* into v_pkg;
  if not found then
    return false;
  end if;
  insert into public.audit_event (municipality_id, actor_person_id, action, entity, entity_id, data)
  values (v_pkg.municipality_id, null, 'transfer_package.declined', 'transfer_package', v_pkg.id,
          jsonb_build_object('toMunicipalityId', v_to, 'reason', p_reason));
  return true;
end
$$;
--> statement-breakpoint
alter function app_decline_transfer_package(uuid, text) owner to stafett_ops;
--> statement-breakpoint
revoke all on function app_decline_transfer_package(uuid, text) from public;
--> statement-breakpoint
grant execute on function app_decline_transfer_package(uuid, text) to stafett_api;
