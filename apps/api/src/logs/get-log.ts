import { and, asc, desc, eq } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { schema } from '@stafett/db';
import {
  ageOn,
  consentValid,
  measureBalance,
  measureEditableUntil,
  validateNationalId,
  type LogPermissions,
  type LogView,
  type MeasureView,
} from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { authorize, mayReadAttention, type LogAccess } from '../auth/policy';
import { notFound } from '../http/errors';
import type { OrgContext } from '../org/org-context';
import { loadLogFor, LOG_NOT_FOUND, type LoadedLog } from './log-resource';

const p = schema.person;
const iso = (d: Date) => d.toISOString();

/**
 * The log page in one answer (C8): everything the person may read and nothing else. Attentions
 * an actor has no part in, others' private notes and restricted notes never leave the database
 * transaction. Reading is audited (A6), so guardians can see who read their child's log.
 * `meetingMode` (C7, meeting-view.ts) leaves out every note and is audited as 'log.meeting_mode'.
 */
export async function getLog(
  ctx: OrgContext,
  logId: string,
  opts: { meetingMode?: boolean } = {},
): Promise<LogView> {
  const meetingMode = opts.meetingMode === true;
  const log = await loadLogFor(ctx, logId, 'log:read');
  const m = ctx.municipalityId;
  const l = schema.log;
  const holder = alias(p, 'holder');
  const child = alias(p, 'child');
  const [head] = await ctx.tx
    .select({
      id: l.id,
      level: l.level,
      status: l.status,
      openedAt: l.openedAt,
      closedAt: l.closedAt,
      version: l.version,
      child: { id: child.id, name: child.name, nationalId: child.nationalId },
      holder: { id: holder.id, name: holder.name },
      unit: { id: schema.unit.id, name: schema.unit.name, type: schema.unit.type },
    })
    .from(l)
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .innerJoin(
      holder,
      and(eq(holder.municipalityId, l.municipalityId), eq(holder.id, l.holderPersonId)),
    )
    .innerJoin(
      schema.unit,
      and(eq(schema.unit.municipalityId, l.municipalityId), eq(schema.unit.id, l.unitId)),
    )
    .where(and(eq(l.municipalityId, m), eq(l.id, logId)));
  if (!head) throw notFound(LOG_NOT_FOUND);

  const [guardians, consents, attentions, measures, events, evaluations, spots, notes, meetings] =
    await Promise.all([
      selectGuardians(ctx, head.child.id),
      selectConsent(ctx, logId),
      selectAttentions(ctx, logId),
      selectMeasures(ctx, logId),
      selectMeasureEvents(ctx, logId),
      selectEvaluations(ctx, logId),
      selectBrightSpots(ctx, logId),
      // Meeting mode (C7) shows no note at all, so none is read from the database.
      meetingMode ? [] : selectNotes(ctx, logId),
      selectMeetings(ctx, logId),
    ]);

  const access = log.access;
  const visible = (attentionId: string | null) =>
    attentionId === null
      ? access.kind !== 'reader' || access.attentions === 'all'
      : mayReadAttention(access, attentionId);
  const today = todayInNorway();
  const birthDate = birthDateOf(head.child.nationalId);
  const evaluationBy = new Map(evaluations.map((e) => [e.measureId, e]));
  const historyBy = groupBy(events, (e) => e.measureId);
  const measuresBy = groupBy(
    measures.map((row): MeasureView => ({
      id: row.id,
      attentionId: row.attentionId,
      text: row.text,
      responsible: row.responsible,
      actor: row.actorId ? { id: row.actorId, name: row.actorName ?? '' } : null,
      startDate: row.startDate,
      deadline: row.deadline,
      step: row.step,
      status: row.status,
      replacesMeasureId: row.replacesMeasureId,
      createdAt: iso(row.createdAt),
      editableUntil: iso(measureEditableUntil(row.createdAt)),
      evaluation: evaluationView(evaluationBy.get(row.id)),
      history: (historyBy.get(row.id) ?? []).map((e) => ({
        kind: e.kind,
        before: e.before,
        after: e.after,
        reason: e.reason,
        by: { id: e.byId, name: e.byName },
        at: iso(e.at),
      })),
      version: row.version,
    })),
    (mv) => mv.attentionId,
  );
  const visibleAttentions = attentions.filter((a) => visible(a.id));
  const consent = consents[0];
  const meetingsSeen = meetings.filter(
    (mt) =>
      access.kind !== 'reader' ||
      access.attentions === 'all' ||
      mt.attentionIds.some((a) => visible(a)) ||
      mt.participants.some((pt) => pt.personId === ctx.actor.personId),
  );

  await recordAudit(ctx.tx, {
    municipalityId: m,
    actorPersonId: ctx.actor.personId,
    action: meetingMode ? 'log.meeting_mode' : 'log.read',
    entity: 'log',
    entityId: logId,
    data: { as: access.kind, attentions: visibleAttentions.length },
  });

  return {
    id: head.id,
    child: {
      id: head.child.id,
      name: head.child.name,
      birthDate,
      age: ageOn(birthDate, today),
    },
    guardians,
    unit: head.unit,
    holder: head.holder,
    level: head.level as 1 | 2 | 3,
    status: head.status,
    openedAt: iso(head.openedAt),
    closedAt: head.closedAt ? iso(head.closedAt) : null,
    consent: consent ? { ...consent, valid: consentValid(consent.validUntil, today) } : null,
    attentions: visibleAttentions.map((a) => {
      const ms = measuresBy.get(a.id) ?? [];
      return {
        ...a,
        createdAt: iso(a.createdAt),
        measures: ms,
        balance: measureBalance(
          ms.map((x) => ({ responsible: x.responsible, active: x.status === 'active' })),
        ),
      };
    }),
    brightSpots: spots
      .filter((s) => visible(s.attentionId))
      .map((s) => ({
        id: s.id,
        attentionId: s.attentionId,
        author: { id: s.authorId, name: s.authorName },
        text: s.text,
        createdAt: iso(s.createdAt),
        updatedAt: iso(s.updatedAt),
        mine: s.authorId === ctx.actor.personId,
        version: s.version,
      })),
    notes: notes
      .filter((n) => noteVisible(n, access, ctx.actor.personId, visible))
      .map((n) => ({
        id: n.id,
        kind: n.kind,
        attentionId: n.attentionId,
        author: { id: n.authorId, name: n.authorName },
        text: n.text,
        restricted: n.restricted,
        attachments: n.attachments,
        createdAt: iso(n.createdAt),
        updatedAt: iso(n.updatedAt),
        mine: n.authorId === ctx.actor.personId,
        version: n.version,
      })),
    meetings: meetingsSeen.map((mt) => ({ ...mt, startsAt: iso(mt.startsAt) })),
    permissions: permissionsOf(ctx, log),
    version: head.version,
  };
}

