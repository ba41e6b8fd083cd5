import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { LogStatus } from '@stafett/domain';
import { logAccess, type LogAccess, type LogResource } from '../auth/policy';
import { notFound } from '../http/errors';
import { permit, type OrgContext } from '../org/org-context';
import type { Action } from '../auth/policy';

export const LOG_NOT_FOUND = 'Vi finner ikke stafettloggen.';

export interface LoadedLog {
  resource: LogResource;
  access: LogAccess;
  level: 1 | 2 | 3;
  version: number;
}

/**
 * The log and the signed-in person's place in it, in one query: the policy decides on these
 * facts (C8). A log the person has no access to is 404, exactly like an id that does not exist.
 */
/** The outer log row inside a subquery; drizzle leaves columns unqualified in one-table selects. */
const outer = (column: 'municipality_id' | 'id') => sql.raw(`"log"."${column}"`);

export async function loadLog(ctx: OrgContext, logId: string): Promise<LoadedLog> {
  const me = ctx.actor.personId;
  const l = schema.log;
  const [row] = await ctx.tx
    .select({
      id: l.id,
      unitId: l.unitId,
      holderPersonId: l.holderPersonId,
      childPersonId: l.childPersonId,
      status: l.status,
      level: l.level,
      version: l.version,
      actorAttentionIds: sql<string[]>`coalesce((
        select array_agg(distinct m.attention_id) from measure m
        where m.municipality_id = ${outer('municipality_id')} and m.log_id = ${outer('id')}
          and m.actor_person_id = ${me} and m.status <> 'wrongly_registered'
      ), '{}')`,
      grants: sql<{ attentionIds: string[]; mentor: boolean }[]>`coalesce((
        select json_agg(json_build_object('attentionIds', g.attention_ids, 'mentor', g.mentor))
        from access_grant g
        where g.municipality_id = ${outer('municipality_id')} and g.log_id = ${outer('id')}
          and g.person_id = ${me} and g.revoked_at is null
      ), '[]')`,
    })
    .from(l)
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  if (!row) throw notFound(LOG_NOT_FOUND);
  const resource: LogResource = {
    kind: 'log',
    id: row.id,
    unitId: row.unitId,
    holderPersonId: row.holderPersonId,
    childPersonId: row.childPersonId,
    status: row.status as LogStatus,
    actorAttentionIds: parseUuidArray(row.actorAttentionIds),
    grants: typeof row.grants === 'string' ? JSON.parse(row.grants) : row.grants,
  };
  return {
    resource,
    access: logAccess(ctx.actor, resource),
    level: row.level as 1 | 2 | 3,
    version: row.version,
  };
}

/** postgres.js and PGlite both parse uuid[]; a raw '{a,b}' string is handled for safety. */
function parseUuidArray(value: string[] | string): string[] {
  if (Array.isArray(value)) return value;
  return value
    .replace(/^\{|\}$/g, '')
    .split(',')
    .filter(Boolean);
}

/** Loads the log and throws unless the action is allowed: 404 if hidden, 403 otherwise. */
export async function loadLogFor(
  ctx: OrgContext,
  logId: string,
  action: Action,
): Promise<LoadedLog> {
  const log = await loadLog(ctx, logId);
  permit(ctx, action, log.resource as never, LOG_NOT_FOUND);
  return log;
}
