/**
 * The mail worker: pg-boss queue `mail.send`, one job per outbox row, fed by a sweep of unsent
 * rows every second (and at once by kickMail()). The job's id is the row's id, so repeated
 * sweeps add nothing while a job for the row exists; pg-boss retries a failed send with backoff.
 * pg-boss keeps its tables in the schema `pgboss`, created at start by the login user of
 * DATABASE_URL (not stafett_api); the outbox itself is read as stafett_ops (./deliver).
 * With `publicOrigin` the same pg-boss also runs the daily consent expiry check
 * (./consent-expiry), whose notices go out through this outbox, and the dashboards' rollup
 * refresh every ten minutes (../stats/refresh-job).
 */
import type { Database } from '@stafett/db';
import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { scheduleStatsRefresh } from '../stats/refresh-job';
import { scheduleConsentExpiryCheck } from './consent-expiry';
import { deliver, unsentMail, type OutboxKey } from './deliver';
import { createMailTransport, type MailTransport } from './transport';

export const MAIL_QUEUE = 'mail.send';

export interface MailRetry {
  /** Attempts after the first. */
  limit: number;
  delaySeconds: number;
  /** Doubles the delay each time, with jitter (pg-boss retryBackoff). */
  backoff: boolean;
}

/** Retries over roughly one and a half to three hours; then see archiveFailedAfterSeconds. */
const DEFAULT_RETRY: MailRetry = { limit: 10, delaySeconds: 5, backoff: true };

export interface MailWorkerOptions {
  database: Database;
  /** The login user's connection string (DATABASE_URL); pg-boss needs its own schema. */
  connectionString: string | undefined;
  smtpUrl: string | undefined;
  from: string;
  logger: Logger;
  retry?: MailRetry;
  sweepIntervalMs?: number;
  /** A transport for tests; otherwise nodemailer on smtpUrl. */
  transport?: MailTransport;
  /**
   * The origin of links in notices (PUBLIC_ORIGIN). When set, the daily consent expiry check
   * (06:00 Norwegian time) is scheduled on this worker's pg-boss.
   */
  publicOrigin?: string;
  /** Cron for the consent expiry check, in Norwegian time; the default is every day at 06:00. */
  consentExpiryCron?: string;
  /** Whether this worker also refreshes the dashboards' rollup (every ten minutes, and at start). */
  statsRefresh?: boolean;
}

export interface MailWorker {
  /** Looks for unsent e-mail now instead of at the next sweep. */
  kick(): void;
  /**
   * Queues a consent expiry check now (pg-boss job id), besides the daily one; null when the
   * check is not scheduled here (no publicOrigin, or no worker).
   */
  checkConsentExpiryNow(): Promise<string | null>;
  /** Queues a refresh of the dashboards' figures now (pg-boss job id); null without a worker. */
  refreshStatsNow(): Promise<string | null>;
  stop(): Promise<void>;
}

let running: MailWorker | null = null;

/**
 * Optional, after a transaction that queued e-mail commits: sends it without waiting for the next
 * sweep (at most a second away). Does nothing when no worker runs in this process.
 */
export function kickMail(): void {
  running?.kick();
}

const IDLE: MailWorker = {
  kick: () => {},
  checkConsentExpiryNow: async () => null,
  refreshStatsNow: async () => null,
  stop: async () => {},
};

export async function startMailWorker(opts: MailWorkerOptions): Promise<MailWorker> {
  const { database, logger } = opts;
  if (database.kind !== 'postgres' || !opts.connectionString) {
    logger.warn('e-mail is not sent without PostgreSQL (pg-boss); it stays in mail_outbox');
    return IDLE;
  }
  if (!opts.smtpUrl && !opts.transport) {
    logger.warn('SMTP_URL is not set: e-mail is not sent; it stays in mail_outbox');
    return IDLE;
  }
  const transport = opts.transport ?? createMailTransport(opts.smtpUrl ?? '', opts.from);
  const retry = opts.retry ?? DEFAULT_RETRY;
  const boss = new PgBoss({
    connectionString: opts.connectionString,
    schema: 'pgboss',
    max: 4,
    // A job that failed all its retries leaves the job table after an hour; the next sweep then
    // queues its row again, so an e-mail is retried in rounds until SMTP takes it.
    archiveFailedAfterSeconds: 3600,
  });
  boss.on('error', (err: Error) => logger.error({ err }, 'mail queue error'));
  await boss.start();
  const queue: PgBoss.Queue = {
    name: MAIL_QUEUE,
    retryLimit: retry.limit,
    retryDelay: retry.delaySeconds,
    retryBackoff: retry.backoff,
    expireInSeconds: 120,
  };
  // createQueue keeps an existing queue's settings; updateQueue applies changed ones.
  await boss.createQueue(MAIL_QUEUE, queue);
  await boss.updateQueue(MAIL_QUEUE, queue);
  const workerId = await boss.work<OutboxKey>(
    MAIL_QUEUE,
    { pollingIntervalSeconds: 1, batchSize: 1 },
    async (jobs) => {
      for (const job of jobs) {
        try {
          const outcome = await deliver(database, transport, job.data);
          if (outcome === 'sent') logger.info({ mailId: job.data.id }, 'e-mail sent');
        } catch (err) {
          logger.warn({ err, mailId: job.data.id }, 'e-mail not sent; pg-boss retries it');
          throw err;
        }
      }
    },
  );

  const checkConsentExpiryNow = opts.publicOrigin
    ? await scheduleConsentExpiryCheck(boss, {
        database,
        publicOrigin: opts.publicOrigin,
        logger,
        cron: opts.consentExpiryCron,
      })
    : async () => null;
  const refreshStatsNow = opts.statsRefresh
    ? await scheduleStatsRefresh(boss, { database, logger })
    : async () => null;

  let sweeping: Promise<void> | null = null;
  let again = false;
  const sweepOnce = async () => {
    const keys = await unsentMail(database, 100);
    let queued = 0;
    for (const key of keys) {
      // Same id as the row: a second send while the job exists is ignored (null).
      if (await boss.send(MAIL_QUEUE, key, { id: key.id })) queued += 1;
    }
    if (queued > 0) boss.notifyWorker(workerId);
  };
  // One sweep at a time; a kick during a sweep runs one more right after it.
  const sweep = () => {
    if (sweeping) {
      again = true;
      return;
    }
    sweeping = sweepOnce()
      .catch((err: unknown) => logger.error({ err }, 'mail sweep failed'))
      .finally(() => {
        sweeping = null;
        if (again) {
          again = false;
          sweep();
        }
      });
  };
  const timer = setInterval(sweep, opts.sweepIntervalMs ?? 1000);
  sweep();

  const worker: MailWorker = {
    kick: sweep,
    checkConsentExpiryNow,
    refreshStatsNow,
    stop: async () => {
      clearInterval(timer);
      again = false;
      await sweeping;
      await boss.stop({ graceful: true, timeout: 10_000, wait: true });
      transport.close();
      if (running === worker) running = null;
    },
  };
  running = worker;
  logger.info('mail worker started');
  return worker;
}
