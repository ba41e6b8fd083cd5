import { and, eq } from 'drizzle-orm';
import {
  declineTransferPackage,
  incomingTransferPackages,
  schema,
  takeTransferPackage,
} from '@stafett/db';
import {
  transferredHistoryText,
  type PackageContent,
  type TransferPackageAccept,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { postgresFileStore } from '../files/store';
import { AppError, conflict, notFound } from '../http/errors';
import { isUniqueViolation } from '../org/db-errors';
import { findOrCreatePerson } from '../org/find-or-create-person';
import { permit, type OrgContext } from '../org/org-context';
import { ACTIVE_LOG_EXISTS } from '../logs/create-log';

const PACKAGE_NOT_FOUND =
  'Vi finner ikke sendingen. Den kan være tatt imot, avvist eller trukket tilbake.';

/** Packages from other municipalities waiting for this one: for its unit leaders. */
export async function listIncoming(ctx: OrgContext) {
  permit(ctx, 'transfer_package:receive', { kind: 'municipality' });
  const rows = await incomingTransferPackages(ctx.tx);
  return rows.map((r) => ({
    id: r.id,
    fromMunicipality: r.fromMunicipalityName,
    childName: r.childName,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
  }));
}

/**
 * A unit leader takes the package into a new log of their unit with a holder of the unit (X4).
 * The child and guardians are found or created here; the attentions come along, and each gets a
 * log note with its history from the other municipality (whose staff are not persons here). All
 * in one transaction with the take, so a refusal here leaves the package waiting.
 */
export async function acceptPackage(
  ctx: OrgContext,
  packageId: string,
  input: TransferPackageAccept,
): Promise<{ logId: string }> {
  const m = ctx.municipalityId;
  permit(ctx, 'transfer_package:receive', { kind: 'municipality' });
  const [unit] = await ctx.tx
    .select({ id: schema.unit.id, districtId: schema.unit.districtId })
    .from(schema.unit)
    .where(and(eq(schema.unit.municipalityId, m), eq(schema.unit.id, input.unitId)));
  if (!unit) throw notFound('Vi finner ikke enheten.');
  permit(ctx, 'transfer:list_incoming', { kind: 'unit', id: unit.id, districtId: unit.districtId });
  const s = schema.staffMembership;
  const [holder] = await ctx.tx
    .select({ id: s.id })
    .from(s)
    .where(
      and(
        eq(s.municipalityId, m),
        eq(s.unitId, unit.id),
        eq(s.personId, input.holderPersonId),
        eq(s.active, true),
        eq(s.canHold, true),
      ),
    );
  if (!holder) {
    const message = 'Velg en aktiv ansatt i enheten som kan være stafettholder.';
    throw new AppError('validation', message, [{ field: 'holderPersonId', message }]);
  }
  const pkg = await takeTransferPackage(ctx.tx, packageId);
  if (!pkg) throw notFound(PACKAGE_NOT_FOUND);
  const content = pkg.content as unknown as PackageContent;

  const child = await findOrCreatePerson(ctx, pkg.child);
  for (const g of pkg.guardians) {
    const guardian = await findOrCreatePerson(ctx, g);
    await ctx.tx
      .insert(schema.guardianship)
      .values({ municipalityId: m, guardianPersonId: guardian.id, childPersonId: child.id })
      .onConflictDoNothing();
  }
  let logId: string;
  try {
    const [row] = await ctx.tx
      .insert(schema.log)
      .values({
        municipalityId: m,
        childPersonId: child.id,
        unitId: unit.id,
        holderPersonId: input.holderPersonId,
        level: input.level,
      })
      .returning({ id: schema.log.id });
    logId = row!.id;
  } catch (err) {
    if (isUniqueViolation(err, 'log_one_active_per_child_key')) throw conflict(ACTIVE_LOG_EXISTS);
    throw err;
  }
  const file = await postgresFileStore.put(ctx.tx, {
    municipalityId: m,
    filename: pkg.consentFilename,
    mime: pkg.consentMime,
    bytes: pkg.consentFile,
    uploadedBy: ctx.actor.personId,
  });
  await ctx.tx.insert(schema.consent).values({
    municipalityId: m,
    logId,
    fileId: file.id,
    ...content.consent,
    services: content.consent.services as (typeof schema.unitType.enumValues)[number][],
    recordedBy: ctx.actor.personId,
  });
  for (const [position, a] of content.attentions.entries()) {
    const [attention] = await ctx.tx
      .insert(schema.attention)
      .values({
        municipalityId: m,
        logId,
        category: a.category,
        description: a.description,
        maintainingFactors: a.maintainingFactors,
        goal: a.goal,
        signsOfSuccess: a.signsOfSuccess,
        position: position + 1,
        createdBy: ctx.actor.personId,
      })
      .returning({ id: schema.attention.id });
    await ctx.tx.insert(schema.note).values({
      municipalityId: m,
      logId,
      kind: 'log',
      attentionId: attention!.id,
      authorPersonId: ctx.actor.personId,
      text: transferredHistoryText(pkg.fromMunicipalityName, a),
    });
  }
  await recordAudit(ctx.tx, {
    municipalityId: m,
    actorPersonId: ctx.actor.personId,
    action: 'transfer_package.received',
    entity: 'log',
    entityId: logId,
    data: {
      packageId,
      from: pkg.fromMunicipalityName,
      holderPersonId: input.holderPersonId,
      attentions: content.attentions.length,
    },
  });
  return { logId };
}

export async function declinePackage(
  ctx: OrgContext,
  packageId: string,
  reason: string,
): Promise<{ id: string }> {
  permit(ctx, 'transfer_package:receive', { kind: 'municipality' });
  if (!(await declineTransferPackage(ctx.tx, packageId, reason))) throw notFound(PACKAGE_NOT_FOUND);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer_package.declined',
    entity: 'transfer_package',
    entityId: packageId,
    data: { reason },
  });
  return { id: packageId };
}
