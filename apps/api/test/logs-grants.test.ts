import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import type { GrantView, LogList, LogView } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { emmaLog, idOf, municipalityIdOf, postLog } from './logs-support';
import { ok, problem, send } from './org-helpers';

let world: World;
let ola: Person; // holder, Nordberg skole
let anne: Person; // Emma's mother
let nina: Person; // health station: no access until granted
let ingrid: Person; // unit leader, Nordberg skole: metadata only until a mentor grant
let jonas: Person; // PPT: no access at all
let oslo: string;
let logId: string;
let language: string; // attention A
let absence: string; // attention B
let otherAttention: string; // in Sander's log
const ids: Record<string, string> = {};

const CONSENT = 'Anne Solberg samtykket muntlig 1. desember';

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  const signedIn = async (name: string) => {
    const p = new Person(world);
    await p.signIn('oslo', nationalIdOf(name));
    return p;
  };
  ola = await signedIn('Ola Johansen');
  anne = await signedIn('Anne Solberg');
  nina = await signedIn('Nina Lie');
  ingrid = await signedIn('Ingrid Berg');
  jonas = await signedIn('Jonas Bakke');
  for (const name of [
    'Nina Lie',
    'Ingrid Berg',
    'Jonas Bakke',
    'Anne Solberg',
    'Ola Johansen',
    'Marte Haugen',
    'Tor Haugland',
    'Per Hansen',
  ]) {
    ids[name] = await idOf(world, 'person', name);
  }
  logId = (await ok<{ id: string }>(await postLog(ola, await emmaLog(world)), 201)).id;
  const attention = async (log: string, category: string, description: string) =>
    (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${log}/attentions`, { category, description }),
        201,
      )
    ).id;
  language = await attention(logId, 'Språk og kommunikasjon', 'Emma sier lite i samlingsstund.');
  absence = await attention(logId, 'Skolefravær', 'Emma er borte fra skolen to dager i måneden.');
  const sander = await emmaLog(world);
  sander.child = { nationalId: nationalIdOf('Sander Moen'), name: 'Sander Moen' };
  sander.guardians = [
    { nationalId: nationalIdOf('Liv Moen'), name: 'Liv Moen', email: null, phone: null },
  ];
  sander.consent.consentedBy = 'Liv Moen';
  const otherLog = (await ok<{ id: string }>(await postLog(ola, sander), 201)).id;
  otherAttention = await attention(otherLog, 'Skolefravær', 'Sander er borte én dag i uka.');
});
afterAll(async () => {
  await world?.close();
});

const grantsOf = async (who: Person) =>
  (await ok<{ items: GrantView[] }>(await send(who, 'GET', `/logs/${logId}/grants`))).items;
const grantRows = async () => {
  const [row] = await world.database.db
    .select({ n: sql<number>`count(*)::int` })
    .from(schema.accessGrant)
    .where(eq(schema.accessGrant.municipalityId, oslo));
  return Number(row?.n ?? 0);
};

let ninaGrant: string;

describe('a read grant for chosen attentions (C8)', () => {
  it('before the grant, other staff do not know the log exists', async () => {
    await problem(await send(nina, 'GET', `/logs/${logId}`), 404);
  });

  it('the holder grants one attention, recording the guardians’ consent', async () => {
    ninaGrant = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/grants`, {
          personId: ids['Nina Lie'],
          attentionIds: [language],
          guardianConsent: CONSENT,
        }),
        201,
      )
    ).id;
    const [audit] = await world.database.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.action, 'grant.created'),
          eq(schema.auditEvent.entityId, ninaGrant),
        ),
      );
    expect(audit?.data).toMatchObject({
      logId,
      attentionIds: [language],
      guardianConsent: CONSENT,
    });
  });

  it('the granted reader sees exactly the granted attention, and writes nothing', async () => {
    const seen = await ok<LogView>(await send(nina, 'GET', `/logs/${logId}`));
    expect(seen.attentions.map((a) => a.id)).toEqual([language]);
    expect(JSON.stringify(seen)).not.toContain('borte fra skolen');
    expect(seen.permissions).toMatchObject({
      role: 'reader',
      writeLog: false,
      writeBrightSpot: false,
      partial: true,
    });
    const list = await ok<LogList>(await send(nina, 'GET', '/logs'));
    expect(list.items.map((l) => l.id)).toContain(logId);
    await problem(
      await send(nina, 'POST', `/logs/${logId}/grants`, {
        personId: ids['Jonas Bakke'],
        guardianConsent: CONSENT,
      }),
      403,
    );
  });

  it('the holder and the family see the grants; the reader and strangers do not', async () => {
    for (const who of [ola, anne]) {
      const items = await grantsOf(who);
      expect(items).toEqual([
        expect.objectContaining({
          id: ninaGrant,
          person: { id: ids['Nina Lie'], name: 'Nina Lie' },
          attentionIds: [language],
          mentor: false,
          guardianConsent: CONSENT,
          grantedBy: { id: ids['Ola Johansen'], name: 'Ola Johansen' },
          revokedAt: null,
        }),
      ]);
    }
    await problem(await send(nina, 'GET', `/logs/${logId}/grants`), 403);
    await problem(await send(ingrid, 'GET', `/logs/${logId}/grants`), 403);
    await problem(await send(jonas, 'GET', `/logs/${logId}/grants`), 404);
  });

  it('a second live grant for the same person is 409: revoke and grant again', async () => {
    const before = await grantRows();
    const res = await send(ola, 'POST', `/logs/${logId}/grants`, {
      personId: ids['Nina Lie'],
      attentionIds: [absence],
      guardianConsent: CONSENT,
    });
    expect((await problem(res, 409)).detail).toMatch(/allerede lesetilgang/);
    expect(await grantRows()).toBe(before);
  });

  it('revoked, the reader loses access at once; the grant stays listed as revoked', async () => {
    const revoked = await ok<{ revokedAt: string }>(
      await send(ola, 'POST', `/logs/${logId}/grants/${ninaGrant}/revoke`),
    );
    expect(Date.parse(revoked.revokedAt)).not.toBeNaN();
    await problem(await send(nina, 'GET', `/logs/${logId}`), 404);
    const list = await ok<LogList>(await send(nina, 'GET', '/logs'));
    expect(list.items.map((l) => l.id)).not.toContain(logId);
    expect((await grantsOf(anne))[0]?.revokedAt).toBe(revoked.revokedAt);
    const again = await send(ola, 'POST', `/logs/${logId}/grants/${ninaGrant}/revoke`);
    expect((await problem(again, 409)).detail).toMatch(/allerede trukket tilbake/);
  });
});

