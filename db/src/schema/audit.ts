import { index, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { id, municipalityId } from './columns';

/**
 * Who did or read what, when (DOMAIN.md A6). Append-only for the API role (INSERT and SELECT
 * only). No foreign key to person on purpose: the trail must outlive the rows it talks about.
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    municipalityId: municipalityId(),
    id: id(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorPersonId: uuid('actor_person_id'),
    /** "<entity>.<verb>", e.g. "session.created". */
    action: text('action').notNull(),
    entity: text('entity').notNull(),
    entityId: uuid('entity_id'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [
    primaryKey({ name: 'audit_event_pkey', columns: [t.municipalityId, t.id] }),
    // The admins' audit list: newest first, with id as the tie-breaker for keyset paging.
    index('audit_event_list_idx').on(t.municipalityId, t.at.desc(), t.id),
    index('audit_event_entity_idx').on(t.municipalityId, t.entity, t.entityId),
    // The same list filtered by who acted.
    index('audit_event_actor_at_idx').on(t.municipalityId, t.actorPersonId, t.at.desc()),
  ],
);

export type AuditEvent = typeof auditEvent.$inferSelect;
export type NewAuditEvent = typeof auditEvent.$inferInsert;
