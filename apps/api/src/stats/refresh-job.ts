/**
 * Keeps the dashboards' rollup fresh (issue 5): a pg-boss job every ten minutes recomputes each
 * municipality's figures from its logs (db/src/stats/refresh.ts). Like the consent expiry check,
 * it visits every municipality through the public directory and works inside one tenant
 * transaction per municipality as stafett_api, so row-level security holds for the job too.
 * One municipality's failure does not stop the others'; it is thrown at the end, and pg-boss
 * retries. The queue is a singleton: a slow run is never overlapped by the next tick.
 */
import { listMunicipalities, refreshStats, withTenant, type Database } from '@stafett/db';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { todayInNorway } from '../auth/current-actor';

export const STATS_REFRESH_QUEUE = 'stats.refresh';
export const STATS_REFRESH_CRON = '*/10 * * * *';

export async function refreshAllStats(
  database: Database,
  today: string,
): Promise<{ municipalities: number; ms: number }> {
  const started = Date.now();
  const failures: unknown[] = [];
  const municipalities = await listMunicipalities(database);
  for (const m of municipalities) {
    try {
      await withTenant(database, { municipalityId: m.id, personId: null }, (tx) =>
        refreshStats(tx, m.id, today),
      );
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length > 0) {
    throw new AggregateError(failures, `stats refresh failed in ${failures.length} municipalities`);
  }
  return { municipalities: municipalities.length, ms: Date.now() - started };
}

/** Registers the queue, the schedule and the worker; queues one run at once for a fresh start. */
export async function scheduleStatsRefresh(
  boss: PgBoss,
  opts: { database: Database; logger: Logger; cron?: string },
): Promise<() => Promise<string | null>> {
  const queue: PgBoss.Queue = {
    name: STATS_REFRESH_QUEUE,
    policy: 'singleton',
    retryLimit: 3,
    retryDelay: 30,
    expireInSeconds: 15 * 60,
  };
  await boss.createQueue(STATS_REFRESH_QUEUE, queue);
  await boss.updateQueue(STATS_REFRESH_QUEUE, queue);
  await boss.schedule(STATS_REFRESH_QUEUE, opts.cron ?? STATS_REFRESH_CRON, undefined, {
    tz: 'Europe/Oslo',
  });
  const workerId = await boss.work(
    STATS_REFRESH_QUEUE,
    { pollingIntervalSeconds: 10, batchSize: 1 },
    async () => {
      const today = todayInNorway();
      try {
        const done = await refreshAllStats(opts.database, today);
        opts.logger.info({ today, ...done }, 'statistics refreshed');
      } catch (err) {
        opts.logger.error({ err, today }, 'statistics refresh failed; pg-boss retries it');
        throw err;
      }
    },
  );
  const now = async () => {
    const id = await boss.send(STATS_REFRESH_QUEUE, {});
    boss.notifyWorker(workerId);
    return id;
  };
  await now();
  return now;
}