function permissionsOf(ctx: OrgContext, log: LoadedLog): LogPermissions {
  const { access, resource } = log;
  const active = resource.status === 'active';
  const role =
    access.kind === 'holder'
      ? 'holder'
      : access.kind === 'family'
        ? access.as
        : access.kind === 'reader'
          ? access.as
          : 'reader';
  return {
    role,
    writeLog: active && authorize(ctx.actor, 'log:write', resource),
    writeBrightSpot: active && authorize(ctx.actor, 'bright_spot:write', resource),
    writePrivateNote: active && authorize(ctx.actor, 'private_note:write', resource),
    partial: access.kind === 'reader' && access.attentions !== 'all',
  };
}

/**
 * Private notes: their author only. Restricted log notes: their author and the holder. Other log
 * notes: whoever reads their attention (C5, C8).
 */
export function noteVisible(
  n: { kind: 'private' | 'log'; authorId: string; restricted: boolean; attentionId: string | null },
  access: LogAccess,
  me: string,
  visible: (attentionId: string | null) => boolean,
): boolean {
  if (n.authorId === me) return true;
  if (n.kind === 'private') return false;
  if (n.restricted) return access.kind === 'holder';
  return visible(n.attentionId);
}

function evaluationView(
  e: Awaited<ReturnType<typeof selectEvaluations>>[number] | undefined,
): MeasureView['evaluation'] {
  if (!e) return null;
  return {
    id: e.id,
    outcome: e.outcome,
    comment: e.comment,
    familyView: e.familyView,
    decision: e.decision,
    by: { id: e.byId, name: e.byName },
    at: iso(e.at),
  };
}

