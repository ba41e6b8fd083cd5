import { sql } from 'drizzle-orm';
import type { Tx } from '@stafett/db';
import type { LogStatus, UnitType } from '@stafett/domain';

type Json = Record<string, unknown>;

export interface LogContent {
  head: {
    id: string;
    level: number;
    status: LogStatus;
    openedAt: Date;
    closedAt: Date | null;
    version: number;
    child: { id: string; name: string; nationalId: string };
    holder: { id: string; name: string };
    unit: { id: string; name: string; type: UnitType };
  } | null;
  guardians: { id: string; name: string }[];
  consent: {
    id: string;
    consentedBy: string;
    byYouth: boolean;
    consentedOn: string;
    validUntil: string;
    services: UnitType[];
    fileId: string;
  } | null;
  attentions: {
    id: string;
    category: string;
    description: string;
    maintainingFactors: string;
    goal: string;
    signsOfSuccess: string;
    ended: boolean;
    createdAt: Date;
    version: number;
  }[];
  measures: {
    id: string;
    attentionId: string;
    text: string;
    responsible: 'service' | 'home' | 'child';
    actorId: string | null;
    actorName: string | null;
    actorUnit: string | null;
    startDate: string;
    deadline: string;
    step: number;
    status: 'active' | 'ended' | 'wrongly_registered';
    replacesMeasureId: string | null;
    createdAt: Date;
    version: number;
  }[];
  events: {
    measureId: string;
    kind: string;
    before: Json;
    after: Json;
    reason: string | null;
    byId: string;
    byName: string;
    at: Date;
  }[];
  evaluations: {
    id: string;
    measureId: string;
    outcome: 'worked' | 'partly' | 'did_not_work';
    comment: string;
    familyView: string;
    decision: 'continue' | 'change' | 'end';
    byId: string;
    byName: string;
    at: Date;
  }[];
  brightSpots: {
    id: string;
    attentionId: string | null;
    authorId: string;
    authorName: string;
    text: string;
    createdAt: Date;
    updatedAt: Date;
    version: number;
  }[];
  notes: {
    id: string;
    kind: 'private' | 'log';
    attentionId: string | null;
    authorId: string;
    authorName: string;
    text: string;
    restricted: boolean;
    createdAt: Date;
    updatedAt: Date;
    version: number;
    attachments: { id: string; filename: string; mime: string }[];
  }[];
  meetings: {
    id: string;
    title: string;
    startsAt: Date;
    durationMinutes: number;
    place: string;
    agenda: string;
    status: 'planned' | 'held' | 'cancelled';
    meetingEvaluation: string;
    version: number;
    participants: { id: string; personId: string | null; name: string }[];
    attentionIds: string[];
  }[];
}

/**
 * Everything of one log in ONE statement, each part aggregated to JSON by PostgreSQL (the log page
 * is the most read page: one round trip and one plan instead of a dozen). Row-level security
 * applies to every table inside it. Access filtering is the caller's (get-log.ts). Notes are left
 * out entirely when `notes` is false (meeting mode, C7).
 */
