import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { makeSyntheticNationalId } from '@stafett/domain';
import { assertNationalIdAllowed } from '../src/org/find-or-create-person';
import type { OrgContext } from '../src/org/org-context';
import { AppError } from '../src/http/errors';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { snapshot, type TableName } from './matrix/fixtures';
import { ok, problem, send } from './org-helpers';

let world: World;
let kari: Person;
let per: Person;
let ingrid: Person;
const ids = { nordreAker: '', grunerlokka: '', nordberg: '', lakkegata: '' };

const ALL: TableName[] = [
  'audit_event',
  'person',
  'district',
  'district_leader',
  'unit',
  'staff_membership',
];

beforeAll(async () => {
  world = await createWorld();
  [kari, per, ingrid] = [new Person(world), new Person(world), new Person(world)];
  await kari.signIn('oslo', nationalIdOf('Kari Nordmann'));
  await per.signIn('oslo', nationalIdOf('Per Hansen'));
  await ingrid.signIn('oslo', nationalIdOf('Ingrid Berg'));
  const db = world.database.db;
  const district = async (name: string) =>
    (await db.select().from(schema.district).where(eq(schema.district.name, name)))[0]!.id;
  const unit = async (name: string) =>
    (await db.select().from(schema.unit).where(eq(schema.unit.name, name)))[0]!.id;
  ids.nordreAker = await district('Nordre Aker');
  ids.grunerlokka = await district('Grünerløkka');
  ids.nordberg = await unit('Nordberg skole');
  ids.lakkegata = await unit('Lakkegata skole');
});
afterAll(async () => {
  await world?.close();
});

/** Runs a request that must fail, and proves it wrote nothing at all. */
async function refused(who: Person, method: string, path: string, body: unknown, status: number) {
  const before = await snapshot(world.database, ALL);
  const res = await problem(await send(who, method, path, body), status);
  expect(await snapshot(world.database, ALL)).toEqual(before);
  return res;
}

const staff = (over: Record<string, unknown> = {}) => ({
  nationalId: makeSyntheticNationalId('1990-01-02', 500),
  name: 'Kari Ny',
  email: 'kari.ny@example.no',
  phone: '+47 412 34 567',
  canHold: true,
  canAct: true,
  isSuperUser: false,
  ...over,
});

describe('bad input → 422 naming the field, 400 for malformed JSON, nothing written', () => {
  it.each([
    ['an invalid national id', { nationalId: '12345678901' }, 'nationalId'],
    ['a national id of 10 digits', { nationalId: '1234567890' }, 'nationalId'],
    ['an H-number (month + 40)', { nationalId: '01450012345' }, 'nationalId'],
    ['an invalid e-mail', { email: 'kari@' }, 'email'],
    ['an invalid phone', { phone: 'ring meg' }, 'phone'],
    ['a missing capability', { canHold: undefined }, 'canHold'],
    ['a capability that is not a boolean', { canAct: 'ja' }, 'canAct'],
    ['an empty name', { name: ' ' }, 'name'],
    ['an unknown field', { isUnitLeader: true }, 'isUnitLeader'],
  ])('adding staff with %s', async (_label, over, field) => {
    const res = await refused(ingrid, 'POST', `/units/${ids.nordberg}/staff`, staff(over), 422);
    expect(res.errors?.map((e) => e.field)).toContain(field);
  });

  it.each([
    ['an invalid national id', { nationalId: '01010112345', name: 'A B' }, 'nationalId'],
    [
      'an invalid e-mail',
      { nationalId: nationalIdOf('Nina Lie'), name: 'A B', email: 'x' },
      'email',
    ],
    [
      'an invalid phone',
      { nationalId: nationalIdOf('Nina Lie'), name: 'A B', phone: '12' },
      'phone',
    ],
  ])('appointing a district leader with %s', async (_label, body, field) => {
    const res = await refused(kari, 'POST', `/districts/${ids.nordreAker}/leaders`, body, 422);
    expect(res.errors?.map((e) => e.field)).toContain(field);
  });

  it('appointing a unit leader with an invalid national id', async () => {
    const res = await refused(
      per,
      'POST',
      `/units/${ids.nordberg}/leaders`,
      { nationalId: '17868521113', name: 'Ola Johansen' },
      422,
    );
    expect(res.errors?.[0]).toMatchObject({
      field: 'nationalId',
      message: expect.stringMatching(/Fødselsnummeret/),
    });
  });

  it.each([
    ['POST', '/districts', { name: 'A' }, 'name'],
    ['POST', '/districts', { name: 'Ny bydel', leader: 'x' }, 'leader'],
    ['PATCH', 'district', { name: 'Ny bydel' }, 'version'],
    ['PATCH', 'district', { name: 'Ny bydel', version: 0 }, 'version'],
    ['PATCH', 'unit', { childrenServed: -1, version: 1 }, 'childrenServed'],
    ['PATCH', 'unit', { type: 'zoo', version: 1 }, 'type'],
    ['PATCH', 'unit', { districtId: 'elsewhere', version: 1 }, 'districtId'],
    ['POST', 'units', { name: 'Ny skole', type: 'school' }, 'childrenServed'],
  ])('%s %s with %j', async (method, where, body, field) => {
    const path =
      where === 'district'
        ? `/districts/${ids.nordreAker}`
        : where === 'unit'
          ? `/units/${ids.nordberg}`
          : where === 'units'
            ? `/districts/${ids.nordreAker}/units`
            : where;
    const res = await refused(kari, method, path, body, 422);
    expect(res.errors?.map((e) => e.field).join(',')).toContain(field);
  });

  it.each([
    ['kari', 'POST', '/districts'],
    ['ingrid', 'POST', 'staff'],
    ['per', 'PATCH', 'unit'],
  ] as const)('malformed JSON → 400 (%s %s %s)', async (name, method, where) => {
    const who = { kari, ingrid, per }[name];
    const path =
      where === 'staff'
        ? `/units/${ids.nordberg}/staff`
        : where === 'unit'
          ? `/units/${ids.nordberg}`
          : where;
    const res = await refused(who, method, path, '{"name": ', 400);
    expect(res.detail).toMatch(/JSON/);
  });

  it('a malformed id in the path → 422', async () => {
    const res = await refused(kari, 'GET', '/districts/not-a-uuid', undefined, 422);
    expect(res.errors?.[0]?.field).toBe('districtId');
    await refused(ingrid, 'PATCH', `/units/${ids.nordberg}/staff/123`, { version: 1 }, 422);
  });

  it('the API refuses synthetic ids where they are not allowed (production)', () => {
    const ctx = { allowSyntheticIds: false } as OrgContext;
    const synthetic = makeSyntheticNationalId('1990-01-02', 500);
    expect(() => assertNationalIdAllowed(ctx, synthetic)).toThrowError(AppError);
    try {
      assertNationalIdAllowed(ctx, synthetic);
    } catch (err) {
      expect((err as AppError).kind).toBe('validation');
      expect((err as AppError).fields[0]?.field).toBe('nationalId');
    }
    expect(() =>
      assertNationalIdAllowed({ allowSyntheticIds: true } as OrgContext, synthetic),
    ).not.toThrow();
  });
});

