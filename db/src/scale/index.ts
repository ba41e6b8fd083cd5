import { sql } from 'drizzle-orm';
import type { Database } from '../client';
import { todayInOslo } from '../demo/logs';
import { refreshStats } from '../stats/refresh';
import { withOps } from '../tenant';
import { insertLogs } from './consent';
import { createContent } from './content';
import { createLogSkeleton } from './logs';
import { createOrganisation } from './organisation';
import { createPeople } from './people';
import { scalePlans, STORBY_SLUG, type MunicipalityPlan, type ScaleOptions } from './plan';
import { createRelay } from './relay';
import { removeScaleMunicipalities } from './reset';
import {
  createScaleFunctions,
  createWordTable,
  dropScaleFunctions,
  rowsOf,
  scaleMunicipalityId,
  type ScaleContext,
} from './sql';
import * as words from './words';

export { removeScaleMunicipalities } from './reset';
export { SCALE_SLUGS, scalePlans, SHAPE, unitTypePlan, type ScaleOptions } from './plan';
export { scaleMunicipalityId } from './sql';

/** The tables seed:scale writes, in the order it writes them (row counts are reported for these). */
export const SCALE_TABLES = [
  'district',
  'unit',
  'person',
  'staff_membership',
  'district_leader',
  'municipality_admin',
  'guardianship',
  'stored_file',
  'log',
  'consent',
  'attention',
  'measure',
  'evaluation',
  'bright_spot',
  'transfer',
  'archive_obligation',
  'deleted_log_trace',
] as const;

/** The rollup the seed refreshes (db/src/stats/refresh.ts). */
const STATS_TABLES = [
  'stats_unit_month',
  'stats_district_month',
  'stats_unit_now',
  'stats_district_now',
  'stats_refresh',
] as const;

export interface ScaleReport {
  seed: number;
  today: string;
  factor: number;
  /** Slugs whose earlier scale data was removed first. */
  replaced: string[];
  municipalities: { slug: string; id: string; seconds: number }[];
  /** Rows per table over the municipalities made. */
  rows: Record<string, number>;
  seconds: number;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Days from five years before `today` to `today`. */
function fiveYearsOfDays(today: string): number {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y - 5, m - 1, d)) / 86_400_000);
}

/**
 * `npm run seed:scale`: replaces the scale municipalities (storby and liten-01 … liten-20, or
 * `only` of them) with fresh, deterministic data: the same seed, today and factor give the same
 * rows, ids included. Each municipality is made in one transaction as stafett_ops, in large
 * INSERT … SELECT statements driven by TEMPORARY hash functions, and ends with its statistics
 * refreshed. Never touches any other municipality.
 */
