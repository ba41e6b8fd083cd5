import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { id, municipalityId, version } from './columns';
import { storedFile } from './files';
import { unit, unitType } from './organisation';
import { person } from './people';

/** DOMAIN.md L6. Deleted logs keep an anonymous row for statistics. */
export const logStatus = pgEnum('log_status', ['active', 'passive', 'deleted']);
/** DOMAIN.md C2: exactly one responsible party per measure. */
export const measureResponsible = pgEnum('measure_responsible', ['service', 'home', 'child']);
export const measureStatus = pgEnum('measure_status', ['active', 'ended', 'wrongly_registered']);
/** DOMAIN.md C3: green / yellow / red. */
export const evaluationOutcome = pgEnum('evaluation_outcome', ['worked', 'partly', 'did_not_work']);
export const evaluationDecision = pgEnum('evaluation_decision', ['continue', 'change', 'end']);
export const noteKind = pgEnum('note_kind', ['private', 'log']);
export const meetingStatus = pgEnum('meeting_status', ['planned', 'held', 'cancelled']);

const at = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** One relay log about one child (DOMAIN.md L1–L6). */
export const log = pgTable(
  'log',
  {
    municipalityId: municipalityId(),
    id: id(),
    childPersonId: uuid('child_person_id').notNull(),
    /** The holder's unit: the unit responsible for the log (X2). */
    unitId: uuid('unit_id').notNull(),
    /** Exactly one holder, always (L5): a column, not a table, so there can never be two. */
    holderPersonId: uuid('holder_person_id').notNull(),
    level: smallint('level').notNull(),
    status: logStatus('status').notNull().default('active'),
    openedAt: at('opened_at'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    closedBy: uuid('closed_by'),
    closeReason: text('close_reason'),
    /** The earlier log this one reopens (L4). */
    reopensLogId: uuid('reopens_log_id'),
    /** For the "no activity for 60 days" deadline (S3); bumped by every change of content. */
    lastActivityAt: at('last_activity_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'log_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'log_child_fk',
      columns: [t.municipalityId, t.childPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    foreignKey({
      name: 'log_holder_fk',
      columns: [t.municipalityId, t.holderPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    foreignKey({
      name: 'log_unit_fk',
      columns: [t.municipalityId, t.unitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }),
    foreignKey({
      name: 'log_reopens_fk',
      columns: [t.municipalityId, t.reopensLogId],
      foreignColumns: [t.municipalityId, t.id],
    }),
    check('log_level_check', sql`level between 1 and 3`),
    // One active log per child: a second would split the coordination the log exists for.
    uniqueIndex('log_one_active_per_child_key')
      .on(t.municipalityId, t.childPersonId)
      .where(sql`status = 'active'`),
    index('log_holder_idx').on(t.municipalityId, t.holderPersonId, t.status),
    index('log_unit_idx').on(t.municipalityId, t.unitId, t.status),
    index('log_child_idx').on(t.municipalityId, t.childPersonId),
    // Foreign keys are checked on delete: without it, deleting a log scans every log.
    index('log_reopens_idx').on(t.municipalityId, t.reopensLogId),
  ],
);

/** The written, signed consent (L2). A log has one or more over time; the newest one counts. */
export const consent = pgTable(
  'consent',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    fileId: uuid('file_id').notNull(),
    /** Who consented, as written on the form: the guardians' names, or the youth's. */
    consentedBy: text('consented_by').notNull(),
    byYouth: boolean('by_youth').notNull().default(false),
    consentedOn: date('consented_on').notNull(),
    validUntil: date('valid_until').notNull(),
    /** The services that may take part. */
    services: unitType('services').array().notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: at('recorded_at'),
    /** When the holder was e-mailed that this consent runs out (L2); once per consent. */
    expiryNotifiedAt: timestamp('expiry_notified_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'consent_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'consent_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'consent_file_fk',
      columns: [t.municipalityId, t.fileId],
      foreignColumns: [storedFile.municipalityId, storedFile.id],
    }),
    check('consent_period_check', sql`valid_until >= consented_on`),
    index('consent_log_idx').on(t.municipalityId, t.logId, t.recordedAt.desc()),
  ],
);

/** A concern being worked on (C1). */
export const attention = pgTable(
  'attention',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    category: text('category').notNull(),
    /** The describing sentence. */
    description: text('description').notNull(),
    maintainingFactors: text('maintaining_factors').notNull().default(''),
    goal: text('goal').notNull().default(''),
    signsOfSuccess: text('signs_of_success').notNull().default(''),
    position: integer('position').notNull().default(0),
    ended: boolean('ended').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'attention_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'attention_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    index('attention_log_idx').on(t.municipalityId, t.logId, t.position),
  ],
);

/** A short concrete action with exactly one responsible party (C2). */
export const measure = pgTable(
  'measure',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    attentionId: uuid('attention_id').notNull(),
    text: text('text').notNull(),
    responsible: measureResponsible('responsible').notNull(),
    /** The staff actor, when the service is responsible; null for the home and the child. */
    actorPersonId: uuid('actor_person_id'),
    startDate: date('start_date').notNull(),
    deadline: date('deadline').notNull(),
    /** Its step in the ladder, 1 first. */
    step: integer('step').notNull().default(1),
    status: measureStatus('status').notNull().default('active'),
    /** The measure this one changes or replaces, so the ladder's history stays visible (C3). */
    replacesMeasureId: uuid('replaces_measure_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'measure_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'measure_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'measure_attention_fk',
      columns: [t.municipalityId, t.attentionId],
      foreignColumns: [attention.municipalityId, attention.id],
    }),
    foreignKey({
      name: 'measure_actor_fk',
      columns: [t.municipalityId, t.actorPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    foreignKey({
      name: 'measure_replaces_fk',
      columns: [t.municipalityId, t.replacesMeasureId],
      foreignColumns: [t.municipalityId, t.id],
    }),
    check(
      'measure_one_responsible_check',
      sql`(responsible = 'service') = (actor_person_id is not null)`,
    ),
    check('measure_deadline_check', sql`deadline >= start_date`),
    check('measure_step_check', sql`step >= 1`),
    // At most one active measure per actor per attention (C2), also under concurrent requests.
    uniqueIndex('measure_one_active_per_actor_key')
      .on(t.municipalityId, t.attentionId, t.actorPersonId)
      .where(sql`status = 'active' and actor_person_id is not null`),
    index('measure_attention_idx').on(t.municipalityId, t.attentionId, t.step),
    index('measure_log_idx').on(t.municipalityId, t.logId),
    index('measure_actor_idx').on(t.municipalityId, t.actorPersonId),
    index('measure_replaces_idx').on(t.municipalityId, t.replacesMeasureId),
  ],
);

/**
 * What happened to a measure after it was written (C3): deadline extended, actor changed, text
 * corrected, marked wrongly registered, ended. Shown as the measure's history.
 */
export const measureEvent = pgTable(
  'measure_event',
  {
    municipalityId: municipalityId(),
    id: id(),
    measureId: uuid('measure_id').notNull(),
    kind: text('kind').notNull(),
    before: jsonb('before').$type<Record<string, unknown>>().notNull().default({}),
    after: jsonb('after').$type<Record<string, unknown>>().notNull().default({}),
    reason: text('reason'),
    byPersonId: uuid('by_person_id').notNull(),
    at: at('at'),
  },
  (t) => [
    primaryKey({ name: 'measure_event_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'measure_event_measure_fk',
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }),
    index('measure_event_measure_idx').on(t.municipalityId, t.measureId, t.at),
  ],
);

/** Once per measure (C3): the unique key on measure_id is the rule. */
export const evaluation = pgTable(
  'evaluation',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    measureId: uuid('measure_id').notNull(),
    outcome: evaluationOutcome('outcome').notNull(),
    comment: text('comment').notNull().default(''),
    /** The family's view, which has the last word. */
    familyView: text('family_view').notNull().default(''),
    decision: evaluationDecision('decision').notNull(),
    meetingId: uuid('meeting_id'),
    evaluatedBy: uuid('evaluated_by').notNull(),
    evaluatedAt: at('evaluated_at'),
  },
  (t) => [
    primaryKey({ name: 'evaluation_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'evaluation_measure_fk',
      columns: [t.municipalityId, t.measureId],
      foreignColumns: [measure.municipalityId, measure.id],
    }),
    foreignKey({
      name: 'evaluation_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    unique('evaluation_once_per_measure_key').on(t.municipalityId, t.measureId),
    index('evaluation_log_idx').on(t.municipalityId, t.logId),
  ],
);

/** A short positive message between meetings (C4). */
export const brightSpot = pgTable(
  'bright_spot',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    attentionId: uuid('attention_id'),
    authorPersonId: uuid('author_person_id').notNull(),
    text: text('text').notNull(),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'bright_spot_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'bright_spot_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'bright_spot_attention_fk',
      columns: [t.municipalityId, t.attentionId],
      foreignColumns: [attention.municipalityId, attention.id],
    }),
    index('bright_spot_log_idx').on(t.municipalityId, t.logId, t.createdAt.desc()),
    index('bright_spot_attention_idx').on(t.municipalityId, t.attentionId),
  ],
);

/** Private notes (only their author) and log notes on an attention, maybe restricted (C5). */
export const note = pgTable(
  'note',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    kind: noteKind('kind').notNull(),
    attentionId: uuid('attention_id'),
    authorPersonId: uuid('author_person_id').notNull(),
    text: text('text').notNull(),
    /** A restricted log note is seen by its author and the holder only. */
    restricted: boolean('restricted').notNull().default(false),
    createdAt: at('created_at'),
    updatedAt: at('updated_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'note_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'note_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'note_attention_fk',
      columns: [t.municipalityId, t.attentionId],
      foreignColumns: [attention.municipalityId, attention.id],
    }),
    check('note_log_note_on_attention_check', sql`kind = 'private' or attention_id is not null`),
    check('note_private_not_restricted_check', sql`kind = 'log' or not restricted`),
    index('note_log_idx').on(t.municipalityId, t.logId, t.createdAt),
  ],
);

export const noteAttachment = pgTable(
  'note_attachment',
  {
    municipalityId: municipalityId(),
    id: id(),
    noteId: uuid('note_id').notNull(),
    fileId: uuid('file_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'note_attachment_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'note_attachment_note_fk',
      columns: [t.municipalityId, t.noteId],
      foreignColumns: [note.municipalityId, note.id],
    }),
    foreignKey({
      name: 'note_attachment_file_fk',
      columns: [t.municipalityId, t.fileId],
      foreignColumns: [storedFile.municipalityId, storedFile.id],
    }),
    index('note_attachment_note_idx').on(t.municipalityId, t.noteId),
  ],
);

