import { and, asc, eq, ne, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import { ageOn, validateNationalId, type LogSummary } from '@stafett/domain';
import { todayInNorway } from '../auth/current-actor';
import { notFound } from '../http/errors';
import { permit, type OrgContext } from '../org/org-context';

const l = schema.log;
const child = alias(schema.person, 'child');
const holder = alias(schema.person, 'holder');

/** The outer log row inside a subquery, qualified whatever drizzle does with the columns. */
const outer = (column: 'municipality_id' | 'id' | 'child_person_id') =>
  sql.raw(`"log"."${column}"`);

const latestConsent = sql<string | null>`(
  select c.valid_until::text from consent c
  where c.municipality_id = ${outer('municipality_id')} and c.log_id = ${outer('id')}
  order by c.recorded_at desc limit 1
)`;

function summaries(ctx: OrgContext, where: SQL, role: SQL<string>) {
  return ctx.tx
    .select({
      id: l.id,
      level: l.level,
      status: l.status,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
      child: { id: child.id, name: child.name, nationalId: child.nationalId },
      holder: { id: holder.id, name: holder.name },
      unit: { id: schema.unit.id, name: schema.unit.name },
      consentValidUntil: latestConsent,
      role,
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
    .innerJoin(
      schema.unit,
      and(eq(schema.unit.municipalityId, l.municipalityId), eq(schema.unit.id, l.unitId)),
    )
    .where(and(eq(l.municipalityId, ctx.municipalityId), ne(l.status, 'deleted'), where))
    .orderBy(asc(l.status), asc(child.name));
}

function toSummary(row: Awaited<ReturnType<typeof summaries>>[number]): LogSummary {
  const id = validateNationalId(row.child.nationalId, { allowSynthetic: true });
  const birthDate = id.ok ? id.birthDate : '';
  return {
    id: row.id,
    child: {
      id: row.child.id,
      name: row.child.name,
      birthDate,
      age: birthDate ? ageOn(birthDate, todayInNorway()) : 0,
    },
    unit: row.unit,
    holder: row.holder,
    level: row.level as 1 | 2 | 3,
    status: row.status,
    openedAt: row.openedAt.toISOString(),
    closedAt: row.closedAt ? row.closedAt.toISOString() : null,
    consentValidUntil: row.consentValidUntil,
    role: row.role as LogSummary['role'],
  };
}

/**
 * "My logs": the logs the person holds, acts in, has been granted, or — as a guardian or the
 * youth — their family's (C8). Passive logs stay in the list (L6).
 */
export async function listMyLogs(ctx: OrgContext): Promise<LogSummary[]> {
  const me = ctx.actor.personId;
  const isActor = sql`exists (select 1 from measure m where m.municipality_id = ${outer('municipality_id')}
    and m.log_id = ${outer('id')} and m.actor_person_id = ${me} and m.status <> 'wrongly_registered')`;
  const isReader = sql`exists (select 1 from access_grant g where g.municipality_id = ${outer('municipality_id')}
    and g.log_id = ${outer('id')} and g.person_id = ${me} and g.revoked_at is null)`;
  const isGuardian = sql`exists (select 1 from guardianship gs where gs.municipality_id = ${outer('municipality_id')}
    and gs.child_person_id = ${outer('child_person_id')} and gs.guardian_person_id = ${me})`;
  const isYouth = ctx.actor.youth ? sql`${l.childPersonId} = ${me}` : sql`false`;
  const role = sql<string>`case
    when ${l.holderPersonId} = ${me} then 'holder'
    when ${isGuardian} then 'guardian'
    when ${isYouth} then 'youth'
    when ${isActor} then 'actor'
    else 'reader' end`;
  const rows = await summaries(
    ctx,
    sql`(${l.holderPersonId} = ${me} or ${isGuardian} or ${isYouth} or ${isActor} or ${isReader})`,
    role,
  );
  return rows.map(toSummary);
}

/** The unit leader's view of the unit's logs: metadata only, never content (C8, X3). */
export async function listUnitLogs(ctx: OrgContext, unitId: string): Promise<LogSummary[]> {
  const [unit] = await ctx.tx
    .select({ id: schema.unit.id, districtId: schema.unit.districtId })
    .from(schema.unit)
    .where(and(eq(schema.unit.municipalityId, ctx.municipalityId), eq(schema.unit.id, unitId)));
  if (!unit) throw notFound('Vi finner ikke enheten.');
  permit(ctx, 'log:list_unit', { kind: 'unit', id: unit.id, districtId: unit.districtId });
  const rows = await summaries(ctx, eq(l.unitId, unit.id), sql<string>`'unit_leader'`);
  return rows.map(toSummary);
}
