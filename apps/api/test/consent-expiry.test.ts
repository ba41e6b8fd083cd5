/**
 * The holder's "consent about to expire" notice (L2): runConsentExpiryCheck on logs created
 * through the API, in two municipalities. The check runs on PGlite and PostgreSQL alike; the
 * last test, which runs it through pg-boss, needs DATABASE_URL.
 */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { addDays, makeSyntheticNationalId, norwegianDate, type LogCreate } from '@stafett/domain';
import { createLogger } from '../src/logger';
import {
  CONSENT_EXPIRY_MAIL_KIND,
  runConsentExpiryCheck,
  type ConsentExpiryNoticeQueued,
} from '../src/mail/consent-expiry';
import { startMailWorker } from '../src/mail/worker';
import { createWorld, nationalIdOf, Person, PUBLIC_ORIGIN, type World } from './harness';
import { idOf, municipalityIdOf, postLog } from './logs-support';
import { ok } from './org-helpers';

let world: World;
let ola: Person; // holder, Nordberg skole (Oslo)
let nina: Person; // holder, Nordre Aker helsestasjon (Oslo)
let tor: Person; // holder, Skåredalen skole (Haugesund)
let oslo: string;
let haugesund: string;
const today = norwegianDate(new Date());
let individual = 900;

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  haugesund = await municipalityIdOf(world, 'haugesund');
  const signedIn = async (slug: string, name: string) => {
    const p = new Person(world);
    await p.signIn(slug, nationalIdOf(name));
    return p;
  };
  ola = await signedIn('oslo', 'Ola Johansen');
  nina = await signedIn('oslo', 'Nina Lie');
  tor = await signedIn('haugesund', 'Tor Haugland');
});
afterAll(async () => {
  await world?.close();
});

/** A log for a new child (never a demo child), its consent valid `validForDays` from today. */
async function newChildLog(unit: string, childName: string, validForDays: number) {
  individual += 1;
  const body: LogCreate = {
    unitId: await idOf(world, 'unit', unit),
    child: { nationalId: makeSyntheticNationalId('2016-05-04', individual), name: childName },
    guardians: [
      {
        nationalId: makeSyntheticNationalId('1986-02-11', individual),
        name: `Forelder til ${childName}`,
        email: null,
        phone: null,
      },
    ],
    level: 1,
    consent: {
      consentedBy: `Forelder til ${childName}`,
      byYouth: false,
      consentedOn: today,
      validUntil: addDays(today, validForDays),
      services: ['school'],
    },
  };
  return body;
}

async function createLog(who: Person, body: LogCreate): Promise<string> {
  return (await ok<{ id: string }>(await postLog(who, body), 201)).id;
}

/** The consent-expiry e-mails about one log, read as the test's owner connection. */
async function noticesAbout(logId: string) {
  return world.database.db
    .select()
    .from(schema.mailOutbox)
    .where(
      and(
        eq(schema.mailOutbox.kind, CONSENT_EXPIRY_MAIL_KIND),
        sql`${schema.mailOutbox.textBody} like ${`%/logger/${logId}%`}`,
      ),
    );
}

const forLog = (queued: ConsentExpiryNoticeQueued[], logId: string) =>
  queued.filter((q) => q.logId === logId);

