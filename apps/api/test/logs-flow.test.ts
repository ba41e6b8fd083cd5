import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import type { LogList, LogView } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { emmaLog, idOf, municipalityIdOf, postLog } from './logs-support';
import { ok, problem, send } from './org-helpers';

let world: World;
let ola: Person; // holder, Nordberg skole
let jonas: Person; // actor, PPT
let anne: Person; // Emma's mother
let marte: Person; // Ella's mother
let ingrid: Person; // unit leader, Nordberg skole
let oslo: string;
let logId: string;
let attentionId: string;
let serviceMeasureId: string;

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  const signedIn = async (name: string) => {
    const p = new Person(world);
    await p.signIn('oslo', nationalIdOf(name));
    return p;
  };
  ola = await signedIn('Ola Johansen');
  jonas = await signedIn('Jonas Bakke');
  anne = await signedIn('Anne Solberg');
  marte = await signedIn('Marte Haugen');
  ingrid = await signedIn('Ingrid Berg');
});
afterAll(async () => {
  await world?.close();
});

const view = async (who: Person, id = logId) => ok<LogView>(await send(who, 'GET', `/logs/${id}`));

describe('a holder creates a log with consent and builds an attention with three measures', () => {
  it('creates the log, stores the consent, and queues an e-mail to the guardian (L1–L3)', async () => {
    const created = await ok<{ id: string; reopened: boolean }>(
      await postLog(ola, await emmaLog(world)),
      201,
    );
    logId = created.id;
    expect(created.reopened).toBe(false);
    const log = await view(ola);
    expect(log).toMatchObject({
      child: { name: 'Emma Solberg', birthDate: expect.stringMatching(/^2018-/) },
      holder: { name: 'Ola Johansen' },
      level: 2,
      status: 'active',
      guardians: [{ name: 'Anne Solberg' }],
      consent: { consentedBy: 'Anne Solberg', valid: true, services: ['school', 'ppt'] },
      permissions: { role: 'holder', writeLog: true },
    });
    const mail = await world.database.db
      .select()
      .from(schema.mailOutbox)
      .where(
        and(eq(schema.mailOutbox.municipalityId, oslo), eq(schema.mailOutbox.kind, 'log.created')),
      );
    expect(mail).toHaveLength(1);
    expect(mail[0]?.toAddress).toMatch(/anne/);
    expect(mail[0]?.textBody).toContain(`/oslo/logger/${logId}`);
  });

  it('the consent document comes back to the holder and the guardian, as stored', async () => {
    const log = await view(ola);
    const res = await send(ola, 'GET', `/logs/${logId}/files/${log.consent?.fileId}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(new TextDecoder().decode(await res.arrayBuffer())).toMatch(/^%PDF-1.4/);
    expect((await send(anne, 'GET', `/logs/${logId}/files/${log.consent?.fileId}`)).status).toBe(
      200,
    );
  });

  it('a second active log for the same child is 409 (one log per child)', async () => {
    await problem(await postLog(ola, await emmaLog(world)), 409);
  });

  it('adds an attention with goal and signs of success, then measures for service, home and child', async () => {
    attentionId = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions`, {
          category: 'Språk og kommunikasjon',
          description: 'Emma sier lite i samlingsstunder med hele klassen.',
          maintainingFactors: 'Hun er redd for å si noe feil foran mange.',
          goal: 'Emma sier minst én setning i samlingsstund hver dag.',
          signsOfSuccess: 'Læreren hører Emma svare på spørsmål i samling.',
        }),
        201,
      )
    ).id;
    const jonasId = await idOf(world, 'person', 'Jonas Bakke');
    serviceMeasureId = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions/${attentionId}/measures`, {
          text: 'Jonas øver med Emma i liten gruppe hver tirsdag.',
          responsible: 'service',
          actorPersonId: jonasId,
          startDate: '2026-12-01',
        }),
        201,
      )
    ).id;
    for (const [responsible, text] of [
      ['home', 'Mamma leser med Emma og lar henne fortelle om boka.'],
      ['child', 'Emma rekker opp hånda én gang hver dag.'],
    ] as const) {
      await ok(
        await send(ola, 'POST', `/logs/${logId}/attentions/${attentionId}/measures`, {
          text,
          responsible,
          startDate: '2026-12-01',
          practical: true,
        }),
        201,
      );
    }
    const log = await view(ola);
    const attention = log.attentions[0];
    expect(attention?.balance).toEqual({ counts: { service: 1, home: 1, child: 1 }, missing: [] });
    expect(attention?.measures[0]?.actor).toMatchObject({
      name: 'Jonas Bakke',
      unitName: 'PPT Nordre Aker',
    });
    expect(attention?.measures.map((m) => [m.step, m.responsible])).toEqual([
      [1, 'service'],
      [2, 'home'],
      [3, 'child'],
    ]);
    // The municipality's default periods: 42 days for others, 21 for practical measures.
    expect(attention?.measures.map((m) => m.deadline)).toEqual([
      '2027-01-12',
      '2026-12-22',
      '2026-12-22',
    ]);
    const assigned = await world.database.db
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.kind, 'measure.assigned'));
    expect(assigned.map((m) => m.toAddress)).toEqual([expect.stringMatching(/jonas/)]);
  });
});

describe('the settings the log pages use', () => {
  it('any signed-in person reads the categories, consent age and periods; not anonymous', async () => {
    const settings = await ok<{ attentionCategories: string[]; consentAge: number }>(
      await send(anne, 'GET', '/municipality/log-settings'),
    );
    expect(settings.attentionCategories).toContain('Språk og kommunikasjon');
    expect(settings.consentAge).toBe(16);
    const anonymous = await world.app.request('/api/v1/municipality/log-settings');
    expect(anonymous.status).toBe(401);
  });
});

describe('actor candidates follow the level (L1)', () => {
  it('a level 2 log offers PPT but not child welfare; only the holder may ask', async () => {
    const res = await ok<{ items: { name: string; unitType: string }[] }>(
      await send(ola, 'GET', `/logs/${logId}/actor-candidates`),
    );
    const names = res.items.map((c) => c.name);
    expect(names).toContain('Jonas Bakke');
    expect(names).toContain('Ola Johansen');
    expect(res.items.some((c) => c.unitType === 'child_welfare')).toBe(false);
    await problem(await send(anne, 'GET', `/logs/${logId}/actor-candidates`), 403);
  });
});

describe('access (C8)', () => {
  let otherAttention: string;

  it('an actor on attention A cannot read attention B', async () => {
    otherAttention = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions`, {
          category: 'Skolefravær',
          description: 'Emma er borte fra skolen to dager i måneden.',
        }),
        201,
      )
    ).id;
    const seen = await view(jonas);
    expect(seen.permissions).toMatchObject({ role: 'actor', writeLog: false, partial: true });
    expect(seen.attentions.map((a) => a.id)).toEqual([attentionId]);
    expect(JSON.stringify(seen)).not.toContain('borte fra skolen');
  });

  it('the guardian reads everything and writes a bright spot, but not a measure', async () => {
    const seen = await view(anne);
    expect(seen.attentions.map((a) => a.id).sort()).toEqual([attentionId, otherAttention].sort());
    expect(seen.permissions).toMatchObject({
      role: 'guardian',
      writeLog: false,
      writeBrightSpot: true,
    });
    await ok(
      await send(anne, 'POST', `/logs/${logId}/bright-spots`, {
        text: 'Emma fortalte hele middagen om boka hun leser.',
      }),
      201,
    );
    const refused = await problem(
      await send(anne, 'POST', `/logs/${logId}/attentions/${attentionId}/measures`, {
        text: 'Noe',
        responsible: 'home',
        startDate: '2026-12-01',
      }),
      403,
    );
    expect(refused.detail).toMatch(/tilgang/);
    const notice = await world.database.db
      .select()
      .from(schema.mailOutbox)
      .where(eq(schema.mailOutbox.kind, 'bright_spot.created'));
    expect(notice.map((m) => m.toAddress)).toEqual([expect.stringMatching(/ola/)]);
  });

  it('the guardian of child X cannot read child Y’s log, nor its list entry', async () => {
    await problem(await send(marte, 'GET', `/logs/${logId}`), 404);
    const list = await ok<LogList>(await send(marte, 'GET', '/logs'));
    expect(list.items.map((l) => l.id)).not.toContain(logId);
  });

  it('the unit leader sees the unit’s logs as metadata, not the content', async () => {
    const unitId = await idOf(world, 'unit', 'Nordberg skole');
    const list = await ok<LogList>(await send(ingrid, 'GET', `/units/${unitId}/logs`));
    const emma = list.items.filter((l) => l.id === logId);
    expect(emma.map((l) => [l.child.name, l.holder.name, l.role])).toEqual([
      ['Emma Solberg', 'Ola Johansen', 'unit_leader'],
    ]);
    await problem(await send(ingrid, 'GET', `/logs/${logId}`), 403);
    await problem(await send(jonas, 'GET', `/units/${unitId}/logs`), 403);
  });

  it('"my logs" shows each person their role', async () => {
    const roles = async (p: Person) =>
      (await ok<LogList>(await send(p, 'GET', '/logs'))).items
        .filter((l) => l.id === logId)
        .map((l) => l.role);
    expect(await roles(ola)).toEqual(['holder']);
    expect(await roles(jonas)).toEqual(['actor']);
    expect(await roles(anne)).toEqual(['guardian']);
  });

  it('the guardian sees who has read the log and when (A6)', async () => {
    const reads = await ok<{ items: { person: { name: string } }[] }>(
      await send(anne, 'GET', `/logs/${logId}/reads`),
    );
    expect(new Set(reads.items.map((r) => r.person.name))).toEqual(
      new Set(['Ola Johansen', 'Jonas Bakke', 'Anne Solberg']),
    );
    await problem(await send(jonas, 'GET', `/logs/${logId}/reads`), 403);
  });
});

