import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { ArchiveList, UnitArchiveList } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { conflict } from '../http/errors';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from '../org/find-org-unit';
import { permit, type OrgContext } from '../org/org-context';
import { loadLogFor } from '../logs/log-resource';
import { ensureYearly, findObligation, obligationView, selectObligations } from './archive-rows';

const l = schema.log;
const o = schema.archiveObligation;

async function logHead(ctx: OrgContext, logId: string) {
  const [row] = await ctx.tx
    .select({
      id: l.id,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
      status: l.status,
      childName: schema.person.name,
    })
    .from(l)
    .innerJoin(
      schema.person,
      and(
        eq(schema.person.municipalityId, l.municipalityId),
        eq(schema.person.id, l.childPersonId),
      ),
    )
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  if (!row) throw new Error('log vanished inside its transaction');
  return row;
}

/**
 * A log's archive obligations (L8), the yearly ones made up to date first. The holder and the
 * unit's leader (archive:manage); the attentions to choose from go to the holder only, since the
 * leader otherwise sees metadata (C8).
 */
export async function listArchive(ctx: OrgContext, logId: string): Promise<ArchiveList> {
  const log = await loadLogFor(ctx, logId, 'archive:manage');
  const today = todayInNorway();
  const head = await logHead(ctx, logId);
  await ensureYearly(ctx, [head], today);
  const rows = await selectObligations(ctx, { logIds: [logId] });
  const attentions =
    log.access.kind === 'holder'
      ? await ctx.tx
          .select({
            id: schema.attention.id,
            category: schema.attention.category,
            description: schema.attention.description,
          })
          .from(schema.attention)
          .where(
            and(
              eq(schema.attention.municipalityId, ctx.municipalityId),
              eq(schema.attention.logId, logId),
            ),
          )
          .orderBy(asc(schema.attention.position), asc(schema.attention.createdAt))
      : [];
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'archive.read',
    entity: 'log',
    entityId: logId,
    data: { obligations: rows.length },
  });
  return {
    logId,
    childName: head.childName,
    items: rows.map((r) => obligationView(r, today)),
    attentions,
  };
}

/** Marks the obligation filed in the archive, with the journal number if given (L8). */
export async function markArchived(
  ctx: OrgContext,
  logId: string,
  obligationId: string,
  input: { archiveReference?: string | undefined },
): Promise<{ id: string; doneAt: string }> {
  await loadLogFor(ctx, logId, 'archive:manage');
  const row = await findObligation(ctx, logId, obligationId);
  if (row.doneAt) throw conflict('Denne arkivplikten er allerede markert som arkivert.');
  if (!row.fileId)
    throw conflict('Lag arkiv-PDF-en først, og arkiver den, før du markerer plikten.');
  const reference = input.archiveReference?.trim() || null;
  const [done] = await ctx.tx
    .update(o)
    .set({
      doneAt: sql`now()`,
      doneBy: ctx.actor.personId,
      archiveReference: reference,
      version: sql`${o.version} + 1`,
    })
    .where(and(eq(o.municipalityId, ctx.municipalityId), eq(o.id, obligationId), isNull(o.doneAt)))
    .returning({ doneAt: o.doneAt });
  if (!done?.doneAt) throw conflict('Denne arkivplikten er allerede markert som arkivert.');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'archive.done',
    entity: 'archive_obligation',
    entityId: obligationId,
    data: { logId, reason: row.reason, archiveReference: reference },
  });
  return { id: obligationId, doneAt: done.doneAt.toISOString() };
}

/** The child moves away from the municipality: an obligation due today (L8). */
export async function addMovingAway(ctx: OrgContext, logId: string): Promise<{ id: string }> {
  await loadLogFor(ctx, logId, 'archive:manage');
  const [row] = await ctx.tx
    .insert(o)
    .values({
      municipalityId: ctx.municipalityId,
      logId,
      reason: 'moving_away',
      dueOn: todayInNorway(),
    })
    .returning({ id: o.id });
  if (!row) throw new Error('insert archive_obligation returned nothing');
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'archive.moving_away',
    entity: 'archive_obligation',
    entityId: row.id,
    data: { logId },
  });
  return row;
}

/**
 * The open obligations of a unit's logs for its leader (S3: "archive PDFs due"): who and which
 * child, never content. Yearly obligations of the unit's active logs are made up to date first.
 */
export async function listUnitArchive(ctx: OrgContext, unitId: string): Promise<UnitArchiveList> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'archive:export', unitResource(unit), UNIT_NOT_FOUND);
  const today = todayInNorway();
  const child = schema.person;
  const logs = await ctx.tx
    .select({
      id: l.id,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
      status: l.status,
      childName: child.name,
      holderName: sql<string>`(select h.name from person h where h.municipality_id = ${l.municipalityId} and h.id = ${l.holderPersonId})`,
    })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.unitId, unitId)));
  await ensureYearly(ctx, logs, today);
  const byLog = new Map(logs.map((x) => [x.id, x]));
  const rows = (await selectObligations(ctx, { logIds: logs.map((x) => x.id) })).filter(
    (r) => r.doneAt === null,
  );
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'archive.unit_read',
    entity: 'unit',
    entityId: unitId,
    data: { open: rows.length },
  });
  return {
    items: rows.map((r) => ({
      ...obligationView(r, today),
      logId: r.logId,
      childName: byLog.get(r.logId)?.childName ?? '',
      holderName: byLog.get(r.logId)?.holderName ?? '',
    })),
  };
}
