import { integer, uuid } from 'drizzle-orm/pg-core';
import { municipality } from './municipality';

/**
 * The tenant column every tenant table starts with. A fresh builder per table: drizzle binds a
 * column builder to the first table that uses it.
 */
export const municipalityId = () =>
  uuid('municipality_id')
    .notNull()
    .references(() => municipality.id);

/** Ids are random UUIDs, never sequences: a counter would leak a municipality's volume. */
export const id = () => uuid('id').notNull().defaultRandom();

/** For optimistic concurrency: a changing request names the version it read (409 otherwise). */
export const version = () => integer('version').notNull().default(1);