export async function selectLogContent(
  tx: Tx,
  municipalityId: string,
  logId: string,
  opts: { notes: boolean },
): Promise<LogContent> {
  const m = municipalityId;
  const result: unknown = await tx.execute(sql`
    select
      (select json_build_object(
          'id', l.id, 'level', l.level, 'status', l.status, 'openedAt', l.opened_at,
          'closedAt', l.closed_at, 'version', l.version,
          'child', json_build_object('id', c.id, 'name', c.name, 'nationalId', c.national_id),
          'holder', json_build_object('id', h.id, 'name', h.name),
          'unit', json_build_object('id', u.id, 'name', u.name, 'type', u.type))
        from log l
        join person c on c.municipality_id = l.municipality_id and c.id = l.child_person_id
        join person h on h.municipality_id = l.municipality_id and h.id = l.holder_person_id
        join unit u on u.municipality_id = l.municipality_id and u.id = l.unit_id
        where l.municipality_id = ${m} and l.id = ${logId}) as head,
      (select coalesce(json_agg(json_build_object('id', p.id, 'name', p.name) order by p.name), '[]')
        from log l
        join guardianship g on g.municipality_id = l.municipality_id
          and g.child_person_id = l.child_person_id
        join person p on p.municipality_id = g.municipality_id and p.id = g.guardian_person_id
        where l.municipality_id = ${m} and l.id = ${logId}) as guardians,
      (select json_build_object('id', k.id, 'consentedBy', k.consented_by, 'byYouth', k.by_youth,
          'consentedOn', k.consented_on, 'validUntil', k.valid_until, 'services', k.services,
          'fileId', k.file_id)
        from consent k where k.municipality_id = ${m} and k.log_id = ${logId}
        order by k.recorded_at desc limit 1) as consent,
      (select coalesce(json_agg(json_build_object('id', a.id, 'category', a.category,
          'description', a.description, 'maintainingFactors', a.maintaining_factors,
          'goal', a.goal, 'signsOfSuccess', a.signs_of_success, 'ended', a.ended,
          'createdAt', a.created_at, 'version', a.version) order by a.position, a.created_at), '[]')
        from attention a where a.municipality_id = ${m} and a.log_id = ${logId}) as attentions,
      (select coalesce(json_agg(json_build_object('id', x.id, 'attentionId', x.attention_id,
          'text', x.text, 'responsible', x.responsible, 'actorId', x.actor_person_id,
          'actorName', p.name,
          -- The actor's unit: the log's own if they work there, else the first by name.
          'actorUnit', (select u.name from staff_membership s
              join unit u on u.municipality_id = s.municipality_id and u.id = s.unit_id
              where s.municipality_id = x.municipality_id and s.person_id = x.actor_person_id
                and s.active and s.can_act
              order by (u.id = (select lu.unit_id from log lu
                  where lu.municipality_id = x.municipality_id and lu.id = x.log_id)) desc, u.name
              limit 1),
          'startDate', x.start_date, 'deadline', x.deadline, 'step', x.step,
          'status', x.status, 'replacesMeasureId', x.replaces_measure_id,
          'createdAt', x.created_at, 'version', x.version) order by x.step, x.created_at), '[]')
        from measure x
        left join person p on p.municipality_id = x.municipality_id and p.id = x.actor_person_id
        where x.municipality_id = ${m} and x.log_id = ${logId}) as measures,
      (select coalesce(json_agg(json_build_object('measureId', e.measure_id, 'kind', e.kind,
          'before', e.before, 'after', e.after, 'reason', e.reason, 'byId', p.id,
          'byName', p.name, 'at', e.at) order by e.at), '[]')
        from measure_event e
        join measure x on x.municipality_id = e.municipality_id and x.id = e.measure_id
        join person p on p.municipality_id = e.municipality_id and p.id = e.by_person_id
        where e.municipality_id = ${m} and x.log_id = ${logId}) as events,
      (select coalesce(json_agg(json_build_object('id', v.id, 'measureId', v.measure_id,
          'outcome', v.outcome, 'comment', v.comment, 'familyView', v.family_view,
          'decision', v.decision, 'byId', p.id, 'byName', p.name, 'at', v.evaluated_at)), '[]')
        from evaluation v
        join person p on p.municipality_id = v.municipality_id and p.id = v.evaluated_by
        where v.municipality_id = ${m} and v.log_id = ${logId}) as evaluations,
      (select coalesce(json_agg(json_build_object('id', b.id, 'attentionId', b.attention_id,
          'authorId', p.id, 'authorName', p.name, 'text', b.text, 'createdAt', b.created_at,
          'updatedAt', b.updated_at, 'version', b.version) order by b.created_at desc), '[]')
        from bright_spot b
        join person p on p.municipality_id = b.municipality_id and p.id = b.author_person_id
        where b.municipality_id = ${m} and b.log_id = ${logId}) as "brightSpots",
      (select coalesce(json_agg(json_build_object('id', n.id, 'kind', n.kind,
          'attentionId', n.attention_id, 'authorId', p.id, 'authorName', p.name, 'text', n.text,
          'restricted', n.restricted, 'createdAt', n.created_at, 'updatedAt', n.updated_at,
          'version', n.version,
          'attachments', coalesce((select json_agg(json_build_object('id', f.id,
              'filename', f.filename, 'mime', f.mime) order by f.uploaded_at)
            from note_attachment na
            join stored_file f on f.municipality_id = na.municipality_id and f.id = na.file_id
            where na.municipality_id = n.municipality_id and na.note_id = n.id), '[]'))
          order by n.created_at), '[]')
        from note n
        join person p on p.municipality_id = n.municipality_id and p.id = n.author_person_id
        where ${opts.notes} and n.municipality_id = ${m} and n.log_id = ${logId}) as notes,
      (select coalesce(json_agg(json_build_object('id', t.id, 'title', t.title,
          'startsAt', t.starts_at, 'durationMinutes', t.duration_minutes, 'place', t.place,
          'agenda', t.agenda, 'status', t.status, 'meetingEvaluation', t.meeting_evaluation,
          'version', t.version,
          'participants', coalesce((select json_agg(json_build_object('id', mp.id,
              'personId', mp.person_id, 'name', mp.name))
            from meeting_participant mp
            where mp.municipality_id = t.municipality_id and mp.meeting_id = t.id), '[]'),
          'attentionIds', coalesce((select json_agg(ma.attention_id)
            from meeting_attention ma
            where ma.municipality_id = t.municipality_id and ma.meeting_id = t.id), '[]'))
          order by t.starts_at desc), '[]')
        from meeting t where t.municipality_id = ${m} and t.log_id = ${logId}) as meetings
  `);
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Json[];
  return toContent(rows[0] ?? {});
}