export async function seedScale(database: Database, opts: ScaleOptions = {}): Promise<ScaleReport> {
  const seed = opts.seed ?? 1;
  const today = opts.today ?? todayInOslo();
  const factor = opts.factor ?? 1;
  const log = opts.log ?? (() => {});
  if (!Number.isSafeInteger(seed)) throw new TypeError('seed:scale: --seed must be an integer');
  if (!ISO_DATE.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) {
    throw new TypeError('seed:scale: --today must be a date, YYYY-MM-DD');
  }
  if (!(factor > 0 && factor <= 20)) {
    throw new TypeError('seed:scale: --factor must be a number above 0 and at most 20');
  }
  const started = Date.now();
  const plans = scalePlans(seed, factor, opts.only);
  const replaced = await removeScaleMunicipalities(
    database,
    plans.map((p) => p.slug),
    log,
  );
  if (replaced.length > 0) log(`Removed earlier scale data: ${replaced.join(', ')}`);

  const made: ScaleReport['municipalities'] = [];
  for (const plan of plans) {
    const t0 = Date.now();
    const id = await makeMunicipality(database, plan, seed, today, log);
    made.push({ slug: plan.slug, id, seconds: (Date.now() - t0) / 1000 });
    log(`${plan.slug}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }

  // Fresh statistics for the planner, and the visibility map for index-only scans; the
  // dashboards' rollup too, which the planner would otherwise take for empty.
  for (const table of [...SCALE_TABLES, ...STATS_TABLES]) {
    await database.db.execute(sql`vacuum (analyze) ${sql.identifier(table)}`);
  }
  const rows = await countRows(
    database,
    made.map((m) => m.id),
  );
  return {
    seed,
    today,
    factor,
    replaced,
    municipalities: made,
    rows,
    seconds: (Date.now() - started) / 1000,
  };
}

async function makeMunicipality(
  database: Database,
  plan: MunicipalityPlan,
  seed: number,
  today: string,
  log: (line: string) => void,
): Promise<string> {
  const municipalityId = scaleMunicipalityId(plan.slug);
  const span = fiveYearsOfDays(today);
  await withOps(database, async (tx) => {
    const ctx: ScaleContext = {
      tx,
      plan,
      municipalityId,
      seed,
      today,
      run: async (label, query) => {
        const t0 = Date.now();
        await tx.execute(query);
        const ms = Date.now() - t0;
        if (ms >= 1000 || plan.slug === STORBY_SLUG) log(`  ${plan.slug} ${label}: ${ms} ms`);
      },
    };
    // Big INSERT … SELECTs look expensive to the planner; compiling them costs seconds each and
    // saves nothing here. PGlite has no JIT (nor the setting, in some builds).
    await tx.execute(
      sql`select set_config('jit', 'off', true) from pg_settings where name = 'jit'`,
    );
    await createScaleFunctions(tx, seed, plan.slug);
    await createWordTable(tx, {
      girls: words.GIRLS,
      boys: words.BOYS,
      women: words.WOMEN,
      men: words.MEN,
      surnames: words.SURNAMES,
      district_names: plan.slug === STORBY_SLUG ? words.CITY_DISTRICTS : words.SMALL_DISTRICTS,
      place_prefixes: words.PLACE_PREFIXES,
      place_suffixes: words.PLACE_SUFFIXES,
      categories: plan.settings.attentionCategories,
      att_desc: words.ATTENTION_DESCRIPTIONS,
      att_factors: words.MAINTAINING_FACTORS,
      att_goals: words.GOALS,
      att_signs: words.SIGNS_OF_SUCCESS,
      measures_service: words.MEASURES_SERVICE,
      measures_home: words.MEASURES_HOME,
      measures_child: words.MEASURES_CHILD,
      bright_spots: words.BRIGHT_SPOTS,
      comments_worked: words.EVALUATION_COMMENTS.worked,
      comments_partly: words.EVALUATION_COMMENTS.partly,
      comments_did_not_work: words.EVALUATION_COMMENTS.did_not_work,
      family_views: words.FAMILY_VIEWS,
      transfer_reasons_unit: words.TRANSFER_REASONS_UNIT,
      transfer_reasons_holder: words.TRANSFER_REASONS_HOLDER,
      decline_reasons: words.DECLINE_REASONS,
      close_reasons: words.CLOSE_REASONS,
    });
    await createOrganisation(ctx);
    await createLogSkeleton(ctx, span);
    await createPeople(ctx);
    await insertLogs(ctx);
    await createContent(ctx);
    await createRelay(ctx, span);
    await dropScaleFunctions(tx);

    // ─── The dashboards' figures (db/src/stats/refresh.ts, issue 5). ───
    const t0 = Date.now();
    await refreshStats(tx, municipalityId, today);
    log(`  ${plan.slug} statistics refreshed: ${Date.now() - t0} ms`);
  });
  return municipalityId;
}

async function countRows(database: Database, ids: string[]): Promise<Record<string, number>> {
  const rows: Record<string, number> = {};
  if (ids.length === 0) return rows;
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  await withOps(database, async (tx) => {
    for (const table of SCALE_TABLES) {
      const [row] = rowsOf<{ n: number }>(
        await tx.execute(
          sql`select count(*)::int as n from ${sql.identifier(table)} where municipality_id in (${idList})`,
        ),
      );
      rows[table] = row?.n ?? 0;
    }
  });
  return rows;
}