describe('whole-log and mentor grants (C8)', () => {
  let mentorGrant: string;

  it('a unit leader reads only metadata until the family agrees to mentor access', async () => {
    await problem(await send(ingrid, 'GET', `/logs/${logId}`), 403);
    mentorGrant = (
      await ok<{ id: string }>(
        await send(ola, 'POST', `/logs/${logId}/grants`, {
          personId: ids['Ingrid Berg'],
          mentor: true,
          guardianConsent: 'Anne Solberg sa ja til mentortilgang på møtet 1. desember',
        }),
        201,
      )
    ).id;
    const seen = await ok<LogView>(await send(ingrid, 'GET', `/logs/${logId}`));
    expect(seen.attentions.map((a) => a.id).sort()).toEqual([language, absence].sort());
    expect(seen.permissions).toMatchObject({ role: 'reader', writeLog: false, partial: false });
  });

  it('the guardian withdraws the consent: the family may revoke a grant too (L7)', async () => {
    await ok(await send(anne, 'POST', `/logs/${logId}/grants/${mentorGrant}/revoke`));
    await problem(await send(ingrid, 'GET', `/logs/${logId}`), 403);
    const [audit] = await world.database.db
      .select()
      .from(schema.auditEvent)
      .where(
        and(
          eq(schema.auditEvent.action, 'grant.revoked'),
          eq(schema.auditEvent.entityId, mentorGrant),
        ),
      );
    expect(audit?.actorPersonId).toBe(ids['Anne Solberg']);
  });

  it('a district leader with no unit may be a mentor', async () => {
    await ok(
      await send(ola, 'POST', `/logs/${logId}/grants`, {
        personId: ids['Per Hansen'],
        mentor: true,
        guardianConsent: CONSENT,
      }),
      201,
    );
  });
});

