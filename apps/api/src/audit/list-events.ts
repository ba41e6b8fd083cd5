import { and, asc, desc, eq, gte, lte, sql, type SQL } from 'drizzle-orm';
import { schema } from '@stafett/db';
import {
  AUDIT_PAGE_DEFAULT,
  decodeAuditCursor,
  encodeAuditCursor,
  redactAuditData,
  type AuditEventPage,
  type AuditEventQuery,
} from '@stafett/domain';
import type { MunicipalityContext } from '../settings/as-admin';

const ae = schema.auditEvent;

/**
 * The municipality's audit trail, newest first, paged by a cursor on (at desc, id) — the order of
 * audit_event_list_idx. The cursor keeps `at` to the microsecond, so events in the same
 * millisecond are neither skipped nor repeated. RLS keeps every other municipality out; the
 * explicit municipality filter is what the index leads with.
 */
export async function listAuditEvents(
  ctx: MunicipalityContext,
  query: AuditEventQuery,
): Promise<AuditEventPage> {
  const limit = query.limit ?? AUDIT_PAGE_DEFAULT;
  const where: (SQL | undefined)[] = [eq(ae.municipalityId, ctx.municipalityId)];
  if (query.action) where.push(eq(ae.action, query.action));
  if (query.actorPersonId) where.push(eq(ae.actorPersonId, query.actorPersonId));
  if (query.from) where.push(gte(ae.at, new Date(query.from)));
  if (query.to) where.push(lte(ae.at, new Date(query.to)));
  const cursor = query.cursor ? decodeAuditCursor(query.cursor) : null;
  if (cursor) {
    where.push(
      sql`(${ae.at} < ${cursor.at}::timestamptz or (${ae.at} = ${cursor.at}::timestamptz and ${ae.id} > ${cursor.id}::uuid))`,
    );
  }
  const rows = await ctx.tx
    .select({
      id: ae.id,
      at: ae.at,
      atExact: sql<string>`to_char(${ae.at} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`,
      action: ae.action,
      entity: ae.entity,
      entityId: ae.entityId,
      data: ae.data,
      actorId: ae.actorPersonId,
      actorName: schema.person.name,
    })
    .from(ae)
    .leftJoin(
      schema.person,
      and(
        eq(schema.person.municipalityId, ae.municipalityId),
        eq(schema.person.id, ae.actorPersonId),
      ),
    )
    .where(and(...where))
    .orderBy(desc(ae.at), asc(ae.id))
    .limit(limit + 1);

  const page = rows.slice(0, limit);
  const last = page[page.length - 1];
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.at.toISOString(),
      action: r.action,
      entity: r.entity,
      entityId: r.entityId,
      actor: r.actorId ? { id: r.actorId, name: r.actorName } : null,
      data: redactAuditData(r.data) as Record<string, unknown>,
    })),
    nextCursor:
      rows.length > limit && last ? encodeAuditCursor({ at: last.atExact, id: last.id }) : null,
  };
}
