import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import {
  defaultDeadline,
  levelAllows,
  measureTextEditable,
  settingsWithDefaults,
  type MeasureChange,
  type MeasureCreate,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, notFound } from '../http/errors';
import { isUniqueViolation } from '../org/db-errors';
import type { OrgContext } from '../org/org-context';
import { findOwnMunicipality } from '../settings/find-municipality';
import { ATTENTION_NOT_FOUND } from './attentions';
import type { LoadedLog } from './log-resource';
import { notifyActorOfMeasure } from './log-notices';
import { loadLogForChange, STALE, touchLog } from './log-write';

export const MEASURE_NOT_FOUND = 'Vi finner ikke tiltaket i denne loggen.';
export const ONE_ACTIVE_PER_ACTOR =
  'Aktøren har allerede et aktivt tiltak på denne oppmerksomheten. En aktør har ett aktivt tiltak om gangen: avslutt eller endre det først.';
export const TEXT_FIXED =
  'Teksten i et tiltak kan rettes i 8 timer etter at det ble skrevet. Nå er den låst: bruk «Endre tiltaket», så vises historikken.';

const invalid = (field: string, message: string) =>
  new AppError('validation', message, [{ field, message }]);

/**
 * The actor must be active staff who may act, in a unit the log's level lets take part (L1);
 * otherwise a 422 naming the rule.
 */
async function assertActor(ctx: OrgContext, log: LoadedLog, personId: string): Promise<string> {
  const s = schema.staffMembership;
  const memberships = await ctx.tx
    .select({ unitId: schema.unit.id, unitType: schema.unit.type, name: schema.person.name })
    .from(s)
    .innerJoin(
      schema.unit,
      and(eq(schema.unit.municipalityId, s.municipalityId), eq(schema.unit.id, s.unitId)),
    )
    .innerJoin(
      schema.person,
      and(eq(schema.person.municipalityId, s.municipalityId), eq(schema.person.id, s.personId)),
    )
    .where(
      and(
        eq(s.municipalityId, ctx.municipalityId),
        eq(s.personId, personId),
        eq(s.active, true),
        eq(s.canAct, true),
      ),
    );
  if (memberships.length === 0) {
    throw invalid('actorPersonId', 'Personen er ikke aktiv ansatt med aktørrolle i kommunen.');
  }
  if (!memberships.some((ms) => levelAllows(log.level, log.resource.unitId, ms))) {
    throw invalid(
      'actorPersonId',
      `Loggen er på nivå ${log.level}, og ${memberships[0]!.name} arbeider i en tjeneste som ikke kan delta på dette nivået. Endre nivå med familien først.`,
    );
  }
  return memberships[0]!.name;
}

async function personName(ctx: OrgContext, personId: string): Promise<string | null> {
  const [row] = await ctx.tx
    .select({ name: schema.person.name })
    .from(schema.person)
    .where(
      and(eq(schema.person.municipalityId, ctx.municipalityId), eq(schema.person.id, personId)),
    );
  return row?.name ?? null;
}

async function findAttention(ctx: OrgContext, logId: string, attentionId: string) {
  const a = schema.attention;
  const [row] = await ctx.tx
    .select({ id: a.id, ended: a.ended })
    .from(a)
    .where(
      and(eq(a.municipalityId, ctx.municipalityId), eq(a.logId, logId), eq(a.id, attentionId)),
    );
  if (!row) throw notFound(ATTENTION_NOT_FOUND);
  return row;
}

/** C2: one responsible party, the municipality's default deadline, the next step of the ladder. */
export async function createMeasure(
  ctx: OrgContext,
  logId: string,
  attentionId: string,
  input: MeasureCreate,
): Promise<{ id: string }> {
  const log = await loadLogForChange(ctx, logId);
  const attention = await findAttention(ctx, logId, attentionId);
  if (attention.ended)
    throw conflict('Oppmerksomheten er avsluttet. Nye tiltak hører til en aktiv oppmerksomhet.');
  if (input.replacesMeasureId) {
    const replaced = await findMeasure(ctx, logId, input.replacesMeasureId);
    if (replaced.attentionId !== attentionId) {
      throw invalid('replacesMeasureId', 'Tiltaket som endres hører til en annen oppmerksomhet.');
    }
  }
  const actorId = input.responsible === 'service' ? (input.actorPersonId ?? null) : null;
  if (actorId) await assertActor(ctx, log, actorId);
  const { evaluationPeriodDays } = settingsWithDefaults((await findOwnMunicipality(ctx)).settings);
  const deadline =
    input.deadline ?? defaultDeadline(input.startDate, input.practical, evaluationPeriodDays);
  const ms = schema.measure;
  let id: string;
  try {
    const [row] = await ctx.tx
      .insert(ms)
      .values({
        municipalityId: ctx.municipalityId,
        logId,
        attentionId,
        text: input.text,
        responsible: input.responsible,
        actorPersonId: actorId,
        startDate: input.startDate,
        deadline,
        step:
          input.step ??
          sql`(select coalesce(max(step), 0) + 1 from measure
            where municipality_id = ${ctx.municipalityId} and attention_id = ${attentionId})`,
        replacesMeasureId: input.replacesMeasureId ?? null,
        createdBy: ctx.actor.personId,
      })
      .returning({ id: ms.id });
    if (!row) throw new Error('insert measure returned nothing');
    id = row.id;
  } catch (err) {
    if (isUniqueViolation(err, 'measure_one_active_per_actor_key'))
      throw conflict(ONE_ACTIVE_PER_ACTOR);
    throw err;
  }
  await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'measure.created',
    entity: 'measure',
    entityId: id,
    data: { logId, attentionId, responsible: input.responsible, actorPersonId: actorId, deadline },
  });
  if (actorId) await notifyActorOfMeasure(ctx, { logId, actorPersonId: actorId, deadline });
  return { id };
}

