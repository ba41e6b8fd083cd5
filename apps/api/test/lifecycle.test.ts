import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, withTenant } from '@stafett/db';
import {
  makeSyntheticNationalId,
  type LogCreate,
  type LogLifecycle,
  type LogList,
  type LogView,
  type UnitLifecycle,
} from '@stafett/domain';
import { createWorld, nationalIdOf, Person, PUBLIC_ORIGIN, type World } from './harness';
import { CONSENT_PDF, emmaLog, idOf, municipalityIdOf, postLog } from './logs-support';
import { ok, problem, send } from './org-helpers';

let world: World;
let ola: Person; // holder, Nordberg skole
let anne: Person; // guardian (Emma, and the second child here)
let jonas: Person; // actor, PPT
let ingrid: Person; // unit leader, Nordberg skole
let geir: Person; // unit leader, Korsvoll barnehage
let oslo: string;
let nordberg: string;

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  nordberg = await idOf(world, 'unit', 'Nordberg skole');
  const signedIn = async (name: string) => {
    const p = new Person(world);
    await p.signIn('oslo', nationalIdOf(name));
    return p;
  };
  ola = await signedIn('Ola Johansen');
  anne = await signedIn('Anne Solberg');
  jonas = await signedIn('Jonas Bakke');
  ingrid = await signedIn('Ingrid Berg');
  geir = await signedIn('Geir Dahl');
});
afterAll(async () => {
  await world?.close();
});

const db = () => world.database.db;
const view = async (who: Person, id: string) => ok<LogView>(await send(who, 'GET', `/logs/${id}`));
const lifecycle = async (who: Person, id: string) =>
  ok<LogLifecycle>(await send(who, 'GET', `/logs/${id}/lifecycle`));

let childCounter = 0;
/** A log of a new child at Nordberg skole, Anne Solberg as guardian, held by Ola Johansen. */
async function newChildLog(): Promise<string> {
  childCounter += 1;
  const data: LogCreate = {
    ...(await emmaLog(world)),
    child: {
      nationalId: makeSyntheticNationalId(`2017-05-${String(childCounter).padStart(2, '0')}`, 0),
      name: `Testbarn ${childCounter}`,
    },
  };
  return (await ok<{ id: string }>(await postLog(ola, data), 201)).id;
}

function reopenForm(data: unknown, file: Uint8Array | null = CONSENT_PDF) {
  const form = new FormData();
  form.set('data', typeof data === 'string' ? data : JSON.stringify(data));
  if (file) form.set('consentFile', new File([new Uint8Array(file)], 'nytt-samtykke.pdf'));
  return form;
}
const reopen = (who: Person, logId: string, data: unknown, file?: Uint8Array | null) =>
  who.call(`/api/v1/logs/${logId}/reopen`, {
    method: 'POST',
    headers: { origin: PUBLIC_ORIGIN },
    body: reopenForm(data, file),
  });
const newConsent = {
  consentedBy: 'Anne Solberg',
  byYouth: false,
  consentedOn: '2026-11-30',
  validUntil: '2027-11-30',
  services: ['school'],
};

async function auditActions(entityId: string): Promise<string[]> {
  const rows = await db()
    .select({ action: schema.auditEvent.action })
    .from(schema.auditEvent)
    .where(eq(schema.auditEvent.entityId, entityId));
  return rows.map((r) => r.action);
}

async function obligations(logId: string) {
  return db()
    .select()
    .from(schema.archiveObligation)
    .where(eq(schema.archiveObligation.logId, logId));
}

async function markArchived(logId: string) {
  await db()
    .update(schema.archiveObligation)
    .set({ doneAt: sql`now()`, archiveReference: '2026/123-1' })
    .where(eq(schema.archiveObligation.logId, logId));
}

