import { sql } from 'drizzle-orm';
import {
  check,
  foreignKey,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { id, municipalityId } from './columns';
import { person } from './people';

/**
 * Uploaded files (consents, note attachments), kept in PostgreSQL so they share the tenant's
 * row-level security, backups and transactions. The API reaches them only through its storage
 * interface, so moving the bytes elsewhere later touches one module.
 */
export const storedFile = pgTable(
  'stored_file',
  {
    municipalityId: municipalityId(),
    id: id(),
    /** The type found by reading the content, never the one the browser claimed. */
    mime: text('mime').notNull(),
    filename: text('filename').notNull(),
    byteSize: integer('byte_size').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'stored_file_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'stored_file_uploaded_by_fk',
      columns: [t.municipalityId, t.uploadedBy],
      foreignColumns: [person.municipalityId, person.id],
    }),
    check('stored_file_size_check', sql`byte_size > 0 and byte_size = octet_length(content)`),
  ],
);

export type StoredFile = typeof storedFile.$inferSelect;
