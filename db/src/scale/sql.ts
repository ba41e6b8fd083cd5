import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import type { Tx } from '../client';
import type { MunicipalityPlan } from './plan';

/**
 * What every step of the generator gets: the transaction (as stafett_ops), the municipality being
 * made and the day everything counts from. `run` executes one statement and reports its time.
 */
export interface ScaleContext {
  tx: Tx;
  plan: MunicipalityPlan;
  municipalityId: string;
  seed: number;
  /** 'YYYY-MM-DD'. */
  today: string;
  run(label: string, query: SQL): Promise<void>;
}

/** postgres.js answers an array of rows, PGlite an object with `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

const SLUG = /^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/;
/** Separates the items of a word list sent as one parameter (no text here contains it). */
export const SEP = '\u001f';

/**
 * The municipality's id does not depend on the seed, only on its slug, so a later run (with any
 * seed) knows the municipality as its own and replaces it — and never a municipality someone
 * else made with the same slug.
 */
export function scaleMunicipalityId(slug: string): string {
  // The same shape as pg_temp.uid below: md5, version nibble 4, variant nibble 8.
  const hex = createHash('md5').update(`stafett-scale:${slug}`).digest('hex');
  const h = `${hex.slice(0, 12)}4${hex.slice(13, 16)}8${hex.slice(17)}`;
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/**
 * The deterministic randomness, as TEMPORARY functions of this session (dropped at the end of the
 * run; never in a migration, never a permanent object):
 *
 * - `pg_temp.r(salt, i)`: a number in [0, 1) from md5(seed:slug:salt:i);
 * - `pg_temp.h(salt, i)` and `pg_temp.f(h, k)`: one md5, four numbers (k = 0…3), for the big
 *   tables where md5 is most of the cost;
 * - `pg_temp.uid(salt, i)`: a uuid from the same md5, shaped as version 4 (zod's uuid check);
 * - `pg_temp.at(day, minute)`: that minute of the day in UTC, as timestamptz;
 * - `pg_temp.pick(list, x)`: the element of a list at x in [0, 1).
 *
 * Function bodies cannot take parameters, so the seed and the slug are written into them: the
 * seed is a checked integer and the slug matches the municipality slug rule, so nothing else can
 * reach the SQL. The bodies are single expressions, so PostgreSQL inlines them.
 */
export async function createScaleFunctions(tx: Tx, seed: number, slug: string): Promise<void> {
  if (!Number.isSafeInteger(seed)) throw new TypeError('seed:scale: the seed must be an integer');
  if (!SLUG.test(slug)) throw new TypeError(`seed:scale: bad slug ${slug}`);
  const prefix = `${seed}:${slug}:`;
  const md5 = `md5('${prefix}' || salt || ':' || i::text)`;
  const statements = [
    `create function pg_temp.r(salt text, i bigint) returns double precision
       language sql immutable parallel safe
       as $$ select ('x' || substr(${md5}, 1, 13))::bit(52)::bigint::float8 * 2.220446049250313e-16::float8 $$`,
    `create function pg_temp.h(salt text, i bigint) returns text
       language sql immutable parallel safe as $$ select ${md5} $$`,
    `create function pg_temp.f(h text, k int) returns double precision
       language sql immutable parallel safe
       as $$ select ('x' || substr(h, 1 + 8 * k, 8))::bit(32)::bigint::float8 / 4294967296.0::float8 $$`,
    `create function pg_temp.uid(salt text, i bigint) returns uuid
       language sql immutable parallel safe
       as $$ select overlay(overlay(${md5} placing '4' from 13) placing '8' from 17)::uuid $$`,
    `create function pg_temp.at(d date, minute int) returns timestamptz
       language sql immutable parallel safe
       as $$ select (d::timestamp + minute * interval '1 minute') at time zone 'UTC' $$`,
    `create function pg_temp.pick(list text[], x double precision) returns text
       language sql immutable parallel safe
       as $$ select list[1 + floor(x * cardinality(list))::int] $$`,
  ];
  // Constant text with a checked integer and a checked slug (see above): raw is safe here.
  for (const statement of statements) await tx.execute(sql.raw(statement));
}

export async function dropScaleFunctions(tx: Tx): Promise<void> {
  await tx.execute(sql`drop function if exists pg_temp.r(text, bigint), pg_temp.h(text, bigint),
    pg_temp.f(text, int), pg_temp.uid(text, bigint), pg_temp.at(date, int),
    pg_temp.pick(text[], double precision)`);
}

/** Word lists travel as one parameter each and become `text[]` columns of one temp row. */
export async function createWordTable(tx: Tx, lists: Record<string, readonly string[]>) {
  const columns = Object.entries(lists).map(
    ([name, items]) =>
      sql`string_to_array(${items.join(SEP)}::text, ${SEP}::text) as ${sql.identifier(name)}`,
  );
  await tx.execute(
    sql`create temp table scale_w on commit drop as select ${sql.join(columns, sql`, `)}`,
  );
}

/** An ISO date plus whole calendar days. */
export function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
