import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../src/rows';
import { withTenant } from '../src/tenant';
import { createTestDatabase } from './fresh-database';

const { database, cleanup } = await createTestDatabase();
afterAll(cleanup);

describe('the PostgreSQL client', () => {
  // Prepared statements are postgres.js's; PGlite (no DATABASE_URL) plans in-process.
  it.skipIf(database.kind !== 'postgres')(
    'prepares queries with parameters, so PostgreSQL plans them once per connection',
    async () => {
      const prepared = await withTenant(
        database,
        { municipalityId: '00000000-0000-4000-8000-000000000000', personId: null },
        async (tx) => {
          await tx.execute(sql`select ${42}::int as prepared_marker`);
          // The same transaction, so the same connection as the query above.
          return rowsOf<{ n: number }>(
            await tx.execute(sql`
              select count(*)::int as n from pg_prepared_statements
               where statement like '%as prepared_marker%' and statement not like '%pg_prepared%'`),
          );
        },
      );
      expect(prepared[0]?.n).toBe(1);
    },
  );
});