describe('bad grants are 422 naming the field, and write nothing', () => {
  const cases: [string, () => Record<string, unknown>, string][] = [
    ['no recorded consent', () => ({ personId: ids['Jonas Bakke'] }), 'guardianConsent'],
    [
      'an attention of another log',
      () => ({
        personId: ids['Jonas Bakke'],
        attentionIds: [language, otherAttention],
        guardianConsent: CONSENT,
      }),
      'attentionIds.1',
    ],
    [
      'a person of another municipality',
      () => ({ personId: ids['Tor Haugland'], guardianConsent: CONSENT }),
      'personId',
    ],
    [
      'a guardian of another child, who is no staff',
      () => ({ personId: ids['Marte Haugen'], guardianConsent: CONSENT }),
      'personId',
    ],
    [
      'the child’s own guardian, who reads all already',
      () => ({ personId: ids['Anne Solberg'], guardianConsent: CONSENT }),
      'personId',
    ],
    ['the holder', () => ({ personId: ids['Ola Johansen'], guardianConsent: CONSENT }), 'personId'],
    [
      'mentor access for staff who lead nothing',
      () => ({ personId: ids['Jonas Bakke'], mentor: true, guardianConsent: CONSENT }),
      'mentor',
    ],
  ];
  for (const [what, input, field] of cases) {
    it(what, async () => {
      const before = await grantRows();
      const body = await problem(await send(ola, 'POST', `/logs/${logId}/grants`, input()), 422);
      expect(body.errors?.map((e) => e.field)).toEqual([field]);
      expect(await grantRows()).toBe(before);
    });
  }
});

describe('only the holder grants (L5, C8)', () => {
  it('the guardian and the unit leader get 403, a stranger 404; nothing is written', async () => {
    const before = await grantRows();
    const input = { personId: ids['Jonas Bakke'], guardianConsent: CONSENT };
    await problem(await send(anne, 'POST', `/logs/${logId}/grants`, input), 403);
    await problem(await send(ingrid, 'POST', `/logs/${logId}/grants`, input), 403);
    await problem(await send(jonas, 'POST', `/logs/${logId}/grants`, input), 404);
    expect(await grantRows()).toBe(before);
  });

  it('revoking: the unit leader 403, a stranger 404, an unknown grant 404', async () => {
    const live = (await grantsOf(ola)).find((g) => g.revokedAt === null);
    if (!live) throw new Error('expected a live grant');
    await problem(await send(ingrid, 'POST', `/logs/${logId}/grants/${live.id}/revoke`), 403);
    await problem(await send(jonas, 'POST', `/logs/${logId}/grants/${live.id}/revoke`), 404);
    await problem(
      await send(ola, 'POST', `/logs/${logId}/grants/${crypto.randomUUID()}/revoke`),
      404,
    );
    expect((await grantsOf(ola)).find((g) => g.id === live.id)?.revokedAt).toBeNull();
  });
});

describe('grant candidates (C8)', () => {
  it('lists active staff and district leaders with leaders marked, never the holder', async () => {
    const res = await ok<{ items: { name: string; leader: boolean; unitName: string }[] }>(
      await send(ola, 'GET', `/logs/${logId}/grant-candidates`),
    );
    const names = res.items.map((c) => c.name);
    expect(names).toContain('Nina Lie');
    expect(names).not.toContain('Ola Johansen');
    expect(res.items.find((c) => c.name === 'Per Hansen')).toMatchObject({
      leader: true,
      unitName: 'Nordre Aker',
    });
    expect(res.items.find((c) => c.name === 'Ingrid Berg')?.leader).toBe(true);
  });
});
