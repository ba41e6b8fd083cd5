/**
 * The daily "consent about to expire" notice to each log's holder (DOMAIN.md L2). Which consents
 * are due is decided by @stafett/domain (consentExpiryWindow, consentExpiryNoticeDue); this module
 * finds them, queues the e-mail and marks the consent, so each consent is told about once.
 *
 * The check visits every municipality, but never as a role that bypasses row-level security: it
 * lists the municipalities through the public directory and then works inside one tenant
 * transaction per municipality (stafett_api, app.municipality_id set), exactly like a request.
 * So it can read only that municipality's logs, and every outbox row it writes carries that
 * municipality's id (the policy's WITH CHECK refuses any other). One municipality's failure does
 * not stop the others'; it is thrown at the end, so pg-boss retries the job.
 */
import {
  listMunicipalities,
  schema,
  withTenant,
  type Database,
  type MunicipalitySummary,
  type Tx,
} from '@stafett/db';
import { consentExpiryNoticeDue, consentExpiryWindow, norwegianDate } from '@stafett/domain';
import { and, between, eq, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import { consentExpiringNotice } from './notices';
import { queueMail } from './outbox';

export const CONSENT_EXPIRY_QUEUE = 'consent.expiry-check';
/** Every morning at 06:00 in Norway, before the working day starts. */
export const CONSENT_EXPIRY_CRON = '0 6 * * *';
export const CONSENT_EXPIRY_MAIL_KIND = 'consent.expiring';

/** The origin links point to when the caller names none; the API's own default. */
const DEFAULT_PUBLIC_ORIGIN = 'http://localhost:3000';

export interface ConsentExpiryNoticeQueued {
  municipalityId: string;
  logId: string;
  consentId: string;
  mailId: string;
}

const holder = alias(schema.person, 'holder');
const child = alias(schema.person, 'child');
const c = schema.consent;
const l = schema.log;

/** The outer consent row inside the subquery, qualified whatever drizzle does with the columns. */
const outer = (column: 'municipality_id' | 'log_id' | 'id') => sql.raw(`"consent"."${column}"`);

/** The consent that counts is the log's newest, as the log page shows it (get-log.ts). */
const isNewestConsent = sql`${outer('id')} = (
  select c2.id from consent c2
  where c2.municipality_id = ${outer('municipality_id')} and c2.log_id = ${outer('log_id')}
  order by c2.recorded_at desc limit 1
)`;

async function checkMunicipality(
  tx: Tx,
  municipality: MunicipalitySummary,
  today: string,
  publicOrigin: string,
): Promise<ConsentExpiryNoticeQueued[]> {
  const { from, to } = consentExpiryWindow(today);
  const candidates = await tx
    .select({
      consentId: c.id,
      logId: l.id,
      validUntil: c.validUntil,
      notifiedAt: c.expiryNotifiedAt,
      status: l.status,
      childName: child.name,
      holderEmail: holder.email,
    })
    .from(c)
    .innerJoin(l, and(eq(l.municipalityId, c.municipalityId), eq(l.id, c.logId)))
    .innerJoin(
      child,
      and(eq(child.municipalityId, l.municipalityId), eq(child.id, l.childPersonId)),
    )
    .innerJoin(
      holder,
      and(eq(holder.municipalityId, l.municipalityId), eq(holder.id, l.holderPersonId)),
    )
    .where(
      and(
        eq(c.municipalityId, municipality.id),
        eq(l.status, 'active'),
        isNull(c.expiryNotifiedAt),
        between(c.validUntil, from, to),
        // A holder without an e-mail address has not been told; the consent stays unmarked, so
        // the notice goes once the holder (or a new holder) has an address.
        isNotNull(holder.email),
        isNewestConsent,
      ),
    );
  const queued: ConsentExpiryNoticeQueued[] = [];
  for (const row of candidates) {
    const due = consentExpiryNoticeDue(
      {
        validUntil: row.validUntil,
        notifiedAt: row.notifiedAt,
        logStatus: row.status,
        newest: true,
      },
      today,
    );
    if (!due || !row.holderEmail) continue;
    // Marked first, and only if still unmarked: a check running at the same time waits for this
    // row, then finds it marked and sends nothing.
    const [marked] = await tx
      .update(c)
      .set({ expiryNotifiedAt: new Date() })
      .where(
        and(
          eq(c.municipalityId, municipality.id),
          eq(c.id, row.consentId),
          isNull(c.expiryNotifiedAt),
        ),
      )
      .returning({ id: c.id });
    if (!marked) continue;
    const mailId = await queueMail(tx, {
      municipalityId: municipality.id,
      kind: CONSENT_EXPIRY_MAIL_KIND,
      to: row.holderEmail,
      ...consentExpiringNotice(municipality.writtenStandard, {
        childName: row.childName,
        validUntil: row.validUntil,
        link: `${publicOrigin}/${municipality.slug}/logger/${row.logId}`,
      }),
    });
    queued.push({
      municipalityId: municipality.id,
      logId: row.logId,
      consentId: row.consentId,
      mailId,
    });
  }
  return queued;
}

/**
 * Queues the holder's notice for every active log, in every municipality, whose newest consent
 * runs out within 30 days of `today` (yyyy-mm-dd, Norwegian date) and has not been told about,
 * and marks those consents. Safe to run any number of times a day. Works on PostgreSQL and
 * PGlite; only the daily schedule needs pg-boss.
 */
export async function runConsentExpiryCheck(
  database: Database,
  today: string,
  publicOrigin: string = DEFAULT_PUBLIC_ORIGIN,
): Promise<ConsentExpiryNoticeQueued[]> {
  const queued: ConsentExpiryNoticeQueued[] = [];
  const failures: unknown[] = [];
  for (const municipality of await listMunicipalities(database)) {
    try {
      queued.push(
        ...(await withTenant(database, { municipalityId: municipality.id, personId: null }, (tx) =>
          checkMunicipality(tx, municipality, today, publicOrigin),
        )),
      );
    } catch (err) {
      failures.push(err);
    }
  }
  if (failures.length > 0) {
    throw new AggregateError(
      failures,
      `consent expiry check failed in ${failures.length} municipalities`,
    );
  }
  return queued;
}

export interface ConsentExpiryScheduleOptions {
  database: Database;
  publicOrigin: string;
  logger: Logger;
  /** Cron in Norwegian time; CONSENT_EXPIRY_CRON unless a test wants another. */
  cron?: string;
}

/**
 * Registers the daily check with pg-boss: a queue, a schedule in Europe/Oslo time (pg-boss sends
 * one job per tick however many API processes run) and a worker that runs the check for the day
 * the job runs. Returns a function that queues a check at once.
 */
export async function scheduleConsentExpiryCheck(
  boss: PgBoss,
  opts: ConsentExpiryScheduleOptions,
): Promise<() => Promise<string | null>> {
  const queue: PgBoss.Queue = {
    name: CONSENT_EXPIRY_QUEUE,
    retryLimit: 5,
    retryDelay: 60,
    retryBackoff: true,
    expireInSeconds: 15 * 60,
  };
  await boss.createQueue(CONSENT_EXPIRY_QUEUE, queue);
  await boss.updateQueue(CONSENT_EXPIRY_QUEUE, queue);
  await boss.schedule(CONSENT_EXPIRY_QUEUE, opts.cron ?? CONSENT_EXPIRY_CRON, undefined, {
    tz: 'Europe/Oslo',
  });
  const workerId = await boss.work(
    CONSENT_EXPIRY_QUEUE,
    { pollingIntervalSeconds: 30, batchSize: 1 },
    async () => {
      const today = norwegianDate(new Date());
      try {
        const queued = await runConsentExpiryCheck(opts.database, today, opts.publicOrigin);
        opts.logger.info({ today, notices: queued.length }, 'consent expiry check done');
      } catch (err) {
        opts.logger.error({ err, today }, 'consent expiry check failed; pg-boss retries it');
        throw err;
      }
    },
  );
  return async () => {
    const id = await boss.send(CONSENT_EXPIRY_QUEUE, {});
    boss.notifyWorker(workerId);
    return id;
  };
}