function birthDateOf(nationalId: string): string {
  const r = validateNationalId(nationalId, { allowSynthetic: true });
  return r.ok ? r.birthDate : '';
}

function groupBy<T, K>(items: readonly T[], key: (t: T) => K): Map<K, T[]> {
  const map = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

function selectGuardians(ctx: OrgContext, childId: string) {
  const g = schema.guardianship;
  return ctx.tx
    .select({ id: p.id, name: p.name })
    .from(g)
    .innerJoin(p, and(eq(p.municipalityId, g.municipalityId), eq(p.id, g.guardianPersonId)))
    .where(and(eq(g.municipalityId, ctx.municipalityId), eq(g.childPersonId, childId)))
    .orderBy(asc(p.name));
}

function selectConsent(ctx: OrgContext, logId: string) {
  const c = schema.consent;
  return ctx.tx
    .select({
      id: c.id,
      consentedBy: c.consentedBy,
      byYouth: c.byYouth,
      consentedOn: c.consentedOn,
      validUntil: c.validUntil,
      services: c.services,
      fileId: c.fileId,
    })
    .from(c)
    .where(and(eq(c.municipalityId, ctx.municipalityId), eq(c.logId, logId)))
    .orderBy(desc(c.recordedAt))
    .limit(1);
}

function selectAttentions(ctx: OrgContext, logId: string) {
  const a = schema.attention;
  return ctx.tx
    .select({
      id: a.id,
      category: a.category,
      description: a.description,
      maintainingFactors: a.maintainingFactors,
      goal: a.goal,
      signsOfSuccess: a.signsOfSuccess,
      ended: a.ended,
      createdAt: a.createdAt,
      version: a.version,
    })
    .from(a)
    .where(and(eq(a.municipalityId, ctx.municipalityId), eq(a.logId, logId)))
    .orderBy(asc(a.position), asc(a.createdAt));
}

function selectMeasures(ctx: OrgContext, logId: string) {
  const ms = schema.measure;
  return ctx.tx
    .select({
      id: ms.id,
      attentionId: ms.attentionId,
      text: ms.text,
      responsible: ms.responsible,
      actorId: ms.actorPersonId,
      actorName: p.name,
      startDate: ms.startDate,
      deadline: ms.deadline,
      step: ms.step,
      status: ms.status,
      replacesMeasureId: ms.replacesMeasureId,
      createdAt: ms.createdAt,
      version: ms.version,
    })
    .from(ms)
    .leftJoin(p, and(eq(p.municipalityId, ms.municipalityId), eq(p.id, ms.actorPersonId)))
    .where(and(eq(ms.municipalityId, ctx.municipalityId), eq(ms.logId, logId)))
    .orderBy(asc(ms.step), asc(ms.createdAt));
}

function selectMeasureEvents(ctx: OrgContext, logId: string) {
  const e = schema.measureEvent;
  const ms = schema.measure;
  return ctx.tx
    .select({
      measureId: e.measureId,
      kind: e.kind,
      before: e.before,
      after: e.after,
      reason: e.reason,
      byId: p.id,
      byName: p.name,
      at: e.at,
    })
    .from(e)
    .innerJoin(ms, and(eq(ms.municipalityId, e.municipalityId), eq(ms.id, e.measureId)))
    .innerJoin(p, and(eq(p.municipalityId, e.municipalityId), eq(p.id, e.byPersonId)))
    .where(and(eq(e.municipalityId, ctx.municipalityId), eq(ms.logId, logId)))
    .orderBy(asc(e.at));
}

function selectEvaluations(ctx: OrgContext, logId: string) {
  const e = schema.evaluation;
  return ctx.tx
    .select({
      id: e.id,
      measureId: e.measureId,
      outcome: e.outcome,
      comment: e.comment,
      familyView: e.familyView,
      decision: e.decision,
      byId: p.id,
      byName: p.name,
      at: e.evaluatedAt,
    })
    .from(e)
    .innerJoin(p, and(eq(p.municipalityId, e.municipalityId), eq(p.id, e.evaluatedBy)))
    .where(and(eq(e.municipalityId, ctx.municipalityId), eq(e.logId, logId)));
}

function selectBrightSpots(ctx: OrgContext, logId: string) {
  const b = schema.brightSpot;
  return ctx.tx
    .select({
      id: b.id,
      attentionId: b.attentionId,
      authorId: p.id,
      authorName: p.name,
      text: b.text,
      createdAt: b.createdAt,
      updatedAt: b.updatedAt,
      version: b.version,
    })
    .from(b)
    .innerJoin(p, and(eq(p.municipalityId, b.municipalityId), eq(p.id, b.authorPersonId)))
    .where(and(eq(b.municipalityId, ctx.municipalityId), eq(b.logId, logId)))
    .orderBy(desc(b.createdAt));
}

async function selectNotes(ctx: OrgContext, logId: string) {
  const n = schema.note;
  const na = schema.noteAttachment;
  const f = schema.storedFile;
  const [rows, attachments] = await Promise.all([
    ctx.tx
      .select({
        id: n.id,
        kind: n.kind,
        attentionId: n.attentionId,
        authorId: p.id,
        authorName: p.name,
        text: n.text,
        restricted: n.restricted,
        createdAt: n.createdAt,
        updatedAt: n.updatedAt,
        version: n.version,
      })
      .from(n)
      .innerJoin(p, and(eq(p.municipalityId, n.municipalityId), eq(p.id, n.authorPersonId)))
      .where(and(eq(n.municipalityId, ctx.municipalityId), eq(n.logId, logId)))
      .orderBy(asc(n.createdAt)),
    ctx.tx
      .select({ noteId: na.noteId, id: f.id, filename: f.filename, mime: f.mime })
      .from(na)
      .innerJoin(n, and(eq(n.municipalityId, na.municipalityId), eq(n.id, na.noteId)))
      .innerJoin(f, and(eq(f.municipalityId, na.municipalityId), eq(f.id, na.fileId)))
      .where(and(eq(na.municipalityId, ctx.municipalityId), eq(n.logId, logId))),
  ]);
  const byNote = groupBy(attachments, (a) => a.noteId);
  return rows.map((r) => ({
    ...r,
    attachments: (byNote.get(r.id) ?? []).map(({ id, filename, mime }) => ({ id, filename, mime })),
  }));
}

async function selectMeetings(ctx: OrgContext, logId: string) {
  const mt = schema.meeting;
  const mp = schema.meetingParticipant;
  const ma = schema.meetingAttention;
  const [rows, participants, attentions] = await Promise.all([
    ctx.tx
      .select({
        id: mt.id,
        title: mt.title,
        startsAt: mt.startsAt,
        durationMinutes: mt.durationMinutes,
        place: mt.place,
        agenda: mt.agenda,
        status: mt.status,
        meetingEvaluation: mt.meetingEvaluation,
        version: mt.version,
      })
      .from(mt)
      .where(and(eq(mt.municipalityId, ctx.municipalityId), eq(mt.logId, logId)))
      .orderBy(desc(mt.startsAt)),
    ctx.tx
      .select({ meetingId: mp.meetingId, id: mp.id, personId: mp.personId, name: mp.name })
      .from(mp)
      .innerJoin(mt, and(eq(mt.municipalityId, mp.municipalityId), eq(mt.id, mp.meetingId)))
      .where(and(eq(mp.municipalityId, ctx.municipalityId), eq(mt.logId, logId))),
    ctx.tx
      .select({ meetingId: ma.meetingId, attentionId: ma.attentionId })
      .from(ma)
      .innerJoin(mt, and(eq(mt.municipalityId, ma.municipalityId), eq(mt.id, ma.meetingId)))
      .where(and(eq(ma.municipalityId, ctx.municipalityId), eq(mt.logId, logId))),
  ]);
  const pBy = groupBy(participants, (x) => x.meetingId);
  const aBy = groupBy(attentions, (x) => x.meetingId);
  return rows.map((r) => ({
    ...r,
    participants: (pBy.get(r.id) ?? []).map(({ id, personId, name }) => ({ id, personId, name })),
    attentionIds: (aBy.get(r.id) ?? []).map((x) => x.attentionId),
  }));
}