/** postgres.js parses json columns; PGlite may hand them back as text. */
const parse = <T>(value: unknown, empty: T): T =>
  value === null || value === undefined
    ? empty
    : ((typeof value === 'string' ? JSON.parse(value) : value) as T);
const date = (s: unknown) => new Date(s as string);

function toContent(row: Json): LogContent {
  const head = parse<(Json & LogContent['head']) | null>(row.head, null);
  return {
    head: head && {
      ...head,
      openedAt: date(head.openedAt),
      closedAt: head.closedAt ? date(head.closedAt) : null,
    },
    guardians: parse(row.guardians, []),
    consent: parse(row.consent, null),
    attentions: parse<LogContent['attentions']>(row.attentions, []).map((a) => ({
      ...a,
      createdAt: date(a.createdAt),
    })),
    measures: parse<LogContent['measures']>(row.measures, []).map((x) => ({
      ...x,
      createdAt: date(x.createdAt),
    })),
    events: parse<LogContent['events']>(row.events, []).map((e) => ({ ...e, at: date(e.at) })),
    evaluations: parse<LogContent['evaluations']>(row.evaluations, []).map((v) => ({
      ...v,
      at: date(v.at),
    })),
    brightSpots: parse<LogContent['brightSpots']>(row.brightSpots, []).map((b) => ({
      ...b,
      createdAt: date(b.createdAt),
      updatedAt: date(b.updatedAt),
    })),
    notes: parse<LogContent['notes']>(row.notes, []).map((n) => ({
      ...n,
      createdAt: date(n.createdAt),
      updatedAt: date(n.updatedAt),
    })),
    meetings: parse<LogContent['meetings']>(row.meetings, []).map((t) => ({
      ...t,
      startsAt: date(t.startsAt),
    })),
  };
}
