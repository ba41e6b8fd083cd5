import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema, type Db } from '@stafett/db';
import type { LogTransfers, StaffLogs, TransferList, TransferView } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { idOf, municipalityIdOf } from './logs-support';
import { ok, problem, send } from './org-helpers';

/**
 * Transfers inside one municipality (issue 6, items 1–2; DOMAIN.md X1–X3, T6), on the demo's
 * Ella Haugen log: Hanne Strand holds it at Korsvoll barnehage, and it moves to Nordberg skole.
 */
let world: World;
let oslo: string;
let hanne: Person; // holder, Korsvoll barnehage
let geir: Person; // unit leader, Korsvoll barnehage
let ingrid: Person; // unit leader, Nordberg skole
let ola: Person; // holder, Nordberg skole
let nina: Person; // holder, health station; added to Nordberg skole below
let marte: Person; // Ella's mother
let ids: {
  korsvoll: string;
  nordberg: string;
  ppt: string;
  hanne: string;
  ola: string;
  jonas: string;
  nina: string;
  ingrid: string;
  ninaMembership?: string;
};
let ellaLog: string;
let attentions: string[];

const signedIn = async (name: string) => {
  const p = new Person(world);
  await p.signIn('oslo', nationalIdOf(name));
  return p;
};

beforeAll(async () => {
  world = await createWorld();
  oslo = await municipalityIdOf(world, 'oslo');
  const people = await Promise.all(
    ['Hanne Strand', 'Geir Dahl', 'Ingrid Berg', 'Ola Johansen', 'Nina Lie', 'Marte Haugen'].map(
      signedIn,
    ),
  );
  [hanne, geir, ingrid, ola, nina, marte] = people as [
    Person,
    Person,
    Person,
    Person,
    Person,
    Person,
  ];
  ids = {
    korsvoll: await idOf(world, 'unit', 'Korsvoll barnehage'),
    nordberg: await idOf(world, 'unit', 'Nordberg skole'),
    ppt: await idOf(world, 'unit', 'PPT Nordre Aker'),
    hanne: await idOf(world, 'person', 'Hanne Strand'),
    ola: await idOf(world, 'person', 'Ola Johansen'),
    jonas: await idOf(world, 'person', 'Jonas Bakke'),
    nina: await idOf(world, 'person', 'Nina Lie'),
    ingrid: await idOf(world, 'person', 'Ingrid Berg'),
  };
  const ella = await idOf(world, 'person', 'Ella Haugen');
  const [row] = await world.database.db
    .select({ id: schema.log.id })
    .from(schema.log)
    .where(and(eq(schema.log.childPersonId, ella), eq(schema.log.status, 'active')));
  ellaLog = row!.id;
  // Ella's log has one attention in the demo; two more, so that two of three go along.
  for (const description of ['Ella leker mest alene i frilek.', 'Ella sover lite om natta.']) {
    await ok(
      await send(hanne, 'POST', `/logs/${ellaLog}/attentions`, {
        category: 'Sosial kompetanse',
        description,
      }),
      201,
    );
  }
  const a = schema.attention;
  attentions = (
    await world.database.db.select({ id: a.id }).from(a).where(eq(a.logId, ellaLog))
  ).map((x) => x.id);
});
afterAll(async () => {
  await world?.close();
});

const transfers = async () =>
  world.database.db.select().from(schema.transfer).where(eq(schema.transfer.logId, ellaLog));
const logRow = async (id = ellaLog) =>
  (await world.database.db.select().from(schema.log).where(eq(schema.log.id, id)))[0]!;
const toNordberg = (over: Record<string, unknown> = {}) => ({
  kind: 'to_unit',
  toUnitId: ids.nordberg,
  toPersonId: null,
  reason: 'Ella begynner på Nordberg skole i august.',
  guardianConsent: 'Marte Haugen samtykket muntlig 1. desember.',
  attentionIds: attentions.slice(0, 2),
  ...over,
});