describe('measures and evaluation: the rules hold in the API', () => {
  it('a second active measure for the same actor on one attention is 409, nothing written', async () => {
    const before = await world.database.db.select().from(schema.measure);
    const res = await send(ola, 'POST', `/logs/${logId}/attentions/${attentionId}/measures`, {
      text: 'Jonas tester lesing.',
      responsible: 'service',
      actorPersonId: await idOf(world, 'person', 'Jonas Bakke'),
      startDate: '2026-12-01',
    });
    expect((await problem(res, 409)).detail).toMatch(/ett aktivt tiltak/);
    expect(await world.database.db.select().from(schema.measure)).toHaveLength(before.length);
  });

  it('a measure with two responsible parties, or none, is 422 naming the field', async () => {
    const path = `/logs/${logId}/attentions/${attentionId}/measures`;
    const two = await problem(
      await send(ola, 'POST', path, {
        text: 'Noe',
        responsible: 'home',
        actorPersonId: await idOf(world, 'person', 'Jonas Bakke'),
        startDate: '2026-12-01',
      }),
      422,
    );
    expect(two.errors?.map((e) => e.field)).toEqual(['actorPersonId']);
    const none = await problem(
      await send(ola, 'POST', path, { text: 'Noe', startDate: '2026-12-01' }),
      422,
    );
    expect(none.errors?.map((e) => e.field)).toEqual(['responsible']);
  });

  it('the text can be corrected for 8 hours, then it is fixed (409)', async () => {
    const measure = (await view(ola)).attentions[0]?.measures[0];
    const corrected = await ok<{ version: number }>(
      await send(ola, 'PATCH', `/logs/${logId}/measures/${serviceMeasureId}/text`, {
        text: 'Jonas øver med Emma i liten gruppe hver tirsdag kl. 10.',
        version: measure?.version,
      }),
    );
    await world.database.db
      .update(schema.measure)
      .set({ createdAt: sql`now() - interval '8 hours 1 minute'` })
      .where(eq(schema.measure.id, serviceMeasureId));
    const fixed = await problem(
      await send(ola, 'PATCH', `/logs/${logId}/measures/${serviceMeasureId}/text`, {
        text: 'En annen tekst.',
        version: corrected.version,
      }),
      409,
    );
    expect(fixed.detail).toMatch(/8 timer/);
    const history = (await view(ola)).attentions[0]?.measures[0]?.history;
    expect(history?.map((h) => h.kind)).toEqual(['text_corrected']);
  });

  it('extending a deadline keeps the history; a stale version is 409', async () => {
    const measure = (await view(ola)).attentions[0]?.measures[0];
    const change = {
      kind: 'extend_deadline',
      deadline: '2027-02-01',
      reason: 'Jonas var syk i tre uker.',
      version: measure?.version,
    };
    await ok(
      await send(ola, 'POST', `/logs/${logId}/measures/${serviceMeasureId}/changes`, change),
    );
    await problem(
      await send(ola, 'POST', `/logs/${logId}/measures/${serviceMeasureId}/changes`, change),
      409,
    );
    const after = (await view(ola)).attentions[0]?.measures[0];
    expect(after?.deadline).toBe('2027-02-01');
    expect(after?.history.at(-1)).toMatchObject({
      kind: 'extend_deadline',
      before: { deadline: '2027-01-12' },
      after: { deadline: '2027-02-01' },
      reason: 'Jonas var syk i tre uker.',
      by: { name: 'Ola Johansen' },
    });
  });

  it('evaluates once (green); a second evaluation is 409', async () => {
    const evaluation = {
      outcome: 'worked',
      comment: 'Emma svarte i samling tre ganger denne uka.',
      familyView: 'Hun gleder seg til tirsdagene.',
      decision: 'continue',
    };
    await ok(
      await send(ola, 'POST', `/logs/${logId}/measures/${serviceMeasureId}/evaluation`, evaluation),
      201,
    );
    expect((await view(anne)).attentions[0]?.measures[0]?.evaluation).toMatchObject({
      outcome: 'worked',
      familyView: 'Hun gleder seg til tirsdagene.',
    });
    const again = await problem(
      await send(ola, 'POST', `/logs/${logId}/measures/${serviceMeasureId}/evaluation`, evaluation),
      409,
    );
    expect(again.detail).toMatch(/allerede evaluert/);
  });

  it('an actor cannot write a measure or evaluate (403), only bright spots', async () => {
    await problem(
      await send(jonas, 'POST', `/logs/${logId}/attentions`, {
        category: 'Språk og kommunikasjon',
        description: 'Noe',
      }),
      403,
    );
    await ok(
      await send(jonas, 'POST', `/logs/${logId}/bright-spots`, {
        text: 'Emma leste høyt for gruppa i dag.',
        attentionId,
      }),
      201,
    );
  });
});

