import { sql } from 'drizzle-orm';
import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { id, municipalityId, version } from './columns';
import { municipality } from './municipality';
import { storedFile } from './files';
import { log } from './logs';
import { unit } from './organisation';
import { person } from './people';

const at = (name: string) => timestamp(name, { withTimezone: true }).notNull().defaultNow();

/** DOMAIN.md X1: within the unit, to another unit, or to another municipality. */
export const transferKind = pgEnum('transfer_kind', ['within_unit', 'to_unit', 'to_municipality']);
export const transferStatus = pgEnum('transfer_status', [
  'pending',
  'accepted',
  'declined',
  'cancelled',
]);

/**
 * Passing the baton (X1–X3). Pending until the recipient accepts or declines; until then the old
 * holder stays holder (X2). At most one pending transfer per log, by a partial unique index, so
 * two starts at once cannot both succeed.
 */
export const transfer = pgTable(
  'transfer',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    kind: transferKind('kind').notNull(),
    fromUnitId: uuid('from_unit_id').notNull(),
    fromHolderPersonId: uuid('from_holder_person_id').notNull(),
    /** The receiving unit; null only for another municipality (X4). */
    toUnitId: uuid('to_unit_id'),
    /** A named staff member with holder capability; null when addressed to the unit's leader. */
    toPersonId: uuid('to_person_id'),
    /** For another municipality: its slug on this platform, or its name when it is not on it. */
    toMunicipality: text('to_municipality'),
    reason: text('reason').notNull(),
    /** The guardians' consent to the move (X1), as the holder recorded it; to another unit. */
    guardianConsent: text('guardian_consent'),
    /** The attentions that go along (X1); empty: all of them. */
    attentionIds: uuid('attention_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    status: transferStatus('status').notNull().default('pending'),
    declineReason: text('decline_reason'),
    /** Who started it: the holder, or the unit's leader on their behalf (X3). */
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at'),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    /** The new holder named at acceptance (when addressed to the leader, they choose). */
    newHolderPersonId: uuid('new_holder_person_id'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'transfer_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'transfer_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'transfer_from_unit_fk',
      columns: [t.municipalityId, t.fromUnitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }),
    foreignKey({
      name: 'transfer_to_unit_fk',
      columns: [t.municipalityId, t.toUnitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }),
    foreignKey({
      name: 'transfer_from_holder_fk',
      columns: [t.municipalityId, t.fromHolderPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    foreignKey({
      name: 'transfer_to_person_fk',
      columns: [t.municipalityId, t.toPersonId],
      foreignColumns: [person.municipalityId, person.id],
    }),
    uniqueIndex('transfer_one_pending_per_log_key')
      .on(t.municipalityId, t.logId)
      .where(sql`status = 'pending'`),
    index('transfer_log_idx').on(t.municipalityId, t.logId, t.createdAt),
    index('transfer_to_unit_idx').on(t.municipalityId, t.toUnitId, t.status),
    index('transfer_to_person_idx').on(t.municipalityId, t.toPersonId, t.status),
    index('transfer_from_holder_idx').on(t.municipalityId, t.fromHolderPersonId, t.status),
  ],
);

/** DOMAIN.md L8: when a PDF of the log must go to the child's folder in the archive. */
export const archiveReason = pgEnum('archive_reason', [
  'yearly',
  'change_of_service',
  'closing',
  'before_deletion',
  'moving_away',
]);

/** An archive obligation of a log (L8): due on a date, done when the PDF is filed. */
export const archiveObligation = pgTable(
  'archive_obligation',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    reason: archiveReason('reason').notNull(),
    dueOn: date('due_on').notNull(),
    /** The archive PDF made for it (PDF/A), kept until filed and the log is deleted. */
    fileId: uuid('file_id'),
    /** Marked by a person when the PDF is in the archive (the journal number, if they give it). */
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneBy: uuid('done_by'),
    archiveReference: text('archive_reference'),
    createdAt: at('created_at'),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'archive_obligation_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'archive_obligation_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    foreignKey({
      name: 'archive_obligation_file_fk',
      columns: [t.municipalityId, t.fileId],
      foreignColumns: [storedFile.municipalityId, storedFile.id],
    }),
    index('archive_obligation_log_idx').on(t.municipalityId, t.logId),
    index('archive_obligation_due_idx')
      .on(t.municipalityId, t.dueOn)
      .where(sql`done_at is null`),
  ],
);

/** A guardian's (or the youth's) demand that the information be deleted (L7); the unit leader acts. */
export const deletionRequest = pgTable(
  'deletion_request',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    requestedBy: uuid('requested_by').notNull(),
    requestedAt: at('requested_at'),
    handledBy: uuid('handled_by'),
    handledAt: timestamp('handled_at', { withTimezone: true }),
    /** What the unit leader answered, in words the family reads. */
    answer: text('answer'),
  },
  (t) => [
    primaryKey({ name: 'deletion_request_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'deletion_request_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    index('deletion_request_log_idx').on(t.municipalityId, t.logId),
  ],
);

/**
 * What stays of a deleted log (L6): no person, no text — the unit, the dates, the categories and
 * the counts, for the statistics (S2).
 */
export const deletedLogTrace = pgTable(
  'deleted_log_trace',
  {
    municipalityId: municipalityId(),
    id: id(),
    unitId: uuid('unit_id').notNull(),
    level: integer('level').notNull(),
    openedAt: timestamp('opened_at', { withTimezone: true }).notNull(),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    deletedAt: at('deleted_at'),
    categories: text('categories')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Counts by kind: attentions, measures by party, evaluations by outcome, bright spots. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'deleted_log_trace_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'deleted_log_trace_unit_fk',
      columns: [t.municipalityId, t.unitId],
      foreignColumns: [unit.municipalityId, unit.id],
    }),
    index('deleted_log_trace_unit_idx').on(t.municipalityId, t.unitId),
  ],
);

/**
 * A log on its way to another municipality on the platform (X4), as its sender's row: what goes
 * along is a snapshot (the chosen attentions with their measures, evaluations and bright spots,
 * the consent and its document). The receiving municipality never reads this table; it sees and
 * takes packages addressed to it only through two SECURITY DEFINER functions — the one narrow,
 * audited path across tenants (migration 0013).
 */
export const transferPackage = pgTable(
  'transfer_package',
  {
    municipalityId: municipalityId(),
    id: id(),
    logId: uuid('log_id').notNull(),
    toMunicipalityId: uuid('to_municipality_id')
      .notNull()
      .references(() => municipality.id),
    reason: text('reason').notNull(),
    /** The child and guardians as the receiver needs them to find or create the persons. */
    child: jsonb('child').$type<{ name: string; nationalId: string }>().notNull(),
    guardians: jsonb('guardians')
      .$type<{ name: string; nationalId: string; email: string | null; phone: string | null }[]>()
      .notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    consentFile: bytea('consent_file').notNull(),
    consentMime: text('consent_mime').notNull(),
    consentFilename: text('consent_filename').notNull(),
    status: transferStatus('status').notNull().default('pending'),
    declineReason: text('decline_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: at('created_at'),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    version: version(),
  },
  (t) => [
    primaryKey({ name: 'transfer_package_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'transfer_package_log_fk',
      columns: [t.municipalityId, t.logId],
      foreignColumns: [log.municipalityId, log.id],
    }),
    uniqueIndex('transfer_package_one_pending_per_log_key')
      .on(t.municipalityId, t.logId)
      .where(sql`status = 'pending'`),
    // No index on to_municipality_id: every index leads with the tenant, and packages between
    // municipalities are few enough for the receiver's function to scan.
  ],
);

export type Transfer = typeof transfer.$inferSelect;
export type TransferPackage = typeof transferPackage.$inferSelect;
export type ArchiveObligation = typeof archiveObligation.$inferSelect;
export type DeletionRequest = typeof deletionRequest.$inferSelect;
export type DeletedLogTrace = typeof deletedLogTrace.$inferSelect;