describe('bad input writes nothing (issue 6, "Bad input")', () => {
  it('refuses a recipient without holder capability, the holder themself, an inactive one', async () => {
    const noHolder = await problem(
      await send(
        hanne,
        'POST',
        `/logs/${ellaLog}/transfers`,
        toNordberg({ toUnitId: ids.ppt, toPersonId: ids.jonas }),
      ),
      422,
    );
    expect(noHolder.errors?.map((e) => e.field)).toEqual(['toPersonId']);
    const self = await problem(
      await send(hanne, 'POST', `/logs/${ellaLog}/transfers`, {
        ...toNordberg({ kind: 'within_unit', toUnitId: ids.korsvoll, toPersonId: ids.hanne }),
      }),
      422,
    );
    expect(self.errors?.map((e) => e.field)).toEqual(['toPersonId']);
    // Nina as an inactive holder of Nordberg skole.
    const db: Db = world.database.db;
    const [membership] = await db
      .insert(schema.staffMembership)
      .values({
        municipalityId: oslo,
        unitId: ids.nordberg,
        personId: ids.nina,
        canHold: true,
        active: false,
      })
      .returning({ id: schema.staffMembership.id });
    ids.ninaMembership = membership!.id;
    const inactive = await problem(
      await send(hanne, 'POST', `/logs/${ellaLog}/transfers`, toNordberg({ toPersonId: ids.nina })),
      422,
    );
    expect(inactive.errors?.map((e) => e.field)).toEqual(['toPersonId']);
    expect(await transfers()).toEqual([]);
  });

  it('needs the reason and, to another unit, the guardians’ consent; the unit must fit the kind', async () => {
    const noReason = await problem(
      await send(hanne, 'POST', `/logs/${ellaLog}/transfers`, toNordberg({ reason: '' })),
      422,
    );
    expect(noReason.errors?.map((e) => e.field)).toEqual(['reason']);
    const noConsent = await problem(
      await send(
        hanne,
        'POST',
        `/logs/${ellaLog}/transfers`,
        toNordberg({ guardianConsent: null }),
      ),
      422,
    );
    expect(noConsent.errors?.map((e) => e.field)).toEqual(['guardianConsent']);
    const wrongUnit = await problem(
      await send(hanne, 'POST', `/logs/${ellaLog}/transfers`, toNordberg({ kind: 'within_unit' })),
      422,
    );
    expect(wrongUnit.errors?.map((e) => e.field)).toEqual(['toUnitId']);
    const stranger = await problem(
      await send(
        hanne,
        'POST',
        `/logs/${ellaLog}/transfers`,
        toNordberg({ attentionIds: [ids.ola] }),
      ),
      422,
    );
    expect(stranger.errors?.map((e) => e.field)).toEqual(['attentionIds']);
    expect(await transfers()).toEqual([]);
  });

  it('lets nobody but the holder and the unit’s leader start one', async () => {
    await problem(await send(ola, 'POST', `/logs/${ellaLog}/transfers`, toNordberg()), 404);
    await problem(await send(marte, 'POST', `/logs/${ellaLog}/transfers`, toNordberg()), 403);
    expect(await transfers()).toEqual([]);
  });
});