describe("the holder closes Emma's log with an individual plan, and the unit leader deletes it", () => {
  let logId: string;
  let attentionId: string;

  beforeAll(async () => {
    logId = (await ok<{ id: string }>(await postLog(ola, await emmaLog(world)), 201)).id;
    attentionId = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions`, {
          category: 'Språk og kommunikasjon',
          description: 'Emma sier lite i samlingsstunder med hele klassen.',
        }),
        201,
      )
    ).id;
    const jonasId = await idOf(world, 'person', 'Jonas Bakke');
    const measure = async (m: Record<string, unknown>) =>
      (
        await ok<{ id: string }>(
          await send(ola, 'POST', `/logs/${logId}/attentions/${attentionId}/measures`, {
            startDate: '2026-12-01',
            ...m,
          }),
          201,
        )
      ).id;
    const serviceMeasure = await measure({
      text: 'Jonas øver med Emma i liten gruppe.',
      responsible: 'service',
      actorPersonId: jonasId,
    });
    await measure({ text: 'Anne leser med Emma hver kveld.', responsible: 'home' });
    await measure({ text: 'Emma rekker opp hånda én gang.', responsible: 'child' });
    await ok(
      await send(ola, 'POST', `/logs/${logId}/measures/${serviceMeasure}/evaluation`, {
        outcome: 'partly',
        decision: 'continue',
      }),
      201,
    );
    await ok(
      await send(anne, 'POST', `/logs/${logId}/bright-spots`, { text: 'Emma sang i koret.' }),
      201,
    );
    const note = await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${logId}/notes`, {
        kind: 'log',
        text: 'Referat fra samtale med Anne.',
        attentionId,
      }),
      201,
    );
    const form = new FormData();
    form.set('file', new File([new Uint8Array(CONSENT_PDF)], 'referat.pdf'));
    await ok(
      await ola.call(`/api/v1/logs/${logId}/notes/${note.id}/attachments`, {
        method: 'POST',
        headers: { origin: PUBLIC_ORIGIN },
        body: form,
      }),
      201,
    );
  });

  it('only the holder closes: the family and the unit leader get 403, another unit 404', async () => {
    const body = { individualPlan: true };
    await problem(await send(anne, 'POST', `/logs/${logId}/close`, body), 403);
    await problem(await send(ingrid, 'POST', `/logs/${logId}/close`, body), 403);
    await problem(await send(geir, 'POST', `/logs/${logId}/close`, body), 404);
    await problem(await send(ola, 'POST', `/logs/${logId}/close`, { individualPlan: 'ja' }), 422);
    expect((await view(ola, logId)).status).toBe('active');
  });

  it('a pending transfer must be cancelled first (409)', async () => {
    await db()
      .insert(schema.transfer)
      .values({
        municipalityId: oslo,
        logId,
        kind: 'within_unit',
        fromUnitId: nordberg,
        fromHolderPersonId: await idOf(world, 'person', 'Ola Johansen'),
        toUnitId: nordberg,
        reason: 'Ny kontaktlærer',
        createdBy: await idOf(world, 'person', 'Ola Johansen'),
      });
    const refused = await problem(
      await send(ola, 'POST', `/logs/${logId}/close`, { individualPlan: true }),
      409,
    );
    expect(refused.detail).toMatch(/overføring/);
    await db().delete(schema.transfer).where(eq(schema.transfer.logId, logId));
    expect(await obligations(logId)).toEqual([]);
  });

  it('closes: passive, the reason, the closing archive obligation due in 14 days, audited', async () => {
    await ok(
      await send(ola, 'POST', `/logs/${logId}/close`, {
        individualPlan: true,
        reason: 'Planen følges opp av PPT.',
      }),
    );
    const life = await lifecycle(ola, logId);
    expect(life).toMatchObject({
      status: 'passive',
      closeReason: 'Individuell plan opprettet. Planen følges opp av PPT.',
      closedBy: { name: 'Ola Johansen' },
      may: { close: false, reopen: false, delete: false },
    });
    expect(life.closedAt).not.toBeNull();
    const [obligation] = await obligations(logId);
    const due = new Date(Date.now() + 14 * 86_400_000).toISOString().slice(0, 10);
    expect(obligation).toMatchObject({ reason: 'closing', doneAt: null });
    // Today in Norway may be a day ahead of UTC around midnight.
    expect([due, new Date(Date.now() + 15 * 86_400_000).toISOString().slice(0, 10)]).toContain(
      obligation?.dueOn,
    );
    expect(await auditActions(logId)).toContain('log.closed');
    await problem(await send(ola, 'POST', `/logs/${logId}/close`, { individualPlan: false }), 409);
  });

  it('a passive log is read-only for all, and still in the holder’s list', async () => {
    const attempts: [Person, string, unknown][] = [
      [ola, '/attentions', { category: 'Atferd', description: 'Emma går ut av timen.' }],
      [anne, '/bright-spots', { text: 'Emma lo hele dagen.' }],
      [jonas, '/bright-spots', { text: 'Fin økt i dag.' }],
      [ola, '/notes', { kind: 'log', text: 'Loggnotat etter avslutning.', attentionId }],
      [anne, '/notes', { kind: 'private', text: 'Eget notat.' }],
    ];
    for (const [who, path, body] of attempts) {
      const refused = await problem(await send(who, 'POST', `/logs/${logId}${path}`, body), 409);
      expect(refused.detail).toMatch(/ikke aktiv/);
    }
    const list = await ok<LogList>(await send(ola, 'GET', '/logs'));
    expect(list.items.find((l) => l.id === logId)?.status).toBe('passive');
    expect((await view(anne, logId)).status).toBe('passive');
  });

  it('the unit leader sees it among the passive logs; another unit’s leader does not', async () => {
    const page = await ok<UnitLifecycle>(await send(ingrid, 'GET', `/units/${nordberg}/lifecycle`));
    expect(page.passive.find((l) => l.id === logId)).toMatchObject({
      child: { name: 'Emma Solberg' },
      holder: { name: 'Ola Johansen' },
      openObligations: 1,
      archivedForDeletion: false,
    });
    expect(page.holders.map((h) => h.name)).toContain('Ola Johansen');
    await problem(await send(geir, 'GET', `/units/${nordberg}/lifecycle`), 403);
    await problem(await send(ola, 'GET', `/units/${nordberg}/lifecycle`), 403);
  });

  it('deletion waits for the archive: the before-deletion obligation is created, then required', async () => {
    await problem(await send(ola, 'POST', `/logs/${logId}/delete`), 403);
    await problem(await send(geir, 'POST', `/logs/${logId}/delete`), 404);
    const first = await problem(await send(ingrid, 'POST', `/logs/${logId}/delete`), 409);
    expect(first.detail).toMatch(/arkiv-PDF-en/);
    expect((await obligations(logId)).map((o) => o.reason).sort()).toEqual([
      'before_deletion',
      'closing',
    ]);
    const second = await problem(await send(ingrid, 'POST', `/logs/${logId}/delete`), 409);
    expect(second.detail).toMatch(/arkivplikter står åpne/);
    expect((await view(ola, logId)).status).toBe('passive');
  });

  it('deletes: an anonymous trace with the right counts stays, every personal row goes', async () => {
    await markArchived(logId);
    const answer = await ok<{ traceId: string; counts: Record<string, number> }>(
      await send(ingrid, 'POST', `/logs/${logId}/delete`),
    );
    expect(answer.counts).toEqual({
      attentions: 1,
      measuresService: 1,
      measuresHome: 1,
      measuresChild: 1,
      evaluationsWorked: 0,
      evaluationsPartly: 1,
      evaluationsDidNotWork: 0,
      brightSpots: 1,
      meetings: 0,
    });
    const [trace] = await db()
      .select()
      .from(schema.deletedLogTrace)
      .where(eq(schema.deletedLogTrace.id, answer.traceId));
    expect(trace).toMatchObject({
      unitId: nordberg,
      level: 2,
      categories: ['Språk og kommunikasjon'],
    });
    expect(trace?.closedAt).not.toBeNull();
    // Nothing in it names or points at a person, and nothing of the log's text.
    const text = JSON.stringify(trace);
    for (const id of ['Emma Solberg', 'Ola Johansen', 'Anne Solberg']) {
      expect(text).not.toContain(await idOf(world, 'person', id));
      expect(text).not.toContain(id);
    }
    expect(text).not.toMatch(/samlingsstunder|koret|Referat/);

    const left = async (t: 'log' | 'consent' | 'attention' | 'measure' | 'evaluation') => {
      const table = schema[t];
      const column = t === 'log' ? schema.log.id : (table as typeof schema.consent).logId;
      const rows = await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(table)
        .where(eq(column, logId));
      return Number(rows[0]?.n);
    };
    for (const t of ['log', 'consent', 'attention', 'measure', 'evaluation'] as const) {
      expect(await left(t), t).toBe(0);
    }
    for (const t of [schema.brightSpot, schema.note, schema.archiveObligation]) {
      expect(await db().select().from(t).where(eq(t.logId, logId))).toEqual([]);
    }
    const files = await db()
      .select({ name: schema.storedFile.filename })
      .from(schema.storedFile)
      .where(
        and(
          eq(schema.storedFile.municipalityId, oslo),
          sql`filename in ('samtykke.pdf', 'referat.pdf')`,
        ),
      );
    expect(files.map((f) => f.name)).not.toContain('referat.pdf');
    expect(await auditActions(logId)).toContain('log.deleted');
    // The log is gone for everyone, exactly like an id that never existed.
    await problem(await send(ola, 'GET', `/logs/${logId}`), 404);
    await problem(await send(ingrid, 'POST', `/logs/${logId}/delete`), 404);
  });
});