async function findMeasure(ctx: OrgContext, logId: string, measureId: string) {
  const ms = schema.measure;
  const [row] = await ctx.tx
    .select()
    .from(ms)
    .where(
      and(eq(ms.municipalityId, ctx.municipalityId), eq(ms.logId, logId), eq(ms.id, measureId)),
    );
  if (!row) throw notFound(MEASURE_NOT_FOUND);
  return row;
}

async function recordEvent(
  ctx: OrgContext,
  measureId: string,
  kind: string,
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  reason: string | null,
) {
  await ctx.tx.insert(schema.measureEvent).values({
    municipalityId: ctx.municipalityId,
    measureId,
    kind,
    before,
    after,
    reason: reason || null,
    byPersonId: ctx.actor.personId,
  });
}

/** Applies a versioned change to a measure: 409 when someone else changed it first. */
async function applyChange(
  ctx: OrgContext,
  measureId: string,
  version: number,
  set: Partial<typeof schema.measure.$inferInsert>,
) {
  const ms = schema.measure;
  try {
    const [row] = await ctx.tx
      .update(ms)
      .set({ ...set, version: sql`${ms.version} + 1` })
      .where(
        and(
          eq(ms.municipalityId, ctx.municipalityId),
          eq(ms.id, measureId),
          eq(ms.version, version),
        ),
      )
      .returning({ id: ms.id, version: ms.version });
    if (!row) throw conflict(STALE);
    return row;
  } catch (err) {
    if (isUniqueViolation(err, 'measure_one_active_per_actor_key'))
      throw conflict(ONE_ACTIVE_PER_ACTOR);
    throw err;
  }
}

/** C2: the text can be corrected for 8 hours, then it is fixed. */
export async function correctMeasureText(
  ctx: OrgContext,
  logId: string,
  measureId: string,
  input: { text: string; version: number },
): Promise<{ id: string; version: number }> {
  await loadLogForChange(ctx, logId);
  const measure = await findMeasure(ctx, logId, measureId);
  if (measure.version !== input.version) throw conflict(STALE);
  if (!measureTextEditable(measure.createdAt, new Date())) throw conflict(TEXT_FIXED);
  const row = await applyChange(ctx, measureId, input.version, { text: input.text });
  await recordEvent(
    ctx,
    measureId,
    'text_corrected',
    { text: measure.text },
    { text: input.text },
    null,
  );
  await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'measure.text_corrected',
    entity: 'measure',
    entityId: measureId,
    data: { logId, before: { text: measure.text }, after: { text: input.text } },
  });
  return row;
}

/**
 * C3's first-class changes — extend the deadline, change the actor, mark wrongly registered, end —
 * each kept in the measure's history and the audit trail.
 */
export async function changeMeasure(
  ctx: OrgContext,
  logId: string,
  measureId: string,
  change: MeasureChange,
): Promise<{ id: string; version: number }> {
  const log = await loadLogForChange(ctx, logId);
  const measure = await findMeasure(ctx, logId, measureId);
  if (measure.version !== change.version) throw conflict(STALE);
  if (measure.status !== 'active') {
    throw conflict('Tiltaket er ikke aktivt lenger. Lag et nytt tiltak i stigen i stedet.');
  }
  let row: { id: string; version: number };
  let before: Record<string, unknown>;
  let after: Record<string, unknown>;
  switch (change.kind) {
    case 'extend_deadline':
      if (change.deadline < measure.startDate) {
        throw invalid('deadline', 'Evalueringsfristen kan ikke være før startdatoen.');
      }
      before = { deadline: measure.deadline };
      after = { deadline: change.deadline };
      row = await applyChange(ctx, measureId, change.version, { deadline: change.deadline });
      break;
    case 'change_actor':
      if (measure.responsible !== 'service') {
        throw invalid(
          'actorPersonId',
          'Bare tiltak i tjenesten har en aktør. Hjemmet og barnet har ingen.',
        );
      }
      // Names too, so everyone reading the history sees who, not an id (C3).
      after = {
        actorPersonId: change.actorPersonId,
        actorName: await assertActor(ctx, log, change.actorPersonId),
      };
      before = {
        actorPersonId: measure.actorPersonId,
        actorName: measure.actorPersonId ? await personName(ctx, measure.actorPersonId) : null,
      };
      row = await applyChange(ctx, measureId, change.version, {
        actorPersonId: change.actorPersonId,
      });
      await notifyActorOfMeasure(ctx, {
        logId,
        actorPersonId: change.actorPersonId,
        deadline: measure.deadline,
      });
      break;
    case 'wrongly_registered':
    case 'end': {
      const status = change.kind === 'end' ? 'ended' : 'wrongly_registered';
      before = { status: measure.status };
      after = { status };
      row = await applyChange(ctx, measureId, change.version, { status });
      break;
    }
  }
  await recordEvent(ctx, measureId, change.kind, before, after, change.reason);
  await touchLog(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: `measure.${change.kind}`,
    entity: 'measure',
    entityId: measureId,
    data: { logId, before, after, reason: change.reason || null },
  });
  return row;
}
