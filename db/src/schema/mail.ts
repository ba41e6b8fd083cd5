import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { id, municipalityId } from './columns';

/**
 * E-mail waiting to be sent (DOMAIN.md L3, C6). Written in the same transaction as the change it
 * tells about, so a notice exists exactly when the change does; the job queue sends it and marks
 * it sent. No foreign keys: a notice outlives nothing it refers to.
 */
export const mailOutbox = pgTable(
  'mail_outbox',
  {
    municipalityId: municipalityId(),
    id: id(),
    /** What the notice is about, e.g. "log.created", for tests and the operations log. */
    kind: text('kind').notNull(),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    textBody: text('text_body').notNull(),
    /** Attachments such as a calendar invitation: filename, content type and text content. */
    attachments: jsonb('attachments')
      .$type<{ filename: string; contentType: string; content: string }[]>()
      .notNull()
      .default([]),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ name: 'mail_outbox_pkey', columns: [t.municipalityId, t.id] }),
    index('mail_outbox_unsent_idx')
      .on(t.municipalityId, t.createdAt)
      .where(sql`sent_at is null`),
  ],
);

export type MailOutbox = typeof mailOutbox.$inferSelect;