describe('the consent expiry check (L2)', () => {
  let soonLogId: string;

  it('queues one notice to the holder for a consent that runs out in 20 days', async () => {
    soonLogId = await createLog(ola, await newChildLog('Nordberg skole', 'Mia Kristiansen', 20));
    const queued = await runConsentExpiryCheck(world.database, today, PUBLIC_ORIGIN);
    expect(forLog(queued, soonLogId)).toHaveLength(1);
    const mail = await noticesAbout(soonLogId);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      municipalityId: oslo,
      toAddress: 'ola.johansen@oslo.example.no',
      sentAt: null,
    });
    expect(mail[0]?.textBody).toContain(`${PUBLIC_ORIGIN}/oslo/logger/${soonLogId}`);
    expect(mail[0]?.textBody).toContain('Mia Kristiansen');
    expect(mail[0]?.subject).not.toContain('Mia');
    const [consent] = await world.database.db
      .select({ notifiedAt: schema.consent.expiryNotifiedAt })
      .from(schema.consent)
      .where(eq(schema.consent.logId, soonLogId));
    expect(consent?.notifiedAt).toBeInstanceOf(Date);
  });

  it('sends it once per consent: running again, even the next day, queues nothing more', async () => {
    expect(forLog(await runConsentExpiryCheck(world.database, today), soonLogId)).toEqual([]);
    expect(
      forLog(await runConsentExpiryCheck(world.database, addDays(today, 1)), soonLogId),
    ).toEqual([]);
    expect(await noticesAbout(soonLogId)).toHaveLength(1);
  });

  it('a renewed consent gets its own notice when its time comes', async () => {
    const [old] = await world.database.db
      .select()
      .from(schema.consent)
      .where(eq(schema.consent.logId, soonLogId));
    if (!old) throw new Error('no consent');
    await world.database.db.insert(schema.consent).values({
      municipalityId: old.municipalityId,
      logId: soonLogId,
      fileId: old.fileId,
      consentedBy: old.consentedBy,
      consentedOn: today,
      validUntil: addDays(today, 365),
      services: old.services,
      recordedBy: old.recordedBy,
      recordedAt: new Date(Date.now() + 1000),
    });
    // Not yet: the new consent is valid for a year.
    expect(forLog(await runConsentExpiryCheck(world.database, today), soonLogId)).toEqual([]);
    // 340 days on, the new consent has 25 days left: one more notice, about the new consent.
    const later = await runConsentExpiryCheck(world.database, addDays(today, 340), PUBLIC_ORIGIN);
    expect(forLog(later, soonLogId)).toHaveLength(1);
    expect(forLog(later, soonLogId)[0]?.consentId).not.toBe(old.id);
    expect(await noticesAbout(soonLogId)).toHaveLength(2);
  });

  it('says nothing about a consent valid for 60 more days, until 30 days are left', async () => {
    const logId = await createLog(ola, await newChildLog('Nordberg skole', 'Jakob Eriksen', 60));
    expect(forLog(await runConsentExpiryCheck(world.database, today), logId)).toEqual([]);
    expect(forLog(await runConsentExpiryCheck(world.database, addDays(today, 29)), logId)).toEqual(
      [],
    );
    expect(await noticesAbout(logId)).toHaveLength(0);
    const due = await runConsentExpiryCheck(world.database, addDays(today, 30));
    expect(forLog(due, logId)).toHaveLength(1);
  });

  it('says nothing about a passive log', async () => {
    const logId = await createLog(ola, await newChildLog('Nordberg skole', 'Filip Berntsen', 10));
    await world.database.db
      .update(schema.log)
      .set({ status: 'passive', closedAt: new Date(), closeReason: 'Behovet er dekket' })
      .where(eq(schema.log.id, logId));
    expect(forLog(await runConsentExpiryCheck(world.database, today), logId)).toEqual([]);
    expect(await noticesAbout(logId)).toHaveLength(0);
  });

  it('waits for a holder without an e-mail address instead of marking the consent', async () => {
    const ninaId = await idOf(world, 'person', 'Nina Lie');
    const logId = await createLog(
      nina,
      await newChildLog('Nordre Aker helsestasjon', 'Ida Moe', 5),
    );
    const [before] = await world.database.db
      .select({ email: schema.person.email })
      .from(schema.person)
      .where(eq(schema.person.id, ninaId));
    await world.database.db
      .update(schema.person)
      .set({ email: null })
      .where(eq(schema.person.id, ninaId));
    expect(forLog(await runConsentExpiryCheck(world.database, today), logId)).toEqual([]);
    await world.database.db
      .update(schema.person)
      .set({ email: before?.email ?? 'nina.lie@oslo.example.no' })
      .where(eq(schema.person.id, ninaId));
    expect(forLog(await runConsentExpiryCheck(world.database, today), logId)).toHaveLength(1);
    expect((await noticesAbout(logId))[0]?.toAddress).toBe(before?.email);
  });

  it("handles another municipality's logs with that municipality's id and address", async () => {
    const logId = await createLog(tor, await newChildLog('Skåredalen skole', 'Vilde Sørensen', 14));
    const queued = await runConsentExpiryCheck(world.database, today, PUBLIC_ORIGIN);
    expect(forLog(queued, logId)).toEqual([
      expect.objectContaining({ municipalityId: haugesund, logId }),
    ]);
    const mail = await noticesAbout(logId);
    expect(mail).toHaveLength(1);
    expect(mail[0]).toMatchObject({
      municipalityId: haugesund,
      toAddress: 'tor.haugland@haugesund.example.no',
    });
    expect(mail[0]?.textBody).toContain(`${PUBLIC_ORIGIN}/haugesund/logger/${logId}`);
    // Every notice the check ever queued carries the municipality of its log.
    const rows = await world.database.db
      .select({
        mailMunicipality: schema.mailOutbox.municipalityId,
        text: schema.mailOutbox.textBody,
      })
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.kind, CONSENT_EXPIRY_MAIL_KIND));
    const logs = await world.database.db
      .select({ id: schema.log.id, municipalityId: schema.log.municipalityId })
      .from(schema.log);
    for (const row of rows) {
      const log = logs.find((l) => row.text.includes(`/logger/${l.id}`));
      expect(log?.municipalityId).toBe(row.mailMunicipality);
    }
  });
});

describe.skipIf(!process.env.DATABASE_URL)('the daily schedule (pg-boss)', () => {
  it('is registered at start and runs the check on demand through pg-boss', async () => {
    if (world.database.kind !== 'postgres') throw new Error('this suite needs PostgreSQL');
    const [current] = await world.database.db.execute<{ name: string }>(
      sql`select current_database() as name`,
    );
    const url = new URL(process.env.DATABASE_URL ?? '');
    url.pathname = `/${current?.name ?? ''}`;
    const worker = await startMailWorker({
      database: world.database,
      connectionString: url.href,
      from: 'Stafett <ikke-svar@stafett.test>',
      smtpUrl: undefined,
      // Nothing leaves this test: the outbox rows are what it looks at.
      transport: { send: () => Promise.reject(new Error('not in this test')), close: () => {} },
      retry: { limit: 0, delaySeconds: 1, backoff: false },
      logger: createLogger('silent'),
      publicOrigin: PUBLIC_ORIGIN,
    });
    try {
      const [schedule] = await world.database.db.execute<{ cron: string; timezone: string }>(
        sql`select cron, timezone from pgboss.schedule where name = 'consent.expiry-check'`,
      );
      expect(schedule).toEqual({ cron: '0 6 * * *', timezone: 'Europe/Oslo' });

      const logId = await createLog(ola, await newChildLog('Nordberg skole', 'Theo Halvorsen', 3));
      expect(await worker.checkConsentExpiryNow()).toEqual(expect.any(String));
      const deadline = Date.now() + 20_000;
      while ((await noticesAbout(logId)).length === 0 && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      expect(await noticesAbout(logId)).toHaveLength(1);
    } finally {
      await worker.stop();
    }
  }, 30_000);
});
