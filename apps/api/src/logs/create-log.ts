import { and, eq, ne, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import {
  ageOn,
  guardiansRequired,
  settingsWithDefaults,
  validateNationalId,
  type LogCreate,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { postgresFileStore } from '../files/store';
import { AppError, conflict, notFound } from '../http/errors';
import { isUniqueViolation } from '../org/db-errors';
import { findOrCreatePerson } from '../org/find-or-create-person';
import { permit, type OrgContext } from '../org/org-context';
import { findOwnMunicipality } from '../settings/find-municipality';
import { notifyGuardiansOfNewLog } from './log-notices';

export const ACTIVE_LOG_EXISTS =
  'Barnet har allerede en aktiv stafettlogg. Et barn har bare én om gangen: be om tilgang til den, eller få den overført.';

const invalid = (field: string, message: string) =>
  new AppError('validation', message, [{ field, message }]);

export interface ConsentDocument {
  bytes: Uint8Array;
  mime: string;
  filename: string;
}

/**
 * A holder creates a log with the family (L1–L3): the child and guardians are found or created,
 * the consent document stored and recorded, the guardians e-mailed, all in one transaction. With
 * `reopensLogId` the child's earlier, passive log becomes active again under this holder and the
 * new consent (L4).
 */
export async function createLog(
  ctx: OrgContext,
  input: LogCreate,
  document: ConsentDocument,
): Promise<{ id: string; reopened: boolean }> {
  const m = ctx.municipalityId;
  const [unit] = await ctx.tx
    .select({ id: schema.unit.id, districtId: schema.unit.districtId })
    .from(schema.unit)
    .where(and(eq(schema.unit.municipalityId, m), eq(schema.unit.id, input.unitId)));
  if (!unit) throw notFound('Vi finner ikke enheten.');
  permit(ctx, 'log:create', { kind: 'unit', id: unit.id, districtId: unit.districtId });

  const childId = validateNationalId(input.child.nationalId, {
    allowSynthetic: ctx.allowSyntheticIds,
  });
  if (!childId.ok) {
    throw invalid(
      'child.nationalId',
      'Barnets fødselsnummer er ikke gyldig. Sjekk alle 11 sifrene.',
    );
  }
  const today = todayInNorway();
  const age = ageOn(childId.birthDate, today);
  const { consentAge } = settingsWithDefaults((await findOwnMunicipality(ctx)).settings);
  if (guardiansRequired(age, consentAge) && input.guardians.length === 0) {
    throw invalid(
      'guardians',
      `Barn under ${consentAge} år må ha minst én foresatt i loggen. Legg til foresatte.`,
    );
  }
  if (input.consent.byYouth && age < consentAge) {
    throw invalid(
      'consent.byYouth',
      `Ungdommen kan samtykke selv fra ${consentAge} år. Her må de foresatte samtykke.`,
    );
  }
  if (input.consent.validUntil < today) {
    throw invalid('consent.validUntil', 'Samtykket er allerede utløpt. Sjekk datoen.');
  }

  const child = await findOrCreatePerson(ctx, input.child);
  const guardians = [];
  for (const g of input.guardians) {
    const guardian = await findOrCreatePerson(ctx, g);
    if (guardian.id === child.id)
      throw invalid('guardians', 'Barnet kan ikke være sin egen foresatte.');
    await ctx.tx
      .insert(schema.guardianship)
      .values({ municipalityId: m, guardianPersonId: guardian.id, childPersonId: child.id })
      .onConflictDoNothing();
    guardians.push(guardian);
  }

  const logId = input.reopensLogId
    ? await reopen(ctx, input, child.id, unit.id)
    : await insertLog(ctx, input, child.id, unit.id);

  const file = await postgresFileStore.put(ctx.tx, {
    municipalityId: m,
    filename: document.filename,
    mime: document.mime,
    bytes: document.bytes,
    uploadedBy: ctx.actor.personId,
  });
  const [consent] = await ctx.tx
    .insert(schema.consent)
    .values({
      municipalityId: m,
      logId,
      fileId: file.id,
      consentedBy: input.consent.consentedBy,
      byYouth: input.consent.byYouth,
      consentedOn: input.consent.consentedOn,
      validUntil: input.consent.validUntil,
      services: input.consent.services,
      recordedBy: ctx.actor.personId,
    })
    .returning({ id: schema.consent.id });

  await recordAudit(ctx.tx, {
    municipalityId: m,
    actorPersonId: ctx.actor.personId,
    action: input.reopensLogId ? 'log.reopened' : 'log.created',
    entity: 'log',
    entityId: logId,
    data: {
      unitId: unit.id,
      childPersonId: child.id,
      guardianPersonIds: guardians.map((g) => g.id),
      level: input.level,
      consentId: consent?.id,
      consentFile: { mime: document.mime, bytes: document.bytes.byteLength, sha256: file.sha256 },
    },
  });
  await notifyGuardiansOfNewLog(ctx, { logId, childName: child.name, guardians });
  return { id: logId, reopened: Boolean(input.reopensLogId) };
}

async function insertLog(ctx: OrgContext, input: LogCreate, childId: string, unitId: string) {
  try {
    const [row] = await ctx.tx
      .insert(schema.log)
      .values({
        municipalityId: ctx.municipalityId,
        childPersonId: childId,
        unitId,
        holderPersonId: ctx.actor.personId,
        level: input.level,
      })
      .returning({ id: schema.log.id });
    if (!row) throw new Error('insert log returned nothing');
    return row.id;
  } catch (err) {
    if (isUniqueViolation(err, 'log_one_active_per_child_key')) throw conflict(ACTIVE_LOG_EXISTS);
    throw err;
  }
}

/** L4: only a passive log of the same child can be reopened; its content comes back with it. */
async function reopen(ctx: OrgContext, input: LogCreate, childId: string, unitId: string) {
  const l = schema.log;
  const [earlier] = await ctx.tx
    .select({ id: l.id, status: l.status })
    .from(l)
    .where(
      and(
        eq(l.municipalityId, ctx.municipalityId),
        eq(l.id, input.reopensLogId as string),
        eq(l.childPersonId, childId),
        ne(l.status, 'deleted'),
      ),
    );
  if (!earlier) {
    throw invalid('reopensLogId', 'Den tidligere loggen finnes ikke for dette barnet.');
  }
  if (earlier.status === 'active') throw conflict(ACTIVE_LOG_EXISTS);
  try {
    await ctx.tx
      .update(l)
      .set({
        status: 'active',
        unitId,
        holderPersonId: ctx.actor.personId,
        level: input.level,
        closedAt: null,
        closeReason: null,
        lastActivityAt: sql`now()`,
        version: sql`${l.version} + 1`,
      })
      .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, earlier.id)));
  } catch (err) {
    if (isUniqueViolation(err, 'log_one_active_per_child_key')) throw conflict(ACTIVE_LOG_EXISTS);
    throw err;
  }
  return earlier.id;
}
