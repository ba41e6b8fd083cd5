import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { makeSyntheticNationalId, type LogList, type LogView } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { emmaLog, idOf, postLog } from './logs-support';
import { ok, problem, send } from './org-helpers';

/**
 * X4: a log goes from Oslo to Haugesund through the one narrow path, and nothing else crosses.
 */
let world: World;
let ola: Person; // holder, Oslo
let silje: Person; // unit leader, Skåredalen skole, Haugesund
let tor: Person; // teacher with holder capability, Haugesund
let logId: string;
let kept: string; // the attention that goes along

const child = { name: 'Jens Flytter', nationalId: makeSyntheticNationalId('2015-03-04', 921) };

async function signedIn(slug: string, name: string) {
  const p = new Person(world);
  await p.signIn(slug, nationalIdOf(name));
  return p;
}

beforeAll(async () => {
  world = await createWorld();
  ola = await signedIn('oslo', 'Ola Johansen');
  silje = await signedIn('haugesund', 'Silje Vik');
  tor = await signedIn('haugesund', 'Tor Haugland');
  const created = await ok<{ id: string }>(
    await postLog(ola, { ...(await emmaLog(world)), child }),
    201,
  );
  logId = created.id;
  const attention = async (description: string) =>
    (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/attentions`, {
          category: 'Språk og kommunikasjon',
          description,
          goal: 'Jens svarer i samling hver dag.',
        }),
        201,
      )
    ).id;
  kept = await attention('Jens sier lite i samling.');
  await attention('Jens kommer sent om mandagene.');
  await ok(
    await send(ola, 'POST', `/logs/${logId}/attentions/${kept}/measures`, {
      text: 'Ola øver med Jens i liten gruppe.',
      responsible: 'service',
      actorPersonId: await idOf(world, 'person', 'Ola Johansen'),
      startDate: '2026-11-02',
    }),
    201,
  );
  await ok(
    await send(ola, 'POST', `/logs/${logId}/bright-spots`, {
      text: 'Jens svarte to ganger i dag!',
      attentionId: kept,
    }),
    201,
  );
});
afterAll(async () => {
  await world?.close();
});

describe('sending a log to another municipality', () => {
  it('refuses a municipality not on the platform, or attentions of another log (422)', async () => {
    const nowhere = await problem(
      await send(ola, 'POST', `/logs/${logId}/transfer-packages`, {
        toMunicipality: 'bergen',
        reason: 'Familien flytter.',
      }),
      422,
    );
    expect(nowhere.errors?.[0]).toMatchObject({ field: 'toMunicipality' });
    await problem(
      await send(ola, 'POST', `/logs/${logId}/transfer-packages`, {
        toMunicipality: 'haugesund',
        reason: 'Familien flytter.',
        attentionIds: ['9b2f0a4e-8d1c-4e2b-9c3d-111111111111'],
      }),
      422,
    );
  });

  it('sends the chosen attention; a second sending while one is on its way is 409', async () => {
    const body = { toMunicipality: 'haugesund', reason: 'Familien flytter.', attentionIds: [kept] };
    await ok(await send(ola, 'POST', `/logs/${logId}/transfer-packages`, body), 201);
    await problem(await send(ola, 'POST', `/logs/${logId}/transfer-packages`, body), 409);
    const outgoing = await ok<{ items: { status: string; toMunicipality: string }[] }>(
      await send(ola, 'GET', `/logs/${logId}/transfer-packages`),
    );
    expect(outgoing.items).toMatchObject([
      { status: 'pending', toMunicipality: 'Haugesund kommune' },
    ]);
  });
});

describe('taking it in (X4)', () => {
  let packageId: string;

  it('Haugesund’s unit leader sees who sends it and why, nothing more; a teacher may not', async () => {
    const incoming = await ok<{
      items: { id: string; childName: string; fromMunicipality: string }[];
    }>(await send(silje, 'GET', '/transfer-packages/incoming'));
    expect(incoming.items).toHaveLength(1);
    expect(incoming.items[0]).toMatchObject({
      childName: child.name,
      fromMunicipality: 'Oslo kommune',
    });
    expect(JSON.stringify(incoming.items)).not.toContain('samling');
    packageId = incoming.items[0]!.id;
    await problem(await send(tor, 'GET', '/transfer-packages/incoming'), 403);
    // Oslo itself sees nothing addressed to Oslo.
    expect(
      (
        await ok<{ items: unknown[] }>(
          await send(await signedIn('oslo', 'Ingrid Berg'), 'GET', '/transfer-packages/incoming'),
        )
      ).items,
    ).toEqual([]);
  });

  it('a holder without holder capability is 422 and the package keeps waiting', async () => {
    const unitId = await idOf(world, 'unit', 'Skåredalen skole');
    const siljeId = await idOf(world, 'person', 'Silje Vik');
    await problem(
      await send(silje, 'POST', `/transfer-packages/${packageId}/accept`, {
        unitId,
        holderPersonId: siljeId,
        level: 2,
      }),
      422,
    );
    const still = await ok<{ items: unknown[] }>(
      await send(silje, 'GET', '/transfer-packages/incoming'),
    );
    expect(still.items).toHaveLength(1);
  });

  it('becomes a new log in Haugesund with Tor as holder; Oslo’s log closes', async () => {
    const unitId = await idOf(world, 'unit', 'Skåredalen skole');
    const torId = await idOf(world, 'person', 'Tor Haugland');
    const { logId: newLog } = await ok<{ logId: string }>(
      await send(silje, 'POST', `/transfer-packages/${packageId}/accept`, {
        unitId,
        holderPersonId: torId,
        level: 2,
      }),
      201,
    );
    const mine = await ok<LogList>(await send(tor, 'GET', '/logs'));
    expect(mine.items.map((l) => [l.id, l.child.name, l.role])).toContainEqual([
      newLog,
      child.name,
      'holder',
    ]);
    const log = await ok<LogView>(await send(tor, 'GET', `/logs/${newLog}`));
    expect(log.attentions.map((a) => a.description)).toEqual(['Jens sier lite i samling.']);
    expect(log.consent).toMatchObject({ consentedBy: 'Anne Solberg' });
    const history = log.notes.find((n) => n.kind === 'log')?.text ?? '';
    expect(history).toContain('Fra Oslo kommune');
    expect(history).toContain(
      'Trinn 1: Ola øver med Jens i liten gruppe. – Tjenesten (Ola Johansen)',
    );
    expect(history).toContain('Jens svarte to ganger i dag!');
    expect(JSON.stringify(log)).not.toContain('kommer sent');

    const oslosLog = await ok<LogView>(await send(ola, 'GET', `/logs/${logId}`));
    expect(oslosLog.status).toBe('passive');
    const [obligation] = await world.database.db
      .select()
      .from(schema.archiveObligation)
      .where(eq(schema.archiveObligation.logId, logId));
    expect(obligation?.reason).toBe('moving_away');
  });

  it('it cannot be taken twice', async () => {
    const unitId = await idOf(world, 'unit', 'Skåredalen skole');
    const torId = await idOf(world, 'person', 'Tor Haugland');
    await problem(
      await send(silje, 'POST', `/transfer-packages/${packageId}/accept`, {
        unitId,
        holderPersonId: torId,
        level: 2,
      }),
      404,
    );
  });
});

describe('declining and taking back', () => {
  it('a declined package leaves the log with its holder; a cancelled one disappears', async () => {
    const second = await ok<{ id: string }>(
      await postLog(ola, {
        ...(await emmaLog(world)),
        child: { name: 'Kari Flytter', nationalId: makeSyntheticNationalId('2016-06-06', 922) },
      }),
      201,
    );
    const body = { toMunicipality: 'haugesund', reason: 'Familien flytter kanskje.' };
    const sent = await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${second.id}/transfer-packages`, body),
      201,
    );
    await ok(
      await send(silje, 'POST', `/transfer-packages/${sent.id}/decline`, {
        reason: 'Barnet bor ikke her.',
      }),
    );
    const log = await ok<LogView>(await send(ola, 'GET', `/logs/${second.id}`));
    expect(log.status).toBe('active');
    const again = await ok<{ id: string }>(
      await send(ola, 'POST', `/logs/${second.id}/transfer-packages`, body),
      201,
    );
    await ok(await send(ola, 'POST', `/transfer-packages/${again.id}/cancel`));
    const incoming = await ok<{ items: { id: string }[] }>(
      await send(silje, 'GET', '/transfer-packages/incoming'),
    );
    expect(incoming.items.map((i) => i.id)).not.toContain(again.id);
    await problem(
      await send(silje, 'POST', `/transfer-packages/${again.id}/decline`, { reason: 'Nei takk.' }),
      404,
    );
  });
});
