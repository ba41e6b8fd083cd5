import { and, asc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import {
  missingYearlyDueDates,
  obligationState,
  type ArchiveObligationView,
  type ArchiveReason,
} from '@stafett/domain';
import { notFound } from '../http/errors';
import type { OrgContext } from '../org/org-context';

export const OBLIGATION_NOT_FOUND = 'Vi finner ikke arkivplikten.';
const o = schema.archiveObligation;
const f = schema.storedFile;
const doneBy = alias(schema.person, 'done_by_person');

/** The Norwegian calendar day of a timestamp. */
export const osloDay = (d: Date) =>
  new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(d);

/**
 * The yearly obligations (L8) are made when read, not by a nightly job: whoever looks at a log's
 * or a unit's obligations sees them up to date, and nothing runs for logs nobody opens. The rule
 * is `missingYearlyDueDates` in @stafett/domain.
 */
export async function ensureYearly(
  ctx: OrgContext,
  logs: readonly { id: string; openedAt: Date; status: string; closedAt?: Date | null }[],
  today: string,
): Promise<void> {
  await dropMootYearly(ctx, logs);
  const active = logs.filter((l) => l.status === 'active');
  if (active.length === 0) return;
  const existing = await ctx.tx
    .select({ logId: o.logId, dueOn: o.dueOn })
    .from(o)
    .where(
      and(
        eq(o.municipalityId, ctx.municipalityId),
        eq(o.reason, 'yearly'),
        inArray(
          o.logId,
          active.map((l) => l.id),
        ),
      ),
    );
  const rows = active.flatMap((l) =>
    missingYearlyDueDates(
      osloDay(l.openedAt),
      today,
      existing.filter((e) => e.logId === l.id).map((e) => e.dueOn),
    ).map((dueOn) => ({
      municipalityId: ctx.municipalityId,
      logId: l.id,
      reason: 'yearly' as const,
      dueOn,
    })),
  );
  if (rows.length > 0) await ctx.tx.insert(o).values(rows);
}

/**
 * A closed log's yearly obligations that fall due after it was closed will never be due: the
 * closing obligation's PDF covers them. Open ones without a PDF are removed, so they neither show
 * nor stand in the way of deleting the log (L6).
 */
async function dropMootYearly(
  ctx: OrgContext,
  logs: readonly { id: string; status: string; closedAt?: Date | null }[],
): Promise<void> {
  for (const l of logs) {
    if (l.status === 'active' || !l.closedAt) continue;
    await ctx.tx
      .delete(o)
      .where(
        and(
          eq(o.municipalityId, ctx.municipalityId),
          eq(o.logId, l.id),
          eq(o.reason, 'yearly'),
          isNull(o.doneAt),
          isNull(o.fileId),
          gt(o.dueOn, osloDay(l.closedAt)),
        ),
      );
  }
}

export interface ObligationRow {
  id: string;
  logId: string;
  reason: ArchiveReason;
  dueOn: string;
  fileId: string | null;
  filename: string | null;
  byteSize: number | null;
  madeAt: Date | null;
  madeBy: string | null;
  doneAt: Date | null;
  doneById: string | null;
  doneByName: string | null;
  archiveReference: string | null;
}

/** Obligations with their PDF's metadata and who marked them done, oldest due first. */
export async function selectObligations(
  ctx: OrgContext,
  where: { logIds: readonly string[] } | { id: string; logId: string },
): Promise<ObligationRow[]> {
  const m = ctx.municipalityId;
  const filter =
    'id' in where
      ? and(eq(o.municipalityId, m), eq(o.id, where.id), eq(o.logId, where.logId))
      : where.logIds.length === 0
        ? sql`false`
        : and(eq(o.municipalityId, m), inArray(o.logId, [...where.logIds]));
  const rows = await ctx.tx
    .select({
      id: o.id,
      logId: o.logId,
      reason: o.reason,
      dueOn: o.dueOn,
      fileId: o.fileId,
      filename: f.filename,
      byteSize: f.byteSize,
      madeAt: f.uploadedAt,
      madeBy: f.uploadedBy,
      doneAt: o.doneAt,
      doneById: o.doneBy,
      doneByName: doneBy.name,
      archiveReference: o.archiveReference,
    })
    .from(o)
    .leftJoin(f, and(eq(f.municipalityId, o.municipalityId), eq(f.id, o.fileId)))
    .leftJoin(doneBy, and(eq(doneBy.municipalityId, o.municipalityId), eq(doneBy.id, o.doneBy)))
    .where(filter)
    .orderBy(asc(o.dueOn), asc(o.createdAt));
  return rows;
}

export async function findObligation(
  ctx: OrgContext,
  logId: string,
  id: string,
): Promise<ObligationRow> {
  const [row] = await selectObligations(ctx, { id, logId });
  if (!row) throw notFound(OBLIGATION_NOT_FOUND);
  return row;
}

export function obligationView(row: ObligationRow, today: string): ArchiveObligationView {
  return {
    id: row.id,
    reason: row.reason,
    dueOn: row.dueOn,
    state: obligationState(
      { dueOn: row.dueOn, doneAt: row.doneAt ? row.doneAt.toISOString() : null },
      today,
    ),
    file:
      row.fileId && row.filename && row.madeAt
        ? {
            id: row.fileId,
            filename: row.filename,
            byteSize: row.byteSize ?? 0,
            madeAt: row.madeAt.toISOString(),
          }
        : null,
    doneAt: row.doneAt ? row.doneAt.toISOString() : null,
    doneBy: row.doneById ? { id: row.doneById, name: row.doneByName ?? '' } : null,
    archiveReference: row.archiveReference,
  };
}