describe('Hanne transfers Ella’s log to Nordberg skole with two of three attentions (X1, X2)', () => {
  let transfer: TransferView;

  it('starts it; the recipient side and the guardian are e-mailed; a second one is 409', async () => {
    const before = await world.database.db.select().from(schema.mailOutbox);
    transfer = await ok<TransferView>(
      await send(hanne, 'POST', `/logs/${ellaLog}/transfers`, toNordberg()),
      201,
    );
    expect(transfer).toMatchObject({
      status: 'pending',
      kind: 'to_unit',
      fromHolder: { name: 'Hanne Strand' },
      toUnit: { name: 'Nordberg skole' },
      toPerson: null,
    });
    const mail = (await world.database.db.select().from(schema.mailOutbox)).slice(before.length);
    expect(mail.every((m) => m.kind === 'transfer.started')).toBe(true);
    expect(mail.length).toBeGreaterThan(0);
    for (const m of mail) expect(m.textBody).not.toContain('Marte Haugen samtykket');
    await problem(await send(hanne, 'POST', `/logs/${ellaLog}/transfers`, toNordberg()), 409);
    expect(await transfers()).toHaveLength(1);
  });

  it('until acceptance Hanne holds the log; Ingrid sees it incoming; the family sees it', async () => {
    expect((await logRow()).holderPersonId).toBe(ids.hanne);
    const incoming = await ok<TransferList>(
      await send(ingrid, 'GET', `/transfers/incoming?unitId=${ids.nordberg}`),
    );
    expect(incoming.items.map((t) => t.id)).toEqual([transfer.id]);
    await problem(await send(ola, 'GET', `/transfers/incoming?unitId=${ids.nordberg}`), 403);
    const mine = await ok<TransferList>(await send(ola, 'GET', '/transfers/incoming'));
    expect(mine.items).toEqual([]);
    const history = await ok<LogTransfers>(await send(marte, 'GET', `/logs/${ellaLog}/transfers`));
    expect(history.pending?.id).toBe(transfer.id);
    expect(history.mayStart).toBe(false);
    // The unit leader sees the categories, not what the attentions say (C8).
    const asLeader = await ok<LogTransfers>(await send(geir, 'GET', `/logs/${ellaLog}/transfers`));
    expect(asLeader.attentions.every((a) => a.description === null)).toBe(true);
    expect(asLeader.mayStart).toBe(true);
  });

  it('refuses accepting a transfer addressed to someone else', async () => {
    await problem(await send(ola, 'POST', `/transfers/${transfer.id}/accept`, {}), 404);
    await problem(await send(geir, 'POST', `/transfers/${transfer.id}/accept`, {}), 403);
    await problem(await send(hanne, 'POST', `/transfers/${transfer.id}/accept`, {}), 403);
    expect((await transfers())[0]!.status).toBe('pending');
  });

  it('Ingrid must name a holder who may hold in her unit', async () => {
    const none = await problem(
      await send(ingrid, 'POST', `/transfers/${transfer.id}/accept`, {}),
      422,
    );
    expect(none.errors?.map((e) => e.field)).toEqual(['newHolderPersonId']);
    await problem(
      await send(ingrid, 'POST', `/transfers/${transfer.id}/accept`, {
        newHolderPersonId: ids.jonas,
      }),
      422,
    );
    await problem(
      await send(ingrid, 'POST', `/transfers/${transfer.id}/accept`, {
        newHolderPersonId: ids.nina,
      }),
      422,
    );
    expect((await transfers())[0]!.status).toBe('pending');
  });

  it('accepts with Ola as holder: the log moves, the obligation is due, the third attention ends', async () => {
    const accepted = await ok<TransferView>(
      await send(ingrid, 'POST', `/transfers/${transfer.id}/accept`, {
        newHolderPersonId: ids.ola,
      }),
    );
    expect(accepted).toMatchObject({ status: 'accepted', newHolder: { name: 'Ola Johansen' } });
    expect(await logRow()).toMatchObject({ holderPersonId: ids.ola, unitId: ids.nordberg });
    const obligations = await world.database.db
      .select()
      .from(schema.archiveObligation)
      .where(eq(schema.archiveObligation.logId, ellaLog));
    expect(obligations.map((o) => o.reason)).toEqual(['change_of_service']);
    const a = schema.attention;
    const rows = await world.database.db
      .select({ id: a.id, ended: a.ended })
      .from(a)
      .where(eq(a.logId, ellaLog));
    expect(rows.filter((r) => r.ended).map((r) => r.id)).toEqual([attentions[2]]);
    const audit = await world.database.db
      .select({ action: schema.auditEvent.action })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.entityId, transfer.id));
    expect(audit.map((x) => x.action).sort()).toEqual(['transfer.accepted', 'transfer.started']);
    await problem(
      await send(ingrid, 'POST', `/transfers/${transfer.id}/accept`, {
        newHolderPersonId: ids.ola,
      }),
      409,
    );
    await problem(await send(hanne, 'POST', `/transfers/${transfer.id}/cancel`), 409);
    // Hanne no longer holds it; she still reads the attention where she is the actor (C8).
    const asHanne = await ok<{ permissions: { role: string } }>(
      await send(hanne, 'GET', `/logs/${ellaLog}`),
    );
    expect(asHanne.permissions.role).toBe('actor');
    const history = await ok<LogTransfers>(await send(marte, 'GET', `/logs/${ellaLog}/transfers`));
    expect(history.log.holder.name).toBe('Ola Johansen');
    expect(history.items.map((t) => t.status)).toEqual(['accepted']);
  });
});

describe('declined and cancelled transfers leave the log with its holder', () => {
  it('Ingrid declines with a reason; Ola still holds the log', async () => {
    const t = await ok<TransferView>(
      await send(ola, 'POST', `/logs/${ellaLog}/transfers`, {
        kind: 'within_unit',
        toUnitId: ids.nordberg,
        toPersonId: null,
        reason: 'Ola går ned i stilling.',
      }),
      201,
    );
    await problem(await send(ingrid, 'POST', `/transfers/${t.id}/decline`, { reason: '' }), 422);
    await problem(
      await send(ola, 'POST', `/transfers/${t.id}/decline`, { reason: 'Nei takk.' }),
      403,
    );
    const declined = await ok<TransferView>(
      await send(ingrid, 'POST', `/transfers/${t.id}/decline`, {
        reason: 'Ingen andre kan ta den nå.',
      }),
    );
    expect(declined).toMatchObject({
      status: 'declined',
      declineReason: 'Ingen andre kan ta den nå.',
    });
    expect((await logRow()).holderPersonId).toBe(ids.ola);
  });

  it('Ola takes one back; taking it back twice is 409', async () => {
    const t = await ok<TransferView>(
      await send(ola, 'POST', `/logs/${ellaLog}/transfers`, {
        kind: 'within_unit',
        toUnitId: ids.nordberg,
        toPersonId: null,
        reason: 'Ola går ned i stilling.',
      }),
      201,
    );
    await problem(await send(marte, 'POST', `/transfers/${t.id}/cancel`), 404);
    expect(
      (await ok<TransferView>(await send(ola, 'POST', `/transfers/${t.id}/cancel`))).status,
    ).toBe('cancelled');
    await problem(await send(ola, 'POST', `/transfers/${t.id}/cancel`), 409);
    expect((await logRow()).holderPersonId).toBe(ids.ola);
  });
});

