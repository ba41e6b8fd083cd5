-- The two narrow paths that must cross tenants, as SECURITY DEFINER functions owned by
-- stafett_ops (BYPASSRLS, no superuser). Each is on SECURITY_DEFINER_ALLOW_LIST in
-- src/security-definer.ts, which the isolation suite compares with the catalogue.
-- A fixed search_path so nobody can shadow a table or operator through pg_temp or their own schema.

-- A request's session decides its tenant, so the session row must be found before any tenant is
-- set. Returns only what validation needs; the caller compares the secret hash in constant time.
create function app_session_lookup(p_id text)
returns table (
  municipality_id uuid,
  person_id uuid,
  secret_hash bytea,
  created_at timestamptz,
  last_seen_at timestamptz
)
language sql
stable
security definer
set search_path = public, pg_temp
as $$
  select s.municipality_id, s.person_id, s.secret_hash, s.created_at, s.last_seen_at
  from public.session s
  where s.id = p_id
$$;
--> statement-breakpoint
alter function app_session_lookup(text) owner to stafett_ops;
--> statement-breakpoint
revoke all on function app_session_lookup(text) from public;
--> statement-breakpoint
grant execute on function app_session_lookup(text) to stafett_api;
--> statement-breakpoint
-- ID-porten's front-channel logout names only its own session id (sid); the person may have
-- sessions in several municipalities under it. Ends them all and audits each in its tenant.
create function app_end_sessions_by_idp_sid(p_sid text)
returns integer
language sql
volatile
security definer
set search_path = public, pg_temp
as $$
  with ended as (
    delete from public.session s
    where s.idp_sid = p_sid and p_sid <> ''
    returning s.municipality_id, s.id, s.person_id
  ),
  audited as (
    insert into public.audit_event (municipality_id, actor_person_id, action, entity, data)
    select e.municipality_id, e.person_id, 'session.ended', 'session',
           jsonb_build_object('sessionId', e.id, 'reason', 'frontchannel-logout')
    from ended e
    returning 1
  )
  select count(*)::integer from audited
$$;
--> statement-breakpoint
alter function app_end_sessions_by_idp_sid(text) owner to stafett_ops;
--> statement-breakpoint
revoke all on function app_end_sessions_by_idp_sid(text) from public;
--> statement-breakpoint
grant execute on function app_end_sessions_by_idp_sid(text) to stafett_api;
