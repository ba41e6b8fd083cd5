import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { ageOn, settingsWithDefaults, validateNationalId, type LogReopen } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { postgresFileStore } from '../files/store';
import { AppError, conflict } from '../http/errors';
import { ACTIVE_LOG_EXISTS, type ConsentDocument } from '../logs/create-log';
import { loadLogFor } from '../logs/log-resource';
import { isUniqueViolation } from '../org/db-errors';
import type { OrgContext } from '../org/org-context';
import { findOwnMunicipality } from '../settings/find-municipality';

export const ONLY_PASSIVE_REOPENS = 'Bare en passiv logg kan gjenåpnes. Denne loggen er aktiv.';

const invalid = (field: string, message: string) =>
  new AppError('validation', message, [{ field, message }]);

/** Whether the person is active staff of the unit who may hold a log there (T5). */
async function mayHoldIn(ctx: OrgContext, unitId: string, personId: string): Promise<boolean> {
  const s = schema.staffMembership;
  const [row] = await ctx.tx
    .select({ id: s.id })
    .from(s)
    .where(
      and(
        eq(s.municipalityId, ctx.municipalityId),
        eq(s.unitId, unitId),
        eq(s.personId, personId),
        eq(s.canHold, true),
        eq(s.active, true),
      ),
    );
  return Boolean(row);
}

/** L2: the youth consents themself only from the municipality's consent age. */
async function youthMayConsent(ctx: OrgContext, childPersonId: string): Promise<boolean> {
  const p = schema.person;
  const [child] = await ctx.tx
    .select({ nationalId: p.nationalId })
    .from(p)
    .where(and(eq(p.municipalityId, ctx.municipalityId), eq(p.id, childPersonId)));
  const id = validateNationalId(child?.nationalId ?? '', { allowSynthetic: ctx.allowSyntheticIds });
  if (!id.ok) return false;
  const { consentAge } = settingsWithDefaults((await findOwnMunicipality(ctx)).settings);
  return ageOn(id.birthDate, todayInNorway()) >= consentAge;
}

/**
 * The unit leader reopens a passive log with new, signed consent (L6): it becomes active again
 * under the chosen holder (by default the previous one, if they still may hold in the unit), its
 * history intact. The consent file was read and checked before the transaction opened.
 */
export async function reopenLog(
  ctx: OrgContext,
  logId: string,
  input: LogReopen,
  document: ConsentDocument,
) {
  const log = await loadLogFor(ctx, logId, 'log:reopen');
  if (log.resource.status !== 'passive') throw conflict(ONLY_PASSIVE_REOPENS);
  if (input.consent.validUntil < todayInNorway()) {
    throw invalid('consent.validUntil', 'Samtykket er allerede utløpt. Sjekk datoen.');
  }
  if (input.consent.byYouth && !(await youthMayConsent(ctx, log.resource.childPersonId))) {
    throw invalid(
      'consent.byYouth',
      'Barnet har ikke nådd samtykkealderen. Her må de foresatte samtykke.',
    );
  }
  const holderId = input.holderPersonId ?? log.resource.holderPersonId;
  if (!(await mayHoldIn(ctx, log.resource.unitId, holderId))) {
    throw invalid(
      'holderPersonId',
      input.holderPersonId
        ? 'Den du har valgt, kan ikke være loggholder i enheten. Velg en annen.'
        : 'Den forrige loggholderen kan ikke lenger holde logger i enheten. Velg en ny loggholder.',
    );
  }
  const l = schema.log;
  try {
    await ctx.tx
      .update(l)
      .set({
        status: 'active',
        holderPersonId: holderId,
        closedAt: null,
        closedBy: null,
        closeReason: null,
        lastActivityAt: sql`now()`,
        version: sql`${l.version} + 1`,
      })
      .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  } catch (err) {
    if (isUniqueViolation(err, 'log_one_active_per_child_key')) throw conflict(ACTIVE_LOG_EXISTS);
    throw err;
  }
  const file = await postgresFileStore.put(ctx.tx, {
    municipalityId: ctx.municipalityId,
    filename: document.filename,
    mime: document.mime,
    bytes: document.bytes,
    uploadedBy: ctx.actor.personId,
  });
  const [consent] = await ctx.tx
    .insert(schema.consent)
    .values({
      municipalityId: ctx.municipalityId,
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
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'log.reopened',
    entity: 'log',
    entityId: logId,
    data: {
      by: 'unit_leader',
      holderPersonId: holderId,
      previousHolderPersonId: log.resource.holderPersonId,
      consentId: consent?.id,
      consentFile: { mime: document.mime, bytes: document.bytes.byteLength, sha256: file.sha256 },
    },
  });
  return { id: logId };
}
