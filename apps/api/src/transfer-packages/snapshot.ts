import { and, asc, desc, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { PackageContent } from '@stafett/domain';
import { postgresFileStore } from '../files/store';
import { AppError, conflict } from '../http/errors';
import { selectLogContent } from '../logs/log-content';
import type { OrgContext } from '../org/org-context';

export interface Snapshot {
  child: { name: string; nationalId: string };
  guardians: { name: string; nationalId: string; email: string | null; phone: string | null }[];
  content: PackageContent;
  consentFile: { bytes: Uint8Array; mime: string; filename: string };
}

/**
 * What travels to the other municipality (X4): the chosen attentions (all when none are chosen)
 * with their measure ladders, evaluations and bright spots, the newest consent and its document,
 * the child and the guardians. No notes: they stay where they were written (C5).
 */
export async function snapshotOf(
  ctx: OrgContext,
  logId: string,
  attentionIds: readonly string[],
): Promise<Snapshot> {
  const m = ctx.municipalityId;
  const content = await selectLogContent(ctx.tx, m, logId, { notes: false });
  if (!content.head || !content.consent) {
    throw conflict('Loggen mangler samtykke og kan ikke sendes før samtykket er på plass.');
  }
  const chosen = attentionIds.length > 0 ? new Set(attentionIds) : null;
  const unknown = [...(chosen ?? [])].filter((id) => !content.attentions.some((a) => a.id === id));
  if (unknown.length > 0) {
    const message = 'En av oppmerksomhetene finnes ikke i denne loggen.';
    throw new AppError('validation', message, [{ field: 'attentionIds', message }]);
  }
  const evaluationOf = new Map(content.evaluations.map((e) => [e.measureId, e]));
  const attentions = content.attentions
    .filter((a) => !chosen || chosen.has(a.id))
    .map((a) => ({
      category: a.category,
      description: a.description,
      maintainingFactors: a.maintainingFactors,
      goal: a.goal,
      signsOfSuccess: a.signsOfSuccess,
      measures: content.measures
        .filter((x) => x.attentionId === a.id && x.status !== 'wrongly_registered')
        .map((x) => {
          const e = evaluationOf.get(x.id);
          return {
            step: x.step,
            text: x.text,
            responsible: x.responsible,
            actorName: x.actorName,
            startDate: x.startDate,
            deadline: x.deadline,
            status: x.status,
            evaluation: e
              ? { outcome: e.outcome, comment: e.comment, familyView: e.familyView }
              : null,
          };
        }),
      brightSpots: content.brightSpots
        .filter((b) => b.attentionId === a.id || b.attentionId === null)
        .map((b) => ({
          text: b.text,
          authorName: b.authorName,
          createdAt: b.createdAt.toISOString(),
        })),
    }));
  const file = await postgresFileStore.get(ctx.tx, m, content.consent.fileId);
  if (!file) throw new Error(`consent file ${content.consent.fileId} is missing`);
  const p = schema.person;
  const [child] = await ctx.tx
    .select({ name: p.name, nationalId: p.nationalId })
    .from(p)
    .where(and(eq(p.municipalityId, m), eq(p.id, content.head.child.id)));
  const g = schema.guardianship;
  const guardians = await ctx.tx
    .select({ name: p.name, nationalId: p.nationalId, email: p.email, phone: p.phone })
    .from(g)
    .innerJoin(p, and(eq(p.municipalityId, g.municipalityId), eq(p.id, g.guardianPersonId)))
    .where(and(eq(g.municipalityId, m), eq(g.childPersonId, content.head.child.id)))
    .orderBy(asc(p.name));
  const { consentedBy, byYouth, consentedOn, validUntil, services } = content.consent;
  return {
    child: child!,
    guardians,
    content: {
      level: content.head.level as 1 | 2 | 3,
      consent: { consentedBy, byYouth, consentedOn, validUntil, services },
      attentions,
    },
    consentFile: { bytes: file.bytes, mime: file.mime, filename: file.filename },
  };
}

/** The sender's packages of a log, newest first, with the receiving municipality's name. */
export async function listOutgoing(ctx: OrgContext, logId: string) {
  const t = schema.transferPackage;
  const rows = await ctx.tx
    .select({
      id: t.id,
      toMunicipality: schema.municipality.name,
      reason: t.reason,
      status: t.status,
      declineReason: t.declineReason,
      createdAt: t.createdAt,
      decidedAt: t.decidedAt,
    })
    .from(t)
    .innerJoin(schema.municipality, eq(schema.municipality.id, t.toMunicipalityId))
    .where(and(eq(t.municipalityId, ctx.municipalityId), eq(t.logId, logId)))
    .orderBy(desc(t.createdAt));
  return rows.map((r) => ({
    ...r,
    createdAt: r.createdAt.toISOString(),
    decidedAt: r.decidedAt ? r.decidedAt.toISOString() : null,
  }));
}
