import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { TransferPackageCreate } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { AppError, conflict, notFound } from '../http/errors';
import { isUniqueViolation } from '../org/db-errors';
import type { OrgContext } from '../org/org-context';
import { loadLogFor } from '../logs/log-resource';
import { loadLogForChange } from '../logs/log-write';
import { permit } from '../org/org-context';
import { snapshotOf } from './snapshot';

export const PACKAGE_PENDING =
  'Loggen er allerede på vei til en annen kommune. Trekk tilbake den første sendingen før du sender en ny.';
const PACKAGE_NOT_FOUND = 'Vi finner ikke sendingen.';

/**
 * X4: the holder (or the unit's leader on their behalf) sends the log to another municipality on
 * the platform. Until the receiver takes it, the log stays here with its holder (X2).
 */
export async function sendPackage(
  ctx: OrgContext,
  logId: string,
  input: TransferPackageCreate,
): Promise<{ id: string }> {
  await loadLogForChange(ctx, logId, 'transfer:start');
  const [to] = await ctx.tx
    .select({ id: schema.municipality.id })
    .from(schema.municipality)
    .where(eq(schema.municipality.slug, input.toMunicipality));
  if (!to) {
    const message =
      'Kommunen er ikke på Stafett. Lag en PDF av oppmerksomhetene og send den i stedet.';
    throw new AppError('validation', message, [{ field: 'toMunicipality', message }]);
  }
  if (to.id === ctx.municipalityId) {
    const message = 'Innen kommunen overføres loggen til en annen enhet eller stafettholder.';
    throw new AppError('validation', message, [{ field: 'toMunicipality', message }]);
  }
  const snapshot = await snapshotOf(ctx, logId, input.attentionIds);
  let id: string;
  try {
    const [row] = await ctx.tx
      .insert(schema.transferPackage)
      .values({
        municipalityId: ctx.municipalityId,
        logId,
        toMunicipalityId: to.id,
        reason: input.reason,
        child: snapshot.child,
        guardians: snapshot.guardians,
        content: snapshot.content as unknown as Record<string, unknown>,
        consentFile: snapshot.consentFile.bytes,
        consentMime: snapshot.consentFile.mime,
        consentFilename: snapshot.consentFile.filename,
        createdBy: ctx.actor.personId,
      })
      .returning({ id: schema.transferPackage.id });
    id = row!.id;
  } catch (err) {
    if (isUniqueViolation(err, 'transfer_package_one_pending_per_log_key')) {
      throw conflict(PACKAGE_PENDING);
    }
    throw err;
  }
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer_package.created',
    entity: 'transfer_package',
    entityId: id,
    data: {
      logId,
      toMunicipalityId: to.id,
      attentions: snapshot.content.attentions.length,
    },
  });
  return { id };
}

/** The sender takes a pending package back; the receiver then no longer sees it. */
export async function cancelPackage(ctx: OrgContext, packageId: string): Promise<{ id: string }> {
  const t = schema.transferPackage;
  const [pkg] = await ctx.tx
    .select({ logId: t.logId, status: t.status })
    .from(t)
    .where(and(eq(t.municipalityId, ctx.municipalityId), eq(t.id, packageId)));
  if (!pkg) throw notFound(PACKAGE_NOT_FOUND);
  const log = await loadLogFor(ctx, pkg.logId, 'log:read_metadata');
  permit(ctx, 'transfer:start', log.resource, PACKAGE_NOT_FOUND);
  const [row] = await ctx.tx
    .update(t)
    .set({ status: 'cancelled', decidedAt: sql`now()`, version: sql`${t.version} + 1` })
    .where(
      and(eq(t.municipalityId, ctx.municipalityId), eq(t.id, packageId), eq(t.status, 'pending')),
    )
    .returning({ id: t.id });
  if (!row)
    throw conflict(
      'Sendingen er ikke lenger på vei: den er tatt imot, avvist eller trukket tilbake.',
    );
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer_package.cancelled',
    entity: 'transfer_package',
    entityId: packageId,
    data: { logId: pkg.logId },
  });
  return row;
}
