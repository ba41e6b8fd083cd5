import { and, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { addDays } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { postgresFileStore } from '../files/store';
import { findOrgUnit, UNIT_NOT_FOUND, unitResource } from '../org/find-org-unit';
import { permit, type OrgContext } from '../org/org-context';
import { loadLogFor } from '../logs/log-resource';
import { holderChanges, municipalityName, personNames, slugOf } from './archive-facts';
import type { Noark5Case, Noark5Input } from './noark5/model';
import { noark5Zip } from './noark5/package';

const l = schema.log;
const o = schema.archiveObligation;
const f = schema.storedFile;

export interface Noark5Download {
  filename: string;
  bytes: Uint8Array;
}

/** The Noark 5 package of one log: every archive PDF made for it (the holder or the leader). */
export async function exportLogNoark5(ctx: OrgContext, logId: string): Promise<Noark5Download> {
  await loadLogFor(ctx, logId, 'archive:manage');
  const [log] = await ctx.tx
    .select({ openedAt: l.openedAt })
    .from(l)
    .where(and(eq(l.municipalityId, ctx.municipalityId), eq(l.id, logId)));
  const period = {
    from: log ? log.openedAt.toISOString().slice(0, 10) : todayInNorway(),
    to: todayInNorway(),
  };
  const bytes = await build(ctx, {
    scope: 'én stafettlogg',
    scopeKey: `log:${logId}`,
    period,
    where: eq(o.logId, logId),
  });
  await audit(ctx, 'log', logId, period);
  return { filename: `noark5-stafettlogg-${period.to}.zip`, bytes };
}

/**
 * The Noark 5 package of a unit for a period: the archive PDFs made in the period (Norwegian
 * days, both ends included) for the logs the unit holds. The unit's leader (archive:export).
 */
export async function exportUnitNoark5(
  ctx: OrgContext,
  unitId: string,
  period: { from: string; to: string },
): Promise<Noark5Download> {
  const unit = await findOrgUnit(ctx, unitId);
  permit(ctx, 'archive:export', unitResource(unit), UNIT_NOT_FOUND);
  const osloMidnight = (day: string) => sql`(${day}::date::timestamp at time zone 'Europe/Oslo')`;
  const bytes = await build(ctx, {
    scope: `${unit.name}, ${period.from} – ${period.to}`,
    scopeKey: `unit:${unitId}:${period.from}:${period.to}`,
    period,
    where: and(
      eq(l.unitId, unitId),
      gte(f.uploadedAt, osloMidnight(period.from)),
      lt(f.uploadedAt, osloMidnight(addDays(period.to, 1))),
    ),
  });
  await audit(ctx, 'unit', unitId, period);
  return { filename: `noark5-${slugOf(unit.name)}-${period.from}-${period.to}.zip`, bytes };
}

async function build(
  ctx: OrgContext,
  q: {
    scope: string;
    scopeKey: string;
    period: { from: string; to: string };
    where: ReturnType<typeof and>;
  },
): Promise<Uint8Array> {
  const m = ctx.municipalityId;
  const rows = await ctx.tx
    .select({
      obligationId: o.id,
      reason: o.reason,
      logId: o.logId,
      fileId: f.id,
      sha256: f.sha256,
      madeAt: f.uploadedAt,
      madeBy: f.uploadedBy,
      doneAt: o.doneAt,
      doneBy: o.doneBy,
      archiveReference: o.archiveReference,
    })
    .from(o)
    .innerJoin(f, and(eq(f.municipalityId, o.municipalityId), eq(f.id, o.fileId)))
    .innerJoin(l, and(eq(l.municipalityId, o.municipalityId), eq(l.id, o.logId)))
    .where(and(eq(o.municipalityId, m), isNotNull(o.fileId), q.where))
    .orderBy(o.logId, f.uploadedAt);
  const logIds = [...new Set(rows.map((r) => r.logId))];
  const logs = logIds.length === 0 ? [] : await caseHeads(ctx, logIds);
  const changes = await holderChanges(ctx, logIds);
  const names = await personNames(ctx, [
    ctx.actor.personId,
    ...rows.map((r) => r.madeBy),
    ...rows.flatMap((r) => (r.doneBy ? [r.doneBy] : [])),
  ]);
  const cases: Noark5Case[] = [];
  for (const head of logs) {
    const documents = [];
    for (const r of rows.filter((x) => x.logId === head.logId)) {
      const file = await postgresFileStore.get(ctx.tx, m, r.fileId);
      if (!file) continue;
      documents.push({
        obligationId: r.obligationId,
        reason: r.reason,
        fileId: r.fileId,
        packageName: `${r.fileId}.pdf`,
        bytes: file.bytes,
        sha256: r.sha256,
        madeAt: r.madeAt,
        madeBy: names.get(r.madeBy) ?? '',
        doneAt: r.doneAt,
        doneBy: r.doneBy ? (names.get(r.doneBy) ?? '') : null,
        archiveReference: r.archiveReference,
      });
    }
    cases.push({
      ...head,
      holderChanges: changes.filter((c) => c.logId === head.logId),
      documents,
    });
  }
  const input: Noark5Input = {
    municipalityName: await municipalityName(ctx),
    scope: q.scope,
    scopeKey: q.scopeKey,
    period: q.period,
    extractedAt: new Date(),
    extractedBy: names.get(ctx.actor.personId) ?? '',
    cases,
  };
  return noark5Zip(input);
}

async function caseHeads(ctx: OrgContext, logIds: string[]) {
  const child = schema.person;
  const rows = await ctx.tx
    .select({
      logId: l.id,
      childName: child.name,
      childId: child.id,
      unitName: schema.unit.name,
      holderName: sql<string>`(select h.name from person h where h.municipality_id = ${l.municipalityId} and h.id = ${l.holderPersonId})`,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
    })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .innerJoin(
      schema.unit,
      and(eq(schema.unit.municipalityId, l.municipalityId), eq(schema.unit.id, l.unitId)),
    )
    .where(and(eq(l.municipalityId, ctx.municipalityId), inArray(l.id, logIds)));
  const g = schema.guardianship;
  const guardians = await ctx.tx
    .select({ childId: g.childPersonId, name: schema.person.name })
    .from(g)
    .innerJoin(
      schema.person,
      and(
        eq(schema.person.municipalityId, g.municipalityId),
        eq(schema.person.id, g.guardianPersonId),
      ),
    )
    .where(
      and(
        eq(g.municipalityId, ctx.municipalityId),
        inArray(
          g.childPersonId,
          rows.map((r) => r.childId),
        ),
      ),
    );
  return rows.map(({ childId, ...r }) => ({
    ...r,
    guardians: guardians.filter((x) => x.childId === childId).map((x) => x.name),
  }));
}

async function audit(
  ctx: OrgContext,
  entity: 'log' | 'unit',
  id: string,
  period: { from: string; to: string },
) {
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'archive.noark5_export',
    entity,
    entityId: id,
    data: { period },
  });
}
