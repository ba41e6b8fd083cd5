import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import type { Database } from './client';
import { ROLE_BOOTSTRAP_STATEMENTS } from './roles';

export const MIGRATIONS_FOLDER = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../migrations',
);

/**
 * Brings the database up to date; safe on every start. The connecting user is the migrator and
 * owns what the migrations create. Roles come first: they are cluster-wide, so a database
 * restored onto another server may lack them although its migrations are all applied.
 */
export async function migrate(database: Database): Promise<void> {
  for (const statement of ROLE_BOOTSTRAP_STATEMENTS) {
    // Constant SQL from roles.ts, no input: raw is safe here.
    await database.db.execute(sql.raw(statement));
  }
  const config = { migrationsFolder: MIGRATIONS_FOLDER };
  if (database.kind === 'postgres') await migratePostgres(database.db, config);
  else await migratePglite(database.db, config);
}
