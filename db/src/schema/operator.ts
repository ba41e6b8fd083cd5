import { sql } from 'drizzle-orm';
import {
  char,
  check,
  index,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea';

/**
 * The platform operator: the vendor's people who onboard municipalities (DOMAIN.md T1). Not
 * tenant data and not a person of any municipality; reachable only by stafett_operator (read)
 * and stafett_ops. The API role has no privilege here at all.
 */
export const platformOperator = pgTable(
  'platform_operator',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    nationalId: char('national_id', { length: 11 }).notNull(),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('platform_operator_national_id_key').on(t.nationalId),
    check('platform_operator_national_id_check', sql`national_id ~ '^[0-9]{11}$'`),
  ],
);

/**
 * An operator's signed-in session: the same token design as `session` (public id + SHA-256 of
 * the secret half), bound to no municipality. Only stafett_operator reaches it.
 */
export const operatorSession = pgTable(
  'operator_session',
  {
    id: text('id').primaryKey(),
    secretHash: bytea('secret_hash').notNull(),
    operatorId: uuid('operator_id')
      .notNull()
      .references(() => platformOperator.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    /** ID-porten's session id (`sid`), for its front-channel logout. */
    idpSid: text('idp_sid'),
    /** Sent back as id_token_hint when signing out at ID-porten. */
    idToken: text('id_token'),
  },
  (t) => [
    index('operator_session_operator_idx').on(t.operatorId),
    index('operator_session_idp_sid_idx').on(t.idpSid),
  ],
);

export type PlatformOperator = typeof platformOperator.$inferSelect;
export type NewPlatformOperator = typeof platformOperator.$inferInsert;
export type OperatorSession = typeof operatorSession.$inferSelect;
export type NewOperatorSession = typeof operatorSession.$inferInsert;
