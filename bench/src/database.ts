import { randomBytes } from 'node:crypto';
import { createDatabase, migrate, seedDemo, type Database } from '@stafett/db';
import postgres from 'postgres';

export const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/postgres';

export interface Statement {
  query: string;
  params: unknown[];
}

export interface BenchDatabase {
  url: string;
  /** A Database for the API whose statements can be recorded. */
  open(opts: { max: number }): Promise<{ database: Database; record(on: boolean): Statement[] }>;
  drop(): Promise<void>;
}

/** A Database for the API on `url` whose statements can be recorded. */
async function openRecorded(url: string, max: number) {
  let recording: Statement[] | null = null;
  // The API's own client (prepared statements and all), with every statement seen.
  const database = await createDatabase({
    url,
    max,
    onQuery: (query, params) => recording?.push({ query, params: [...params] }),
  });
  return {
    database,
    record(on: boolean) {
      const done = recording ?? [];
      recording = on ? [] : null;
      return done;
    },
  };
}

/**
 * A database someone already migrated and seeded with `npm run seed:scale`
 * (`BENCH_SCALE_DATABASE_URL`): the dashboards run against it and leave it as it was, which
 * spares the minutes of loading when measuring again and again.
 */
export function existingBenchDatabase(url: string): BenchDatabase {
  return { url, open: ({ max }) => openRecorded(url, max), drop: async () => {} };
}

/**
 * A fresh PostgreSQL database for one benchmark run, migrated and seeded with the demo, dropped at
 * the end. Benchmarks need real PostgreSQL: row-level security and the pool are what is measured.
 */
export async function createBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `stafett_bench_${randomBytes(5).toString('hex')}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const setup = await createDatabase({ url: url.href });
  await migrate(setup);
  await seedDemo(setup);
  await setup.close();
  return {
    url: url.href,
    open: ({ max }) => openRecorded(url.href, max),
    async drop() {
      const c = postgres(serverUrl, { max: 1, onnotice: () => {} });
      await c.unsafe(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}
