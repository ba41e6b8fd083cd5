import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { Action } from '../auth/policy';
import { conflict } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { loadLogFor, type LoadedLog } from './log-resource';

export const LOG_NOT_ACTIVE =
  'Loggen er ikke aktiv og kan bare leses. Enhetslederen kan gjenåpne den med nytt samtykke.';
export const STALE =
  'Noen andre har endret dette siden du åpnet siden. Se den lagrede teksten og velg hva som skal gjelde.';

/** A change to a log: the action must be allowed and the log active (L6: passive is read-only). */
export async function loadLogForChange(
  ctx: OrgContext,
  logId: string,
  action: Action = 'log:write',
): Promise<LoadedLog> {
  const log = await loadLogFor(ctx, logId, action);
  if (log.resource.status !== 'active') throw conflict(LOG_NOT_ACTIVE);
  return log;
}

/** Every change of content counts as activity (S3: logs with no activity for 60 days). */
export async function touchLog(ctx: OrgContext, logId: string): Promise<void> {
  await ctx.tx
    .update(schema.log)
    .set({ lastActivityAt: sql`now()` })
    .where(and(eq(schema.log.municipalityId, ctx.municipalityId), eq(schema.log.id, logId)));
}