describe('the leader hands over the logs of a teacher who leaves (X3, T6)', () => {
  let olaMembership: { id: string; version: number };

  it('lists Ola’s logs, and refuses to deactivate him while he holds logs or a transfer waits', async () => {
    const m = schema.staffMembership;
    const [row] = await world.database.db
      .select({ id: m.id, version: m.version })
      .from(m)
      .where(and(eq(m.personId, ids.ola), eq(m.unitId, ids.nordberg)));
    olaMembership = row!;
    const logs = await ok<StaffLogs>(
      await send(ingrid, 'GET', `/units/${ids.nordberg}/staff/${olaMembership.id}/logs`),
    );
    expect(logs.items.map((l) => l.childName)).toEqual(['Ella Haugen', 'Lukas Andersen']);
    await problem(
      await send(ola, 'GET', `/units/${ids.nordberg}/staff/${olaMembership.id}/logs`),
      403,
    );
    // Nina becomes an active holder of Nordberg skole; Ingrid hands Ella's log to her.
    await world.database.db.update(m).set({ active: true }).where(eq(m.id, ids.ninaMembership!));
    const t = await ok<TransferView>(
      await send(ingrid, 'POST', `/logs/${ellaLog}/transfers`, {
        kind: 'within_unit',
        toUnitId: ids.nordberg,
        toPersonId: ids.nina,
        reason: 'Ola slutter.',
      }),
      201,
    );
    expect(t.createdBy.name).toBe('Ingrid Berg');
    const refused = await problem(
      await send(ingrid, 'POST', `/units/${ids.nordberg}/staff/${olaMembership.id}/deactivate`, {
        version: olaMembership.version,
      }),
      409,
    );
    expect(refused.blockers?.map((b) => b.kind).sort()).toEqual(['log', 'log', 'transfer']);
    await ok(await send(nina, 'POST', `/transfers/${t.id}/accept`, {}));
    expect((await logRow()).holderPersonId).toBe(ids.nina);
  });

  it('deactivates him once every log is handed over and accepted', async () => {
    const lukas = await ok<StaffLogs>(
      await send(ingrid, 'GET', `/units/${ids.nordberg}/staff/${olaMembership.id}/logs`),
    );
    expect(lukas.items.map((l) => l.childName)).toEqual(['Lukas Andersen']);
    const t = await ok<TransferView>(
      await send(ingrid, 'POST', `/logs/${lukas.items[0]!.id}/transfers`, {
        kind: 'within_unit',
        toUnitId: ids.nordberg,
        toPersonId: ids.nina,
        reason: 'Ola slutter.',
      }),
      201,
    );
    await ok(await send(nina, 'POST', `/transfers/${t.id}/accept`, {}));
    const done = await ok<{ active: boolean }>(
      await send(ingrid, 'POST', `/units/${ids.nordberg}/staff/${olaMembership.id}/deactivate`, {
        version: olaMembership.version,
      }),
    );
    expect(done.active).toBe(false);
  });
});

describe.skipIf(!process.env.DATABASE_URL)(
  'accept and cancel at the same moment (PostgreSQL; PGlite runs one connection, so nothing races)',
  () => {
    it('exactly one wins and the log is consistent', async () => {
      // Ola comes back, so there are two holders to pass the log between.
      const m = schema.staffMembership;
      await world.database.db
        .update(m)
        .set({ active: true })
        .where(and(eq(m.personId, ids.ola), eq(m.unitId, ids.nordberg)));
      for (let round = 0; round < 5; round++) {
        const t = await ok<TransferView>(
          await send(ingrid, 'POST', `/logs/${ellaLog}/transfers`, {
            kind: 'within_unit',
            toUnitId: ids.nordberg,
            toPersonId: null,
            reason: 'Samtidighetsprøve.',
          }),
          201,
        );
        const holderBefore = (await logRow()).holderPersonId;
        const other = holderBefore === ids.nina ? ids.ola : ids.nina;
        const [accept, cancel] = await Promise.all([
          send(ingrid, 'POST', `/transfers/${t.id}/accept`, { newHolderPersonId: other }),
          send(ingrid, 'POST', `/transfers/${t.id}/cancel`),
        ]);
        expect([accept.status, cancel.status].sort()).toEqual([200, 409]);
        const [row] = await world.database.db
          .select()
          .from(schema.transfer)
          .where(eq(schema.transfer.id, t.id));
        const log = await logRow();
        if (accept.status === 200) {
          expect(row!.status).toBe('accepted');
          expect(log.holderPersonId).toBe(other);
        } else {
          expect(row!.status).toBe('cancelled');
          expect(log.holderPersonId).toBe(holderBefore);
        }
      }
    });
  },
);