describe('a guardian withdraws consent; the unit leader reopens with new consent', () => {
  let logId: string;

  beforeAll(async () => {
    logId = await newChildLog();
  });

  it('an active log cannot be deleted or reopened (409)', async () => {
    const del = await problem(await send(ingrid, 'POST', `/logs/${logId}/delete`), 409);
    expect(del.detail).toMatch(/passiv/);
    await problem(await reopen(ingrid, logId, { consent: newConsent }), 409);
    expect(await obligations(logId)).toEqual([]);
  });

  it('only the family withdraws: the holder gets 403, a stranger 404', async () => {
    await problem(await send(ola, 'POST', `/logs/${logId}/withdraw-consent`), 403);
    await problem(await send(jonas, 'POST', `/logs/${logId}/withdraw-consent`), 404);
    await problem(await send(geir, 'POST', `/logs/${logId}/withdraw-consent`), 404);
  });

  it('the guardian withdraws: the log closes at once, no reason asked, the holder is e-mailed', async () => {
    expect((await lifecycle(anne, logId)).may).toMatchObject({
      withdrawConsent: true,
      requestDeletion: true,
      close: false,
    });
    await ok(await send(anne, 'POST', `/logs/${logId}/withdraw-consent`));
    expect(await lifecycle(ola, logId)).toMatchObject({
      status: 'passive',
      closeReason: 'Samtykket ble trukket tilbake',
      closedBy: { name: 'Anne Solberg' },
    });
    expect((await obligations(logId)).map((o) => o.reason)).toEqual(['closing']);
    const [holder] = await db()
      .select({ email: schema.person.email })
      .from(schema.person)
      .where(eq(schema.person.id, await idOf(world, 'person', 'Ola Johansen')));
    const mail = await db()
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.kind, 'log.consent_withdrawn'));
    expect(mail.map((m) => m.toAddress)).toEqual([holder?.email]);
    expect(mail[0]?.textBody).toContain('Testbarn');
    expect(mail[0]?.subject).not.toContain('Testbarn');
    expect(await auditActions(logId)).toContain('log.consent_withdrawn');
    await problem(await send(anne, 'POST', `/logs/${logId}/withdraw-consent`), 409);
  });

  it('the guardian asks for deletion; it lands with the unit leader, who answers', async () => {
    const { id } = await ok<{ id: string }>(
      await send(anne, 'POST', `/logs/${logId}/deletion-request`),
      201,
    );
    await problem(await send(anne, 'POST', `/logs/${logId}/deletion-request`), 409);
    await problem(await send(ola, 'POST', `/logs/${logId}/deletion-request`), 403);
    expect((await lifecycle(anne, logId)).deletionRequestedAt).not.toBeNull();
    const mail = await db()
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.kind, 'log.deletion_requested'));
    const [leader] = await db()
      .select({ email: schema.person.email })
      .from(schema.person)
      .where(eq(schema.person.id, await idOf(world, 'person', 'Ingrid Berg')));
    expect(mail.map((m) => m.toAddress)).toContain(leader?.email);
    const page = await ok<UnitLifecycle>(await send(ingrid, 'GET', `/units/${nordberg}/lifecycle`));
    expect(page.requests).toEqual([
      expect.objectContaining({ id, log: expect.objectContaining({ id: logId }) }),
    ]);
    const answer = { answer: 'Loggen slettes når arkivplikten er oppfylt.' };
    await problem(await send(geir, 'POST', `/deletion-requests/${id}/answer`, answer), 404);
    await problem(await send(anne, 'POST', `/deletion-requests/${id}/answer`, answer), 403);
    await problem(
      await send(ingrid, 'POST', `/deletion-requests/${id}/answer`, { answer: '' }),
      422,
    );
    await ok(await send(ingrid, 'POST', `/deletion-requests/${id}/answer`, answer));
    await problem(await send(ingrid, 'POST', `/deletion-requests/${id}/answer`, answer), 409);
    // The family reads the answer on their own page, and may ask again.
    expect(await lifecycle(anne, logId)).toMatchObject({
      deletionRequestedAt: null,
      deletionAnswer: { answer: answer.answer },
      may: { requestDeletion: true },
    });
    const after = await ok<UnitLifecycle>(
      await send(ingrid, 'GET', `/units/${nordberg}/lifecycle`),
    );
    expect(after.requests).toEqual([]);
    expect(await auditActions(id)).toEqual(['log.deletion_requested', 'deletion_request.answered']);
  });

  it('reopening without consent is 422 and writes nothing', async () => {
    const before = await db().select().from(schema.consent).where(eq(schema.consent.logId, logId));
    const noFile = await problem(await reopen(ingrid, logId, { consent: newConsent }, null), 422);
    expect(noFile.errors?.map((e) => e.field)).toEqual(['consentFile']);
    const noConsent = await problem(await reopen(ingrid, logId, {}), 422);
    expect(noConsent.errors?.map((e) => e.field)).toContain('consent');
    await problem(
      await reopen(ingrid, logId, { consent: newConsent }, new TextEncoder().encode('ikke en pdf')),
      422,
    );
    const notHolder = await problem(
      await reopen(ingrid, logId, {
        consent: newConsent,
        holderPersonId: await idOf(world, 'person', 'Jonas Bakke'),
      }),
      422,
    );
    expect(notHolder.errors?.map((e) => e.field)).toEqual(['holderPersonId']);
    // A child of nine cannot consent themself (L2).
    const child = await problem(
      await reopen(ingrid, logId, { consent: { ...newConsent, byYouth: true } }),
      422,
    );
    expect(child.errors?.map((e) => e.field)).toEqual(['consent.byYouth']);
    expect(await db().select().from(schema.consent).where(eq(schema.consent.logId, logId))).toEqual(
      before,
    );
    expect((await view(ola, logId)).status).toBe('passive');
  });

  it('only the unit leader reopens: the holder and the family 403, another unit 404', async () => {
    await problem(await reopen(ola, logId, { consent: newConsent }), 403);
    await problem(await reopen(anne, logId, { consent: newConsent }), 403);
    await problem(await reopen(geir, logId, { consent: newConsent }), 404);
  });

  it('the unit leader reopens with new consent: active again, the previous holder holds it', async () => {
    await ok(await reopen(ingrid, logId, { consent: newConsent }));
    const log = await view(ola, logId);
    expect(log).toMatchObject({
      status: 'active',
      closedAt: null,
      holder: { name: 'Ola Johansen' },
      consent: { consentedBy: 'Anne Solberg', validUntil: '2027-11-30' },
    });
    expect(await auditActions(logId)).toContain('log.reopened');
    await ok(
      await send(ola, 'POST', `/logs/${logId}/attentions`, {
        category: 'Atferd',
        description: 'Barnet går ut av timen når det blir bråk.',
      }),
      201,
    );
    await problem(await reopen(ingrid, logId, { consent: newConsent }), 409);
  });
});

