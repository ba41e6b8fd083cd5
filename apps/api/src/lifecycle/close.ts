import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import {
  CLOSING_ARCHIVE_DAYS,
  CONSENT_WITHDRAWN_REASON,
  closeReasonOf,
  type LogClose,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { conflict } from '../http/errors';
import { loadLogFor, type LoadedLog } from '../logs/log-resource';
import type { OrgContext } from '../org/org-context';
import { notifyHolderOfWithdrawal } from './lifecycle-notices';

export const NOT_ACTIVE = 'Loggen er allerede avsluttet.';
export const PENDING_TRANSFER =
  'Loggen har en overføring som venter på svar. Trekk overføringen tilbake før du avslutter loggen.';

/** YYYY-MM-DD plus whole days, on the calendar (no time zone can move it). */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

async function pendingTransferIds(ctx: OrgContext, logId: string): Promise<string[]> {
  const t = schema.transfer;
  const rows = await ctx.tx
    .select({ id: t.id })
    .from(t)
    .where(
      and(eq(t.municipalityId, ctx.municipalityId), eq(t.logId, logId), eq(t.status, 'pending')),
    );
  return rows.map((r) => r.id);
}

/**
 * Active → passive (L6): closed, read-only for all, still in the holder's list. The status guard
 * in the statement makes two closings at once end in one. The closing archive PDF falls due.
 */
async function makePassive(ctx: OrgContext, log: LoadedLog, reason: string | null) {
  const l = schema.log;
  const rows = await ctx.tx
    .update(l)
    .set({
      status: 'passive',
      closedAt: sql`now()`,
      closedBy: ctx.actor.personId,
      closeReason: reason,
      version: sql`${l.version} + 1`,
    })
    .where(
      and(
        eq(l.municipalityId, ctx.municipalityId),
        eq(l.id, log.resource.id),
        eq(l.status, 'active'),
      ),
    )
    .returning({ version: l.version });
  if (rows.length === 0) throw conflict(NOT_ACTIVE);
  const [obligation] = await ctx.tx
    .insert(schema.archiveObligation)
    .values({
      municipalityId: ctx.municipalityId,
      logId: log.resource.id,
      reason: 'closing',
      dueOn: addDays(todayInNorway(), CLOSING_ARCHIVE_DAYS),
    })
    .returning({ id: schema.archiveObligation.id, dueOn: schema.archiveObligation.dueOn });
  return { version: rows[0]?.version ?? 0, obligation };
}

/** The holder closes the log (L7); a pending transfer must be cancelled first. */
export async function closeLog(ctx: OrgContext, logId: string, input: LogClose) {
  const log = await loadLogFor(ctx, logId, 'log:close');
  if (log.resource.status !== 'active') throw conflict(NOT_ACTIVE);
  if ((await pendingTransferIds(ctx, logId)).length > 0) throw conflict(PENDING_TRANSFER);
  const reason = closeReasonOf(input);
  const { version, obligation } = await makePassive(ctx, log, reason);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'log.closed',
    entity: 'log',
    entityId: logId,
    data: {
      reason,
      individualPlan: input.individualPlan,
      archiveObligationId: obligation?.id,
      archiveDueOn: obligation?.dueOn,
    },
  });
  return { id: logId, version };
}

/**
 * A guardian or the youth withdraws consent (L7): the log closes at once, no reason asked. A
 * transfer waiting for an answer cannot go on without consent, so it is cancelled with it.
 */
export async function withdrawConsent(ctx: OrgContext, logId: string) {
  const log = await loadLogFor(ctx, logId, 'log:withdraw_consent');
  if (log.resource.status !== 'active') throw conflict(NOT_ACTIVE);
  const transfers = await pendingTransferIds(ctx, logId);
  if (transfers.length > 0) {
    const t = schema.transfer;
    await ctx.tx
      .update(t)
      .set({
        status: 'cancelled',
        decidedBy: ctx.actor.personId,
        decidedAt: sql`now()`,
        version: sql`${t.version} + 1`,
      })
      .where(
        and(eq(t.municipalityId, ctx.municipalityId), eq(t.logId, logId), eq(t.status, 'pending')),
      );
  }
  const { version, obligation } = await makePassive(ctx, log, CONSENT_WITHDRAWN_REASON);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'log.consent_withdrawn',
    entity: 'log',
    entityId: logId,
    data: {
      by: log.access.kind === 'family' ? log.access.as : null,
      cancelledTransferIds: transfers,
      archiveObligationId: obligation?.id,
      archiveDueOn: obligation?.dueOn,
    },
  });
  await notifyHolderOfWithdrawal(ctx, {
    logId,
    holderPersonId: log.resource.holderPersonId,
    childPersonId: log.resource.childPersonId,
  });
  return { id: logId, version };
}
