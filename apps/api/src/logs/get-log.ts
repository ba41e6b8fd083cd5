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
import { selectLogContent, type LogContent } from './log-content';
import { loadLogFor, LOG_NOT_FOUND, type LoadedLog } from './log-resource';

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
  const content = await selectLogContent(ctx.tx, m, logId, { notes: !meetingMode });
  const { head, guardians, attentions, measures, events, evaluations, notes, meetings } = content;
  const spots = content.brightSpots;
  if (!head) throw notFound(LOG_NOT_FOUND);

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
      actor: row.actorId
        ? { id: row.actorId, name: row.actorName ?? '', unitName: row.actorUnit }
        : null,
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
  const consent = content.consent;
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
  e: LogContent['evaluations'][number] | undefined,
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
