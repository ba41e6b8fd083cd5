import { randomBytes } from 'node:crypto';
import postgres from 'postgres';
import { createDatabase, type Database } from '../src/client';
import { seedDemo } from '../src/demo/seed';
import { migrate } from '../src/migrate';

export interface TestDatabase {
  database: Database;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  cleanup(): Promise<void>;
}

/**
 * A migrated database of its own for one test file: in-memory PGlite by default, or — when
 * DATABASE_URL is set — a new `stafett_test_<random>` database on that server, so parallel runs
 * never see each other's rows. With `seed`, the demo municipalities are added too.
 */
export async function createTestDatabase(opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  const fresh = serverUrl ? await createPostgresDatabase(serverUrl) : null;
  const database = await createDatabase(fresh ? { url: fresh.url } : { dataDir: 'memory' });
  try {
    await migrate(database);
    if (opts.seed) await seedDemo(database);
  } catch (err) {
    await database.close();
    await fresh?.drop();
    throw err;
  }
  return {
    database,
    cleanup: async () => {
      await database.close();
      await fresh?.drop();
    },
  };
}

async function createPostgresDatabase(serverUrl: string) {
  // Lowercase letters and digits only, so the name needs no quoting anywhere.
  const name = `stafett_test_${randomBytes(6).toString('hex')}`;
  const admin = () => postgres(serverUrl, { max: 1, onnotice: () => {} });
  const conn = admin();
  try {
    await conn.unsafe(`create database ${name}`);
  } finally {
    await conn.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.href,
    drop: async () => {
      const c = admin();
      try {
        await c.unsafe(`drop database if exists ${name} with (force)`);
      } finally {
        await c.end();
      }
    },
  };
}
