import { and, eq, inArray } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { TransferCreate, TransferView } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import { loadLogFor } from '../logs/log-resource';
import { LOG_NOT_ACTIVE } from '../logs/log-write';
import { isUniqueViolation } from '../org/db-errors';
import type { OrgContext } from '../org/org-context';
import { assertHolder, invalid, unitLeaders } from './recipients';
import { notifyTransferStarted } from './transfer-notices';
import { selectTransfers } from './transfer-view';

export const ONE_PENDING =
  'Loggen har allerede en overføring som venter på svar. Trekk den tilbake før du starter en ny.';

/**
 * X1: the holder, or the unit's leader on their behalf (X3), starts a transfer. The log stays
 * with its holder until the recipient accepts (X2); one pending transfer per log, also when two
 * starts race (the partial unique index answers the second with the same 409).
 */
export async function startTransfer(
  ctx: OrgContext,
  logId: string,
  input: TransferCreate,
): Promise<TransferView> {
  const log = await loadLogFor(ctx, logId, 'transfer:start');
  if (log.resource.status !== 'active') throw conflict(LOG_NOT_ACTIVE);
  const t = schema.transfer;
  const [pending] = await ctx.tx
    .select({ id: t.id })
    .from(t)
    .where(
      and(eq(t.municipalityId, ctx.municipalityId), eq(t.logId, logId), eq(t.status, 'pending')),
    );
  if (pending) throw conflict(ONE_PENDING);

  const [unit] = await ctx.tx
    .select({ id: schema.unit.id })
    .from(schema.unit)
    .where(
      and(eq(schema.unit.municipalityId, ctx.municipalityId), eq(schema.unit.id, input.toUnitId)),
    );
  if (!unit) throw invalid('toUnitId', 'Vi finner ikke enheten i kommunen.');
  const sameUnit = unit.id === log.resource.unitId;
  if (input.kind === 'within_unit' && !sameUnit) {
    throw invalid('toUnitId', 'En overføring innenfor enheten går til loggens egen enhet.');
  }
  if (input.kind === 'to_unit' && sameUnit) {
    throw invalid(
      'toUnitId',
      'Velg en annen enhet enn den loggen er i nå, eller overfør innenfor enheten.',
    );
  }

  if (input.toPersonId !== null) {
    if (input.toPersonId === log.resource.holderPersonId) {
      throw invalid('toPersonId', 'Stafettholderen kan ikke overføre loggen til seg selv.');
    }
    await assertHolder(ctx, unit.id, input.toPersonId, 'toPersonId');
  } else if ((await unitLeaders(ctx, unit.id)).length === 0) {
    throw invalid('toPersonId', 'Enheten har ingen leder. Velg en navngitt stafettholder.');
  }

  // Within the unit the whole log stays; to another unit the family chooses what goes along.
  const attentionIds = input.kind === 'to_unit' ? input.attentionIds : [];
  if (attentionIds.length > 0) {
    const a = schema.attention;
    const found = await ctx.tx
      .select({ id: a.id })
      .from(a)
      .where(
        and(
          eq(a.municipalityId, ctx.municipalityId),
          eq(a.logId, logId),
          inArray(a.id, attentionIds),
        ),
      );
    if (found.length !== attentionIds.length) {
      throw invalid('attentionIds', 'Velg bare oppmerksomheter i denne loggen.');
    }
  }

  let id: string;
  try {
    const [row] = await ctx.tx
      .insert(t)
      .values({
        municipalityId: ctx.municipalityId,
        logId,
        kind: input.kind,
        fromUnitId: log.resource.unitId,
        fromHolderPersonId: log.resource.holderPersonId,
        toUnitId: unit.id,
        toPersonId: input.toPersonId,
        reason: input.reason,
        guardianConsent: input.kind === 'to_unit' ? input.guardianConsent : null,
        attentionIds,
        createdBy: ctx.actor.personId,
      })
      .returning({ id: t.id });
    if (!row) throw new Error('insert transfer returned nothing');
    id = row.id;
  } catch (err) {
    if (isUniqueViolation(err, 'transfer_one_pending_per_log_key')) throw conflict(ONE_PENDING);
    throw err;
  }
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer.started',
    entity: 'transfer',
    entityId: id,
    data: {
      logId,
      kind: input.kind,
      fromUnitId: log.resource.unitId,
      fromHolderPersonId: log.resource.holderPersonId,
      toUnitId: unit.id,
      toPersonId: input.toPersonId,
      attentionIds,
      onBehalf: ctx.actor.personId !== log.resource.holderPersonId,
    },
  });
  const [view] = await selectTransfers(ctx, eq(t.id, id));
  if (!view) throw new Error(`transfer ${id} vanished inside its own transaction`);
  await notifyTransferStarted(ctx, view);
  return view;
}
