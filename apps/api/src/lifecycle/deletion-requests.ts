import { and, eq, isNull, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { DeletionAnswer } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, notFound } from '../http/errors';
import { loadLogFor } from '../logs/log-resource';
import type { OrgContext } from '../org/org-context';
import { notifyLeadersOfDeletionRequest } from './lifecycle-notices';

export const REQUEST_OPEN =
  'Dere har allerede bedt om sletting av denne loggen. Enhetslederen svarer på forespørselen.';
const REQUEST_NOT_FOUND = 'Vi finner ikke forespørselen om sletting.';

/** A guardian or the youth demands that the log be deleted (L7); it lands with the unit leader. */
export async function requestDeletion(ctx: OrgContext, logId: string) {
  const log = await loadLogFor(ctx, logId, 'log:request_deletion');
  const d = schema.deletionRequest;
  const [open] = await ctx.tx
    .select({ id: d.id })
    .from(d)
    .where(and(eq(d.municipalityId, ctx.municipalityId), eq(d.logId, logId), isNull(d.handledAt)));
  if (open) throw conflict(REQUEST_OPEN);
  const [row] = await ctx.tx
    .insert(d)
    .values({ municipalityId: ctx.municipalityId, logId, requestedBy: ctx.actor.personId })
    .returning({ id: d.id });
  if (!row) throw new Error('insert deletion_request returned nothing');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'log.deletion_requested',
    entity: 'deletion_request',
    entityId: row.id,
    data: { logId, by: log.access.kind === 'family' ? log.access.as : null },
  });
  await notifyLeadersOfDeletionRequest(ctx, {
    unitId: log.resource.unitId,
    childPersonId: log.resource.childPersonId,
  });
  return { id: row.id };
}

/** The unit leader records an answer to a deletion request: deleted, or refused and why. */
export async function answerDeletionRequest(
  ctx: OrgContext,
  requestId: string,
  input: DeletionAnswer,
) {
  const d = schema.deletionRequest;
  const [request] = await ctx.tx
    .select({ id: d.id, logId: d.logId, handledAt: d.handledAt })
    .from(d)
    .where(and(eq(d.municipalityId, ctx.municipalityId), eq(d.id, requestId)));
  if (!request) throw notFound(REQUEST_NOT_FOUND);
  // Only the log's unit leader acts on it; to anyone else it does not exist.
  const log = await loadLogFor(ctx, request.logId, 'log:delete').catch((err: unknown) => {
    throw err instanceof AppError && err.kind === 'not_found' ? notFound(REQUEST_NOT_FOUND) : err;
  });
  if (request.handledAt) throw conflict('Forespørselen er allerede besvart.');
  await ctx.tx
    .update(d)
    .set({ handledBy: ctx.actor.personId, handledAt: sql`now()`, answer: input.answer })
    .where(and(eq(d.municipalityId, ctx.municipalityId), eq(d.id, requestId)));
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'deletion_request.answered',
    entity: 'deletion_request',
    entityId: requestId,
    data: { logId: log.resource.id, answer: input.answer },
  });
  return { id: requestId };
}
