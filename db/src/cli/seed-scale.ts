/**
 * `npm run seed:scale -- [--seed N] [--today YYYY-MM-DD] [--factor F] [--only storby,liten-01]`:
 * migrates, then replaces the scale municipalities (storby, liten-01 … liten-20) with
 * deterministic data for the leader dashboards and their benchmark. DATABASE_URL, or the local
 * PGlite folder like `npm run seed` (PGlite is only sensible at small factors).
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { createDatabase } from '../client';
import { migrate } from '../migrate';
import { SCALE_SLUGS, seedScale } from '../scale';
import { rowsOf } from '../scale/sql';

const USAGE = `npm run seed:scale -- [options]

  --seed N            any integer (default 1): the same seed and today give the same rows
  --today YYYY-MM-DD  the day every date counts from (default: today in Norway)
  --factor F          multiplies every count (default 1: storby has 25 000 logs)
  --only SLUGS        comma-separated, of: ${SCALE_SLUGS[0]}, liten-01 … liten-20 (default all)

Earlier scale data for those slugs is deleted first; no other municipality is touched.`;

const { values } = parseArgs({
  options: {
    seed: { type: 'string' },
    today: { type: 'string' },
    factor: { type: 'string' },
    only: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
  strict: true,
});
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}

function number(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  const n = Number(text);
  if (text.trim() === '' || !Number.isFinite(n)) {
    console.error(`--${name} must be a number, not "${text}".\n\n${USAGE}`);
    process.exit(2);
  }
  return n;
}

const database = await createDatabase({ dataDir: process.env.DATA_DIR });
try {
  await migrate(database);
  const report = await seedScale(database, {
    seed: number('seed', values.seed),
    today: values.today,
    factor: number('factor', values.factor),
    only: values.only
      ?.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    log: (line) => console.log(line),
  });
  console.log(
    `\nSeeded ${report.municipalities.length} scale municipalities (${database.kind}) in ` +
      `${report.seconds.toFixed(1)} s: seed ${report.seed}, today ${report.today}, factor ${report.factor}.`,
  );
  for (const [table, n] of Object.entries(report.rows)) {
    console.log(`  ${table.padEnd(20)} ${n.toLocaleString('nb-NO').padStart(12)}`);
  }
  if (database.kind === 'postgres') {
    const [size] = rowsOf<{ size: string }>(
      await database.db.execute(
        sql`select pg_size_pretty(pg_database_size(current_database())) as size`,
      ),
    );
    console.log(`Database size: ${size?.size}`);
  }
} catch (err) {
  // drizzle's "Failed query" carries PostgreSQL's own message as its cause.
  const cause = err instanceof Error && err.cause instanceof Error ? `\n${err.cause.message}` : '';
  console.error(`${err instanceof Error ? err.message : String(err)}${cause}`);
  process.exitCode = 1;
} finally {
  await database.close();
}
