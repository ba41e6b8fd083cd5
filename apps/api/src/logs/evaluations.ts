import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { EvaluationCreate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict, notFound } from '../http/errors';
import { isUniqueViolation } from '../org/db-errors';
import type { OrgContext } from '../org/org-context';
import { loadLogForChange, touchLog } from './log-write';
import { MEASURE_NOT_FOUND } from './measures';

export const ALREADY_EVALUATED =
  'Tiltaket er allerede evaluert. Et tiltak evalueres én gang: lag et nytt tiltak i stigen for å prøve igjen.';

/**
 * C3: once per measure — outcome, comment, the family's view — then continue, change or end. To
 * end or change closes this measure; a changed measure is written as a new step that names it.
 */
export async function evaluateMeasure(
  ctx: OrgContext,
  logId: string,
  measureId: string,
  input: EvaluationCreate,
): Promise<{ id: string }> {
  await loadLogForChange(ctx, logId);
  const ms = schema.measure;
  const [measure] = await ctx.tx
    .select({ id: ms.id, status: ms.status })
    .from(ms)
    .where(
      and(eq(ms.municipalityId, ctx.municipalityId), eq(ms.logId, logId), eq(ms.id, measureId)),
    );
  if (!measure) throw notFound(MEASURE_NOT_FOUND);
  if (measure.status === 'wrongly_registered') {
    throw conflict('Tiltaket er markert som feilregistrert og kan ikke evalueres.');
  }
  if (input.meetingId) {
    const mt = schema.meeting;
    const [meeting] = await ctx.tx
      .select({ id: mt.id })
      .from(mt)
      .where(
        and(
          eq(mt.municipalityId, ctx.municipalityId),
          eq(mt.logId, logId),
          eq(mt.id, input.meetingId),
        ),
      );
    if (!meeting) throw notFound('Vi finner ikke møtet i denne loggen.');
  }
  let id: string;
  try {
    const [row] = await ctx.tx
      .insert(schema.evaluation)
      .values({
        municipalityId: ctx.municipalityId,
        logId,
        measureId,
        outcome: input.outcome,
        comment: input.comment,
        familyView: input.familyView,
        decision: input.decision,
        meetingId: input.meetingId ?? null,
        evaluatedBy: ctx.actor.personId,
      })
      .returning({ id: schema.evaluation.id });
    if (!row) throw new Error('insert evaluation returned nothing');
    id = row.id;
  } catch (err) {
    if (isUniqueViolation(err, 'evaluation_once_per_measure_key'))
      throw conflict(ALREADY_EVALUATED);
    throw err;
  }
  if (input.decision !== 'continue' && measure.status === 'active') {
    await ctx.tx
      .update(ms)
      .set({ status: 'ended', version: sql`${ms.version} + 1` })
      .where(and(eq(ms.municipalityId, ctx.municipalityId), eq(ms.id, measureId)));
  }
  await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'measure.evaluated',
    entity: 'measure',
    entityId: measureId,
    data: { logId, evaluationId: id, outcome: input.outcome, decision: input.decision },
  });
  return { id };
}
