import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import type { ExtractTablesWithRelations } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite, type PgliteDatabase } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import * as schema from './schema';

export type Schema = typeof schema;
/** What both engines have in common; withTenant and the narrow functions use only this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction inside withTenant / withoutTenant. */
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Database =
  | { kind: 'postgres'; db: PostgresJsDatabase<Schema>; close(): Promise<void> }
  | { kind: 'pglite'; db: PgliteDatabase<Schema>; close(): Promise<void> };

export interface DatabaseOptions {
  /** A PostgreSQL connection string; defaults to DATABASE_URL. */
  url?: string;
  /** PGlite's data folder, or 'memory'; defaults to <repo>/.data/pglite. */
  dataDir?: string;
  /** PostgreSQL only: the pool's size (postgres.js's default is 10). */
  max?: number;
  /** PostgreSQL only: sees every statement sent, e.g. for the benchmarks to replay them. */
  onQuery?: (query: string, params: readonly unknown[]) => void;
}

export const DEFAULT_PGLITE_DIR = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../.data/pglite',
);

/**
 * PostgreSQL through postgres.js when a URL is given (or DATABASE_URL is set), otherwise the
 * embedded PGlite, so a fresh checkout runs with nothing else installed. Same schema and
 * migrations either way.
 */
export async function createDatabase(opts: DatabaseOptions = {}): Promise<Database> {
  const url = opts.url ?? process.env.DATABASE_URL;
  if (url) {
    // Notices ("schema already exists, skipping") are noise in the API's log.
    const onQuery = opts.onQuery;
    const client = preparing(
      postgres(url, {
        onnotice: () => {},
        ...(opts.max ? { max: opts.max } : {}),
        ...(onQuery
          ? { debug: (_c: number, query: string, params: unknown[]) => onQuery(query, params) }
          : {}),
      }),
    );
    return {
      kind: 'postgres',
      db: drizzlePostgres({ client, schema }),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = opts.dataDir ?? DEFAULT_PGLITE_DIR;
  if (dataDir !== 'memory') mkdirSync(dataDir, { recursive: true });
  const client = await PGlite.create(dataDir === 'memory' ? undefined : dataDir);
  return {
    kind: 'pglite',
    db: drizzlePglite({ client, schema }),
    close: () => client.close(),
  };
}

type Unsafe = (query: string, args?: unknown[], options?: Record<string, unknown>) => unknown;

/**
 * drizzle sends every query through postgres.js's `unsafe` with `prepare: false`, so PostgreSQL
 * planned each query on every request (measured on the log page: about a third of its
 * database time). Queries with parameters are prepared instead: named statements, cached per
 * connection by postgres.js, planned once. Transactions and savepoints get fresh `sql` objects,
 * so they are wrapped the same way. Ours comes last: drizzle passes its own `prepare: false`. (Behind PgBouncer this needs its prepared-statement support,
 * 1.21 or newer, in transaction mode.)
 */
function preparing<T extends postgres.Sql>(sql: T): T {
  const target = sql as unknown as { unsafe: Unsafe; begin?: unknown; savepoint?: unknown };
  const unsafe = target.unsafe;
  target.unsafe = (query, args = [], options = {}) =>
    unsafe(query, args, args.length > 0 ? { ...options, prepare: true } : options);
  for (const key of ['begin', 'savepoint'] as const) {
    const scoped = target[key];
    if (typeof scoped !== 'function') continue;
    target[key] = (...params: unknown[]) => {
      const fn = params.pop() as (sql: postgres.Sql) => unknown;
      return (scoped as (...a: unknown[]) => Promise<unknown>)(...params, (inner: postgres.Sql) =>
        fn(preparing(inner)),
      );
    };
  }
  return sql;
}