/** A coordination meeting (C6); it may exist before any attention. */
export const meeting = pgTable(
  'meeting',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    title: text('title').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull().default(60),
    place: text('place').notNull().default(''),
    agenda: text('agenda').notNull().default(''),
    status: meetingStatus('status').notNull().default('planned'),
    /** "Is there something in this meeting that could have been different?" */
    meetingEvaluation: text('meeting_evaluation').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'meeting_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'meeting_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    check('meeting_duration_check', sql`duration_minutes between 5 and 600`),
    index('meeting_log_idx').on(t.municipalityId, t.logId, t.startsAt),
  ],
);

/** Who is invited: staff or guardians known as persons, or anyone by name and e-mail. */
export const meetingParticipant = pgTable(
  'meeting_participant',
  {
    municipalityId: municipalityId(),
    id: id(),
    meetingId: uuid('meeting_id').notNull(),
    personId: uuid('person_id'),
    name: text('name').notNull(),
    email: text('email'),
  },
  (t) => [
    primaryKey({ name: 'meeting_participant_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'meeting_participant_meeting_fk',
      columns: [t.municipalityId, t.meetingId],
      foreignColumns: [meeting.municipalityId, meeting.id],
    }),
    foreignKey({
      name: 'meeting_participant_person_fk',
      columns: [t.municipalityId, t.personId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    index('meeting_participant_meeting_idx').on(t.municipalityId, t.meetingId),
  ],
);

export const meetingAttention = pgTable(
  'meeting_attention',
  {
    municipalityId: municipalityId(),
    id: id(),
    meetingId: uuid('meeting_id').notNull(),
    attentionId: uuid('attention_id').notNull(),
  },
  (t) => [
    primaryKey({ name: 'meeting_attention_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'meeting_attention_meeting_fk',
      columns: [t.municipalityId, t.meetingId],
      foreignColumns: [meeting.municipalityId, meeting.id],
    }),
    foreignKey({
      name: 'meeting_attention_attention_fk',
      columns: [t.municipalityId, t.attentionId],
      foreignColumns: [attention.municipalityId, attention.id],
    }),
    unique('meeting_attention_key').on(t.municipalityId, t.meetingId, t.attentionId),
  ],
);

/**
 * Read access for other staff to the whole log or chosen attentions, recorded with the
 * guardians' consent (C8). A mentor grant gives a leader the same read access.
 */
export const accessGrant = pgTable(
  'access_grant',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    personId: uuid('person_id').notNull(),
    /** Empty means the whole log. */
    attentionIds: uuid('attention_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    mentor: boolean('mentor').notNull().default(false),
    /** Who in the family agreed, and when, as the holder recorded it. */
    guardianConsent: text('guardian_consent').notNull(),
    grantedBy: uuid('granted_by').notNull(),
    grantedAt: at('granted_at'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ name: 'access_grant_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'access_grant_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'access_grant_person_fk',
      columns: [t.municipalityId, t.personId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    index('access_grant_person_idx').on(t.municipalityId, t.personId),
    index('access_grant_log_idx').on(t.municipalityId, t.logId),
  ],
);

export type Log = typeof log.$inferSelect;
export type Consent = typeof consent.$inferSelect;
export type Attention = typeof attention.$inferSelect;
export type Measure = typeof measure.$inferSelect;
export type MeasureEvent = typeof measureEvent.$inferSelect;
export type Evaluation = typeof evaluation.$inferSelect;
export type BrightSpot = typeof brightSpot.$inferSelect;
export type Note = typeof note.$inferSelect;
export type Meeting = typeof meeting.$inferSelect;
export type MeetingParticipant = typeof meetingParticipant.$inferSelect;
export type AccessGrant = typeof accessGrant.$inferSelect;
