/**
 * The mail path end to end: queueMail in a tenant transaction → outbox → pg-boss → nodemailer →
 * a local SMTP server. Skipped without DATABASE_URL because pg-boss needs a real PostgreSQL
 * (it cannot run on PGlite); CI always sets it.
 */
import {
  createTestDatabase,
  schema,
  withTenant,
  type Database,
  type TestDatabase,
} from '@stafett/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger';
import { startDevSmtp, type DevSmtp } from '../src/mail/dev-smtp';
import { meetingInvitation } from '../src/mail/notices';
import { queueMail, type MailInput } from '../src/mail/outbox';
import { startMailWorker, type MailWorker } from '../src/mail/worker';

const FROM = 'Stafett <ikke-svar@stafett.test>';

describe.skipIf(!process.env.DATABASE_URL)('e-mail through the outbox and pg-boss', () => {
  let test: TestDatabase;
  let database: Database;
  let smtp: DevSmtp;
  let worker: MailWorker;
  let municipalityId: string;

  beforeAll(async () => {
    test = await createTestDatabase({ seed: true });
    database = test.database;
    // pg-boss connects by URL: the fresh database's, on DATABASE_URL's server and login user.
    if (database.kind !== 'postgres') throw new Error('this suite needs PostgreSQL');
    const [current] = await database.db.execute<{ name: string }>(
      sql`select current_database() as name`,
    );
    const url = new URL(process.env.DATABASE_URL ?? '');
    url.pathname = `/${current?.name ?? ''}`;
    const [municipality] = await database.db
      .select({ id: schema.municipality.id })
      .from(schema.municipality)
      .limit(1);
    municipalityId = municipality?.id ?? '';
    smtp = await startDevSmtp();
    worker = await startMailWorker({
      database,
      connectionString: url.href,
      smtpUrl: smtp.url,
      from: FROM,
      logger: createLogger('silent'),
      // Short and even, so the retry test takes seconds, not minutes.
      retry: { limit: 20, delaySeconds: 1, backoff: false },
    });
  });

  afterAll(async () => {
    await worker?.stop();
    await smtp?.close();
    await test?.cleanup();
  });

  const mailTo = (to: string, extra: Partial<MailInput> = {}): MailInput => ({
    municipalityId,
    kind: 'test',
    to,
    subject: `Til ${to}`,
    text: 'Hei',
    ...extra,
  });

  const outboxRow = (to: string) =>
    withTenant(database, { municipalityId, personId: null }, async (tx) => {
      const [row] = await tx
        .select()
        .from(schema.mailOutbox)
        .where(eq(schema.mailOutbox.toAddress, to));
      return row;
    });

  /** The worker commits sent_at just after the SMTP server answers: poll for the row's state. */
  const waitForRow = async (
    to: string,
    ready: (row: schema.MailOutbox | undefined) => boolean,
    timeoutMs = 10_000,
  ) => {
    const deadline = Date.now() + timeoutMs;
    let row = await outboxRow(to);
    while (!ready(row) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
      row = await outboxRow(to);
    }
    return row;
  };

  it('sends a committed e-mail with its calendar invitation, soon after the commit', async () => {
    const invitation = meetingInvitation('nb', {
      title: 'Oppstartsmøte',
      startsAt: new Date('2027-03-12T13:00:00Z'),
      durationMinutes: 60,
      place: 'Solbakken skole, møterom 2',
      organizerName: 'Kari Holder',
      organizerEmail: 'kari@solbakken.test',
      link: 'https://stafett.test/logg/1',
      uid: 'meeting-1@stafett.test',
    });
    const committedAt = Date.now();
    await withTenant(database, { municipalityId, personId: null }, (tx) =>
      queueMail(tx, mailTo('forelder@example.test', { kind: 'meeting.invited', ...invitation })),
    );
    const mail = await smtp.waitFor((m) => m.to.includes('forelder@example.test'), 10_000);
    const latencyMs = Date.now() - committedAt;

    expect(mail.subject).toBe(invitation.subject);
    expect(mail.from).toContain('ikke-svar@stafett.test');
    expect(mail.text).toContain('https://stafett.test/logg/1');
    const ics = mail.attachments.find((a) => a.filename === 'innkalling.ics');
    expect(ics?.contentType).toBe('text/calendar');
    expect(ics?.content).toContain('DTSTART:20270312T130000Z');
    // The test waits for e-mail; so do people. One sweep (1 s) plus sending.
    expect(latencyMs).toBeLessThan(3000);

    const row = await waitForRow('forelder@example.test', (r) => r?.sentAt != null);
    expect(row?.sentAt).toBeInstanceOf(Date);
    expect(row?.attempts).toBe(1);
    expect(row?.lastError).toBeNull();
  });

  it('sends nothing for a rolled-back transaction', async () => {
    await expect(
      withTenant(database, { municipalityId, personId: null }, async (tx) => {
        await queueMail(tx, mailTo('angret@example.test'));
        throw new Error('the change fails after the notice was queued');
      }),
    ).rejects.toThrow('the change fails');
    // A later e-mail arriving shows the worker has swept since the rollback.
    await withTenant(database, { municipalityId, personId: null }, (tx) =>
      queueMail(tx, mailTo('etterpaa@example.test')),
    );
    await smtp.waitFor((m) => m.to.includes('etterpaa@example.test'), 10_000);

    expect(smtp.messages().some((m) => m.to.includes('angret@example.test'))).toBe(false);
    expect(await outboxRow('angret@example.test')).toBeUndefined();
  });

  it('records a failed attempt while SMTP is down and sends the e-mail when it is back', async () => {
    const port = smtp.port;
    await smtp.close();
    await withTenant(database, { municipalityId, personId: null }, (tx) =>
      queueMail(tx, mailTo('senere@example.test')),
    );
    const row = await waitForRow('senere@example.test', (r) => (r?.attempts ?? 0) >= 1);
    expect(row?.attempts).toBeGreaterThanOrEqual(1);
    expect(row?.lastError).toMatch(/ECONNREFUSED|connect/i);
    expect(row?.sentAt).toBeNull();

    smtp = await startDevSmtp({ port });
    await smtp.waitFor((m) => m.to.includes('senere@example.test'), 10_000);
    const sent = await waitForRow('senere@example.test', (r) => r?.sentAt != null);
    expect(sent?.sentAt).toBeInstanceOf(Date);
    expect(sent?.attempts).toBeGreaterThanOrEqual(2);
    expect(sent?.lastError).toBeNull();
  });
});
