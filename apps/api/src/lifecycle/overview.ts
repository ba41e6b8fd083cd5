import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import type { LogLifecycle, UnitLifecycle } from '@stafett/domain';
import { authorize } from '../auth/policy';
import { notFound } from '../http/errors';
import { loadLogFor } from '../logs/log-resource';
import { permit, type OrgContext } from '../org/org-context';

const iso = (d: Date | string | null) => (d === null ? null : new Date(d).toISOString());

/** Where one log stands (L6, L7) and what the person may do about it; metadata only. */
export async function logLifecycle(ctx: OrgContext, logId: string): Promise<LogLifecycle> {
  const log = await loadLogFor(ctx, logId, 'log:read_metadata');
  const l = schema.log;
  const child = alias(schema.person, 'child');
  const closer = alias(schema.person, 'closer');
  const [row] = await ctx.tx
    .select({
      closedAt: l.closedAt,
      closeReason: l.closeReason,
      childName: child.name,
      closerId: closer.id,
      closerName: closer.name,
    })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .leftJoin(closer, and(eq(closer.municipalityId, l.municipalityId), eq(closer.id, l.closedBy)))
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  if (!row) throw notFound();
  const d = schema.deletionRequest;
  const [latest] = await ctx.tx
    .select({ at: d.requestedAt, handledAt: d.handledAt, answer: d.answer })
    .from(d)
    .where(and(eq(d.municipalityId, ctx.municipalityId), eq(d.logId, logId)))
    .orderBy(desc(d.requestedAt))
    .limit(1);
  const request = latest && latest.handledAt === null ? latest : undefined;
  const answered = latest?.handledAt && latest.answer !== null ? latest : undefined;
  const { status } = log.resource;
  const may = (action: 'log:close' | 'log:withdraw_consent' | 'log:request_deletion') =>
    authorize(ctx.actor, action, log.resource);
  const leads = authorize(ctx.actor, 'log:reopen', log.resource);
  return {
    id: logId,
    status,
    childName: row.childName,
    closedAt: iso(row.closedAt),
    closeReason: row.closeReason,
    closedBy: row.closerId && row.closerName ? { id: row.closerId, name: row.closerName } : null,
    deletionRequestedAt: request ? iso(request.at) : null,
    deletionAnswer: answered
      ? { answer: answered.answer ?? '', at: iso(answered.handledAt ?? null) ?? '' }
      : null,
    may: {
      close: status === 'active' && may('log:close'),
      withdrawConsent: status === 'active' && may('log:withdraw_consent'),
      requestDeletion: !request && may('log:request_deletion'),
      reopen: status === 'passive' && leads,
      delete: status === 'passive' && leads,
    },
  };
}

/** The unit leader's page: passive logs (to reopen or delete) and open deletion requests. */
export async function unitLifecycle(ctx: OrgContext, unitId: string): Promise<UnitLifecycle> {
  const u = schema.unit;
  const [unit] = await ctx.tx
    .select({ id: u.id, districtId: u.districtId })
    .from(u)
    .where(and(eq(u.municipalityId, ctx.municipalityId), eq(u.id, unitId)));
  if (!unit) throw notFound('Vi finner ikke enheten.');
  permit(ctx, 'log:list_unit', { kind: 'unit', id: unit.id, districtId: unit.districtId });
  const m = ctx.municipalityId;
  const l = schema.log;
  const child = alias(schema.person, 'child');
  const holder = alias(schema.person, 'holder');
  const passive = await ctx.tx
    .select({
      id: l.id,
      childId: child.id,
      childName: child.name,
      holderId: holder.id,
      holderName: holder.name,
      closedAt: l.closedAt,
      closeReason: l.closeReason,
      openObligations: sql<number>`(select count(*) from archive_obligation o
        where o.municipality_id = ${l.municipalityId} and o.log_id = ${l.id} and o.done_at is null)::int`,
      archivedForDeletion: sql<boolean>`exists (select 1 from archive_obligation o
        where o.municipality_id = ${l.municipalityId} and o.log_id = ${l.id}
          and o.reason = 'before_deletion' and o.done_at is not null)`,
    })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .innerJoin(
      holder,
      and(eq(holder.municipalityId, l.municipalityId), eq(holder.id, l.holderPersonId)),
    )
    .where(and(eq(l.municipalityId, m), eq(l.unitId, unitId), eq(l.status, 'passive')))
    .orderBy(desc(l.closedAt));

  const d = schema.deletionRequest;
  const requester = alias(schema.person, 'requester');
  const requests = await ctx.tx
    .select({
      id: d.id,
      logId: l.id,
      status: l.status,
      childName: child.name,
      requesterId: requester.id,
      requesterName: requester.name,
      requestedAt: d.requestedAt,
    })
    .from(d)
    .innerJoin(l, and(eq(l.municipalityId, d.municipalityId), eq(l.id, d.logId)))
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .innerJoin(
      requester,
      and(eq(requester.municipalityId, d.municipalityId), eq(requester.id, d.requestedBy)),
    )
    .where(and(eq(d.municipalityId, m), eq(l.unitId, unitId), isNull(d.handledAt)))
    .orderBy(asc(d.requestedAt));

  const s = schema.staffMembership;
  const p = schema.person;
  const holders = await ctx.tx
    .select({ id: p.id, name: p.name })
    .from(s)
    .innerJoin(p, and(eq(p.municipalityId, s.municipalityId), eq(p.id, s.personId)))
    .where(
      and(eq(s.municipalityId, m), eq(s.unitId, unitId), eq(s.canHold, true), eq(s.active, true)),
    )
    .orderBy(asc(p.name));

  return {
    passive: passive.map((r) => ({
      id: r.id,
      child: { id: r.childId, name: r.childName },
      holder: { id: r.holderId, name: r.holderName },
      closedAt: iso(r.closedAt),
      closeReason: r.closeReason,
      openObligations: Number(r.openObligations),
      archivedForDeletion: Boolean(r.archivedForDeletion),
    })),
    requests: requests.map((r) => ({
      id: r.id,
      log: { id: r.logId, status: r.status, childName: r.childName },
      requestedBy: { id: r.requesterId, name: r.requesterName },
      requestedAt: iso(r.requestedAt) ?? '',
    })),
    holders,
  };
}