describe('the API role deletes history only of a passive log (migration 0012)', () => {
  it('refuses deleting an evaluation or a measure event of an active log', async () => {
    const logId = await newChildLog();
    const { id: attentionId } = await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${logId}/attentions`, {
        category: 'Atferd',
        description: 'Barnet går ut av timen når det blir bråk.',
      }),
      201,
    );
    const { id: measureId } = await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${logId}/attentions/${attentionId}/measures`, {
        text: 'Barnet får en pause utenfor klasserommet.',
        responsible: 'child',
        startDate: '2026-12-01',
      }),
      201,
    );
    const measure = (await view(ola, logId)).attentions[0]?.measures[0];
    await ok(
      await send(ola, 'POST', `/logs/${logId}/measures/${measureId}/changes`, {
        kind: 'extend_deadline',
        deadline: '2027-06-01',
        reason: 'Vi trenger mer tid.',
        version: measure?.version,
      }),
    );
    await ok(
      await send(ola, 'POST', `/logs/${logId}/measures/${measureId}/evaluation`, {
        outcome: 'worked',
        decision: 'end',
      }),
      201,
    );
    const asApi = (statement: ReturnType<typeof sql>) =>
      withTenant(world.database, { municipalityId: oslo, personId: null }, (tx) =>
        tx.execute(statement),
      );
    await expect(
      asApi(sql`delete from evaluation where municipality_id = ${oslo} and log_id = ${logId}`),
    ).rejects.toThrow();
    await expect(
      asApi(
        sql`delete from measure_event where municipality_id = ${oslo} and measure_id = ${measureId}`,
      ),
    ).rejects.toThrow();
    const [left] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.evaluation)
      .where(eq(schema.evaluation.logId, logId));
    expect(Number(left?.n)).toBe(1);
    const [events] = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(schema.measureEvent)
      .where(eq(schema.measureEvent.measureId, measureId));
    expect(Number(events?.n)).toBeGreaterThan(0);
  });
});