describe('staff who hold logs cannot be deactivated silently (T6, issue 3)', () => {
  it('the unit leader gets 409 listing the logs Ola holds, and nothing changes', async () => {
    const unitId = await idOf(world, 'unit', 'Nordberg skole');
    const staff = await ok<{
      items: { id: string; version: number; active: boolean; person: { name: string } }[];
    }>(await send(ingrid, 'GET', `/units/${unitId}/staff`));
    const olaMember = staff.items.find((m) => m.person.name === 'Ola Johansen');
    const refused = await problem(
      await send(ingrid, 'POST', `/units/${unitId}/staff/${olaMember?.id}/deactivate`, {
        version: olaMember?.version,
      }),
      409,
    );
    // The demo may give Ola more logs; Emma's is among those listed.
    expect(refused.detail).toMatch(/Ola Johansen er stafettholder for .*aktive? stafettlogg/);
    expect(refused.blockers).toContainEqual({
      kind: 'log',
      id: logId,
      label: 'Stafettloggen til Emma Solberg',
    });
    const after = await ok<{ items: { id: string; version: number; active: boolean }[] }>(
      await send(ingrid, 'GET', `/units/${unitId}/staff`),
    );
    expect(after.items.find((m) => m.id === olaMember?.id)).toMatchObject({
      active: true,
      version: olaMember?.version,
    });
  });
});
