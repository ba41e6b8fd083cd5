import { and, eq, notInArray, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { TransferAccept, TransferDecline, TransferView } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { conflict } from '../http/errors';
import { LOG_NOT_ACTIVE } from '../logs/log-write';
import type { OrgContext } from '../org/org-context';
import { assertHolder, invalid } from './recipients';
import { notifyTransferAccepted } from './transfer-notices';
import { loadTransferFor, selectTransfers } from './transfer-view';

export const NOT_PENDING =
  'Overføringen er ikke lenger til behandling: den er allerede godtatt, avslått eller trukket tilbake.';
/** L8: the "change of service" archive PDF is due this many days after acceptance. */
export const CHANGE_OF_SERVICE_DAYS = 14;

const t = schema.transfer;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/**
 * Ends a pending transfer: only if it is still pending and unchanged since it was read, so when
 * an accept and a cancel arrive at the same moment exactly one wins (the other waits for the row
 * lock, finds it no longer pending, and answers 409).
 */
async function closeTransfer(
  ctx: OrgContext,
  view: TransferView,
  set: Partial<typeof t.$inferInsert>,
): Promise<void> {
  const [row] = await ctx.tx
    .update(t)
    .set({
      ...set,
      decidedBy: ctx.actor.personId,
      decidedAt: sql`now()`,
      version: view.version + 1,
    })
    .where(
      and(
        eq(t.municipalityId, ctx.municipalityId),
        eq(t.id, view.id),
        eq(t.status, 'pending'),
        eq(t.version, view.version),
      ),
    )
    .returning({ id: t.id });
  if (!row) throw conflict(NOT_PENDING);
}

async function reload(ctx: OrgContext, id: string): Promise<TransferView> {
  const [view] = await selectTransfers(ctx, eq(t.id, id));
  if (!view) throw new Error(`transfer ${id} vanished inside its own transaction`);
  return view;
}

/** Who becomes the holder: the named recipient themself, or whom the unit's leader names. */
async function newHolderOf(ctx: OrgContext, view: TransferView, input: TransferAccept) {
  const toUnitId = view.toUnit?.id;
  if (!toUnitId) throw conflict('Overføringer til en annen kommune tas imot på en egen måte.');
  const me = ctx.actor.personId;
  const leads = ctx.actor.memberships.some((m) => m.unitId === toUnitId && m.unitLeader);
  const chosen = input.newHolderPersonId ?? (view.toPerson?.id === me ? me : null);
  if (chosen === null) {
    throw invalid('newHolderPersonId', 'Velg hvem i enheten som blir stafettholder.');
  }
  if (chosen !== me && !leads) {
    throw invalid('newHolderPersonId', 'Bare enhetens leder kan peke ut en annen stafettholder.');
  }
  if (chosen === view.fromHolder.id) {
    throw invalid('newHolderPersonId', 'Velg en annen enn den som har loggen nå.');
  }
  return assertHolder(ctx, toUnitId, chosen, 'newHolderPersonId');
}

/**
 * X2: the recipient accepts. The log gets its new holder and unit at once (never without a
 * holder); into another unit the "change of service" archive obligation is created (L8), and the
 * attentions not chosen to go along are ended, so the new unit does not inherit them — they stay
 * in the log's history.
 */
export async function acceptTransfer(
  ctx: OrgContext,
  transferId: string,
  input: TransferAccept,
): Promise<TransferView> {
  const view = await loadTransferFor(ctx, transferId, 'transfer:decide');
  if (view.status !== 'pending') throw conflict(NOT_PENDING);
  const holder = await newHolderOf(ctx, view, input);
  const toUnitId = view.toUnit!.id;
  await closeTransfer(ctx, view, { status: 'accepted', newHolderPersonId: holder.id });

  const l = schema.log;
  const [moved] = await ctx.tx
    .update(l)
    .set({
      holderPersonId: holder.id,
      unitId: toUnitId,
      version: sql`${l.version} + 1`,
      lastActivityAt: sql`now()`,
    })
    .where(
      and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, view.log.id), eq(l.status, 'active')),
    )
    .returning({ id: l.id });
  if (!moved) throw conflict(LOG_NOT_ACTIVE);

  let endedAttentionIds: string[] = [];
  let archiveObligationId: string | null = null;
  if (view.kind === 'to_unit') {
    const [obligation] = await ctx.tx
      .insert(schema.archiveObligation)
      .values({
        municipalityId: ctx.municipalityId,
        logId: view.log.id,
        reason: 'change_of_service',
        dueOn: addDays(todayInNorway(), CHANGE_OF_SERVICE_DAYS),
      })
      .returning({ id: schema.archiveObligation.id });
    archiveObligationId = obligation?.id ?? null;
    if (view.attentionIds.length > 0) {
      const a = schema.attention;
      const ended = await ctx.tx
        .update(a)
        .set({ ended: true, updatedAt: sql`now()`, version: sql`${a.version} + 1` })
        .where(
          and(
            eq(a.municipalityId, ctx.municipalityId),
            eq(a.logId, view.log.id),
            eq(a.ended, false),
            notInArray(a.id, view.attentionIds),
          ),
        )
        .returning({ id: a.id });
      endedAttentionIds = ended.map((e) => e.id);
    }
  }
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer.accepted',
    entity: 'transfer',
    entityId: view.id,
    data: {
      logId: view.log.id,
      fromHolderPersonId: view.fromHolder.id,
      fromUnitId: view.fromUnit.id,
      newHolderPersonId: holder.id,
      toUnitId,
      endedAttentionIds,
      archiveObligationId,
    },
  });
  await notifyTransferAccepted(ctx, view, holder);
  return reload(ctx, view.id);
}

/** X2: the recipient declines, with a reason; the log stays with its holder. */
export async function declineTransfer(
  ctx: OrgContext,
  transferId: string,
  input: TransferDecline,
): Promise<TransferView> {
  const view = await loadTransferFor(ctx, transferId, 'transfer:decide');
  if (view.status !== 'pending') throw conflict(NOT_PENDING);
  await closeTransfer(ctx, view, { status: 'declined', declineReason: input.reason });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer.declined',
    entity: 'transfer',
    entityId: view.id,
    data: { logId: view.log.id, reason: input.reason },
  });
  return reload(ctx, view.id);
}

/** The sender side (the holder or their unit's leader) takes a pending transfer back. */
export async function cancelTransfer(ctx: OrgContext, transferId: string): Promise<TransferView> {
  const view = await loadTransferFor(ctx, transferId, 'transfer:cancel');
  if (view.status !== 'pending') throw conflict(NOT_PENDING);
  await closeTransfer(ctx, view, { status: 'cancelled' });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'transfer.cancelled',
    entity: 'transfer',
    entityId: view.id,
    data: { logId: view.log.id },
  });
  return reload(ctx, view.id);
}
