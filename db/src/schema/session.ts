import { foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { bytea } from './bytea';
import { municipalityId } from './columns';
import { person } from './people';

/**
 * A signed-in session (Lucia's model): `id` is the public half of the token, `secret_hash` the
 * SHA-256 of the secret half. A session belongs to one municipality.
 */
export const session = pgTable(
  'session',
  {
    municipalityId: municipalityId(),
    id: text('id').notNull(),
    secretHash: bytea('secret_hash').notNull(),
    personId: uuid('person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** ID-porten's session id (`sid`), for its front-channel logout. */
    idpSid: text('idp_sid'),
    /** Sent back as id_token_hint when signing out at ID-porten. */
    idToken: text('id_token'),
  },
  (t) => [
    primaryKey({ name: 'session_pkey', columns: [t.municipalityId, t.id] }),
    foreignKey({
      name: 'session_person_fk',
      columns: [t.municipalityId, t.personId],
      foreignColumns: [person.municipalityId, person.id],
    }).onDelete('cascade'),
    index('session_person_idx').on(t.municipalityId, t.personId),
    // The two deliberate exceptions to "indexes lead with municipality_id": a request's tenant is
    // not known until its session is found, and a front-channel logout names only ID-porten's
    // sid. Both indexes are non-unique, so they reveal nothing about other tenants; only the two
    // SECURITY DEFINER functions use them.
    index('session_id_idx').on(t.id),
    index('session_idp_sid_idx').on(t.idpSid),
  ],
);

export type Session = typeof session.$inferSelect;
export type NewSession = typeof session.$inferInsert;