describe('conflicts → 409, nothing written', () => {
  it('the same person twice in a unit', async () => {
    const nationalId = makeSyntheticNationalId('1984-03-04', 600);
    const first = staff({ nationalId, email: null, phone: null });
    await ok(await send(ingrid, 'POST', `/units/${ids.nordberg}/staff`, first), 201);
    // The second try also carries contact details: they must not be filled in either.
    const res = await refused(
      ingrid,
      'POST',
      `/units/${ids.nordberg}/staff`,
      staff({ nationalId }),
      409,
    );
    expect(res.detail).toBe('Personen er allerede ansatt i enheten.');
    const [person] = await world.database.db
      .select()
      .from(schema.person)
      .where(eq(schema.person.nationalId, nationalId));
    expect(person).toMatchObject({ email: null, phone: null });
  });

  it('the same new person sent twice at once: one is added, the other is 409', async () => {
    const body = staff({ nationalId: makeSyntheticNationalId('1983-05-06', 610) });
    const path = `/units/${ids.nordberg}/staff`;
    const answers = await Promise.all([
      send(ingrid, 'POST', path, body),
      send(ingrid, 'POST', path, body),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([201, 409]);
    const rows = await world.database.db
      .select()
      .from(schema.person)
      .where(eq(schema.person.nationalId, body.nationalId));
    expect(rows).toHaveLength(1);
    const memberships = await world.database.db
      .select()
      .from(schema.staffMembership)
      .where(eq(schema.staffMembership.personId, rows[0]!.id));
    expect(memberships).toHaveLength(1);
  });

  it('a person already in the unit, even when inactive', async () => {
    const [ola] = await world.database.db
      .select({ personId: schema.staffMembership.personId })
      .from(schema.staffMembership)
      .innerJoin(schema.person, eq(schema.person.id, schema.staffMembership.personId))
      .where(
        and(
          eq(schema.person.name, 'Ola Johansen'),
          eq(schema.staffMembership.unitId, ids.nordberg),
        ),
      );
    expect(ola).toBeDefined();
    await refused(
      ingrid,
      'POST',
      `/units/${ids.nordberg}/staff`,
      staff({ nationalId: nationalIdOf('Ola Johansen') }),
      409,
    );
  });

  it('a stale version', async () => {
    const res = await refused(
      kari,
      'PATCH',
      `/units/${ids.nordberg}`,
      { name: 'Ny', version: 99 },
      409,
    );
    expect(res.detail).toMatch(/endret et annet sted/);
  });
});

describe('a district leader acting on another district → 404, nothing written', () => {
  it.each([
    ['PATCH', () => `/units/${ids.lakkegata}`, { childrenServed: 1, version: 1 }],
    [
      'POST',
      () => `/units/${ids.lakkegata}/leaders`,
      { nationalId: nationalIdOf('Nina Lie'), name: 'Nina Lie' },
    ],
    [
      'DELETE',
      () => `/units/${ids.lakkegata}/leaders/00000000-0000-4000-8000-000000000000`,
      undefined,
    ],
    [
      'POST',
      () => `/districts/${ids.grunerlokka}/units`,
      { name: 'Ny', type: 'school', childrenServed: 1 },
    ],
    ['GET', () => `/units?districtId=${ids.grunerlokka}`, undefined],
    ['GET', () => `/districts/${ids.grunerlokka}`, undefined],
    ['GET', () => `/units/${ids.lakkegata}`, undefined],
  ] as const)('%s on Grünerløkka (%#)', async (method, path, body) => {
    const res = await refused(per, method, path(), body, 404);
    expect(res.detail).toMatch(/Vi finner ikke/);
  });

  it('but 403 where the person can see what they may not change', async () => {
    await refused(
      ingrid,
      'PATCH',
      `/units/${ids.nordberg}`,
      { childrenServed: 1, version: 1 },
      403,
    );
    await refused(per, 'GET', `/units/${ids.nordberg}/staff`, undefined, 403);
  });
});
