import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import {
  makeSyntheticNationalId,
  meSchema,
  type District,
  type DistrictDetail,
  type DistrictLeader,
  type DistrictList,
  type OrgUnit,
  type OrgUnitList,
  type StaffList,
  type StaffMember,
} from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { ok, problem, send } from './org-helpers';

let world: World;
let kari: Person;
let per: Person;

beforeAll(async () => {
  world = await createWorld();
  kari = new Person(world);
  await kari.signIn('oslo', nationalIdOf('Kari Nordmann'));
  per = new Person(world);
  await per.signIn('oslo', nationalIdOf('Per Hansen'));
});
afterAll(async () => {
  await world?.close();
});

async function lastAudit(action: string) {
  const [row] = await world.database.db
    .select()
    .from(schema.auditEvent)
    .where(eq(schema.auditEvent.action, action))
    .orderBy(desc(schema.auditEvent.at))
    .limit(1);
  return row;
}

describe('from a new district to a teacher who sees the school (issue 3, "Done means")', () => {
  const leaderId = makeSyntheticNationalId('1971-02-03', 410);
  const unitLeaderId = makeSyntheticNationalId('1976-04-05', 420);
  const teacherId = makeSyntheticNationalId('1989-06-07', 430);

  it('walks the whole chain, each step audited with who and what', async () => {
    // The municipality admin creates a district and appoints its leader.
    const district = await ok<District>(
      await send(kari, 'POST', '/districts', { name: 'Vestre Aker' }),
      201,
    );
    expect(district).toMatchObject({ name: 'Vestre Aker', version: 1 });
    const appointed = await ok<DistrictLeader>(
      await send(kari, 'POST', `/districts/${district.id}/leaders`, {
        nationalId: leaderId,
        name: 'Vera Leder',
        email: 'vera@oslo.example.no',
      }),
      201,
    );
    expect(appointed.person).toMatchObject({ name: 'Vera Leder', email: 'vera@oslo.example.no' });
    expect(JSON.stringify(appointed)).not.toContain(leaderId);

    // The district leader signs in, sees only their district and creates a school.
    const vera = new Person(world);
    expect(await vera.signIn('oslo', leaderId)).toBe('/oslo/hjem');
    const mine = await ok<DistrictList>(await send(vera, 'GET', '/districts'));
    expect(mine.items.map((d) => d.name)).toEqual(['Vestre Aker']);
    const school = await ok<OrgUnit>(
      await send(vera, 'POST', `/districts/${district.id}/units`, {
        name: 'Ris skole',
        type: 'school',
        childrenServed: 450,
      }),
      201,
    );
    expect(school).toMatchObject({ name: 'Ris skole', district: { id: district.id }, leaders: [] });

    // … and appoints its unit leader.
    const leader = await ok<StaffMember>(
      await send(vera, 'POST', `/units/${school.id}/leaders`, {
        nationalId: unitLeaderId,
        name: 'Rita Rektor',
      }),
      201,
    );
    expect(leader).toMatchObject({ isUnitLeader: true, active: true });

    // The unit leader adds a teacher as holder and actor.
    const rita = new Person(world);
    expect(await rita.signIn('oslo', unitLeaderId)).toBe('/oslo/hjem');
    const teacher = await ok<StaffMember>(
      await send(rita, 'POST', `/units/${school.id}/staff`, {
        nationalId: teacherId,
        name: 'Tone Lærer',
        email: 'tone@oslo.example.no',
        phone: '+47 900 00 000',
        title: 'Kontaktlærer',
        canHold: true,
        canAct: true,
        isSuperUser: false,
      }),
      201,
    );
    expect(teacher).toMatchObject({
      title: 'Kontaktlærer',
      external: false,
      canHold: true,
      canAct: true,
      person: { name: 'Tone Lærer' },
    });

    // The teacher signs in and sees the school.
    const tone = new Person(world);
    expect(await tone.signIn('oslo', teacherId)).toBe('/oslo/hjem');
    const me = meSchema.parse(await ok(await tone.call('/api/v1/me')));
    expect(me.units).toEqual([
      expect.objectContaining({
        id: school.id,
        name: 'Ris skole',
        capabilities: expect.objectContaining({ holder: true, actor: true }),
      }),
    ]);

    // Every step is in the audit trail, by the right person, without national ids.
    const created = await lastAudit('district.created');
    expect(created).toMatchObject({
      entityId: district.id,
      data: { after: { name: 'Vestre Aker' } },
    });
    expect((await lastAudit('district_leader.appointed'))?.entityId).toBe(district.id);
    expect((await lastAudit('unit.created'))?.entityId).toBe(school.id);
    expect((await lastAudit('unit_leader.appointed'))?.entityId).toBe(leader.id);
    const added = await lastAudit('staff.added');
    expect(added).toMatchObject({ entityId: teacher.id, actorPersonId: leader.person.id });
    const trail = await world.database.db
      .select({ data: schema.auditEvent.data })
      .from(schema.auditEvent);
    const all = JSON.stringify(trail);
    for (const id of [leaderId, unitLeaderId, teacherId]) expect(all).not.toContain(id);
  });
});

describe('districts', () => {
  it('renames with the version read; a stale version is 409 and changes nothing', async () => {
    const d = await ok<District>(await send(kari, 'POST', '/districts', { name: 'Sagene' }), 201);
    const renamed = await ok<District>(
      await send(kari, 'PATCH', `/districts/${d.id}`, { name: 'Sagene bydel', version: 1 }),
    );
    expect(renamed).toMatchObject({ name: 'Sagene bydel', version: 2 });
    const stale = await problem(
      await send(kari, 'PATCH', `/districts/${d.id}`, { name: 'Gammelt', version: 1 }),
      409,
    );
    expect(stale.detail).toMatch(/endret et annet sted/);
    const detail = await ok<DistrictDetail>(await send(kari, 'GET', `/districts/${d.id}`));
    expect(detail).toMatchObject({ name: 'Sagene bydel', version: 2, leaders: [], units: [] });
    expect(await lastAudit('district.updated')).toMatchObject({
      data: { before: { name: 'Sagene' }, after: { name: 'Sagene bydel' } },
    });
  });

  it('refuses a name the municipality already has with 409', async () => {
    const res = await problem(await send(kari, 'POST', '/districts', { name: 'Nordre Aker' }), 409);
    expect(res.detail).toMatch(/allerede/);
  });

  it('shows a district with its leaders and units; the admin lists all, the leader their own', async () => {
    const all = await ok<DistrictList>(await send(kari, 'GET', '/districts'));
    expect(all.items.map((d) => d.name)).toEqual(
      expect.arrayContaining(['Nordre Aker', 'Grünerløkka']),
    );
    const own = await ok<DistrictList>(await send(per, 'GET', '/districts'));
    expect(own.items.map((d) => d.name)).toEqual(['Nordre Aker']);
    const nordreAker = own.items[0]!;
    const detail = await ok<DistrictDetail>(await send(per, 'GET', `/districts/${nordreAker.id}`));
    expect(detail.leaders.map((l) => l.name)).toEqual(['Per Hansen']);
    expect(detail.units.map((u) => u.name)).toContain('Nordberg skole');
    // Another district is invisible to him: 404, as for a made-up id.
    const other = all.items.find((d) => d.name === 'Grünerløkka')!;
    const hidden = await problem(await send(per, 'GET', `/districts/${other.id}`), 404);
    const madeUp = await problem(
      await send(per, 'GET', '/districts/00000000-0000-4000-8000-000000000000'),
      404,
    );
    expect(hidden.detail).toBe(madeUp.detail);
  });

  it('appoints an existing person without changing their name, 409 the second time, and removes', async () => {
    const d = await ok<District>(await send(kari, 'POST', '/districts', { name: 'Ullern' }), 201);
    const body = { nationalId: nationalIdOf('Ingrid Berg'), name: 'Feil Navn' };
    const first = await ok<DistrictLeader>(
      await send(kari, 'POST', `/districts/${d.id}/leaders`, body),
      201,
    );
    expect(first.person.name).toBe('Ingrid Berg');
    const again = await problem(await send(kari, 'POST', `/districts/${d.id}/leaders`, body), 409);
    expect(again.detail).toContain('allerede leder');
    await ok(await send(kari, 'DELETE', `/districts/${d.id}/leaders/${first.person.id}`), 204);
    await problem(await send(kari, 'DELETE', `/districts/${d.id}/leaders/${first.person.id}`), 404);
    expect(await lastAudit('district_leader.removed')).toMatchObject({ entityId: d.id });
  });
});

describe('units', () => {
  it('a district leader lists, creates and edits units in their district only', async () => {
    const own = await ok<DistrictList>(await send(per, 'GET', '/districts'));
    const nordreAker = own.items[0]!;
    const listed = await ok<OrgUnitList>(
      await send(per, 'GET', `/units?districtId=${nordreAker.id}`),
    );
    const nordberg = listed.items.find((u) => u.name === 'Nordberg skole')!;
    expect(nordberg.leaders.map((l) => l.name)).toEqual(['Ingrid Berg']);
    const everything = await ok<OrgUnitList>(await send(per, 'GET', '/units'));
    expect(new Set(everything.items.map((u) => u.district.name))).toEqual(new Set(['Nordre Aker']));

    const unit = await ok<OrgUnit>(
      await send(per, 'POST', `/districts/${nordreAker.id}/units`, {
        name: 'Berg helsestasjon',
        type: 'health_station',
        childrenServed: 900,
      }),
      201,
    );
    const edited = await ok<OrgUnit>(
      await send(per, 'PATCH', `/units/${unit.id}`, { childrenServed: 950, version: 1 }),
    );
    expect(edited).toMatchObject({ name: 'Berg helsestasjon', childrenServed: 950, version: 2 });
    await problem(await send(per, 'PATCH', `/units/${unit.id}`, { name: 'X y', version: 1 }), 409);
    expect(await lastAudit('unit.updated')).toMatchObject({
      data: { before: { childrenServed: 900 }, after: { childrenServed: 950 } },
    });
    await problem(
      await send(per, 'POST', `/districts/${nordreAker.id}/units`, {
        name: 'Berg helsestasjon',
        type: 'school',
        childrenServed: 1,
      }),
      409,
    );
  });

  it('appoints a unit leader over an existing membership and removes them, who stay staff', async () => {
    const [nordberg] = await world.database.db
      .select({ id: schema.unit.id })
      .from(schema.unit)
      .where(eq(schema.unit.name, 'Nordberg skole'));
    const ola = { nationalId: nationalIdOf('Ola Johansen'), name: 'Ola Johansen' };
    const appointed = await ok<StaffMember>(
      await send(per, 'POST', `/units/${nordberg!.id}/leaders`, ola),
      201,
    );
    expect(appointed).toMatchObject({ isUnitLeader: true, canHold: true, canAct: true });
    await problem(await send(per, 'POST', `/units/${nordberg!.id}/leaders`, ola), 409);
    await ok(
      await send(per, 'DELETE', `/units/${nordberg!.id}/leaders/${appointed.person.id}`),
      204,
    );
    const [row] = await world.database.db
      .select()
      .from(schema.staffMembership)
      .where(
        and(
          eq(schema.staffMembership.unitId, nordberg!.id),
          eq(schema.staffMembership.personId, appointed.person.id),
        ),
      );
    expect(row).toMatchObject({ isUnitLeader: false, active: true, canHold: true });
  });
});

describe('staff', () => {
  let ingrid: Person;
  let unitId: string;
  beforeAll(async () => {
    ingrid = new Person(world);
    await ingrid.signIn('oslo', nationalIdOf('Ingrid Berg'));
    const me = meSchema.parse(await ok(await ingrid.call('/api/v1/me')));
    unitId = me.units.find((u) => u.name === 'Nordberg skole')!.id;
  });

  it('adds a person who already works elsewhere, including an external professional', async () => {
    const nina = await ok<StaffMember>(
      await send(ingrid, 'POST', `/units/${unitId}/staff`, {
        nationalId: nationalIdOf('Nina Lie'),
        name: 'Nina Lie',
        canHold: false,
        canAct: true,
        isSuperUser: false,
      }),
      201,
    );
    expect(nina.person.name).toBe('Nina Lie');
    const gp = await ok<StaffMember>(
      await send(ingrid, 'POST', `/units/${unitId}/staff`, {
        nationalId: makeSyntheticNationalId('1966-08-09', 440),
        name: 'Geir Fastlege',
        title: 'Fastlege',
        external: true,
        canHold: false,
        canAct: true,
        isSuperUser: false,
      }),
      201,
    );
    expect(gp).toMatchObject({ external: true, title: 'Fastlege' });
  });

  it('changes capabilities, deactivates and reactivates with versions, all audited', async () => {
    const list = await ok<StaffList>(await send(ingrid, 'GET', `/units/${unitId}/staff`));
    // Nina Lie, added above, holds no logs here (a holder of active logs cannot be deactivated).
    const member = list.items.find((s) => s.person.name === 'Nina Lie')!;
    const v = member.version;
    const updated = await ok<StaffMember>(
      await send(ingrid, 'PATCH', `/units/${unitId}/staff/${member.id}`, {
        isSuperUser: true,
        title: 'Lærer',
        version: v,
      }),
    );
    expect(updated).toMatchObject({ isSuperUser: true, title: 'Lærer', version: v + 1 });
    await problem(
      await send(ingrid, 'PATCH', `/units/${unitId}/staff/${member.id}`, {
        canHold: false,
        version: v,
      }),
      409,
    );
    const off = await ok<StaffMember>(
      await send(ingrid, 'POST', `/units/${unitId}/staff/${member.id}/deactivate`, {
        version: v + 1,
      }),
    );
    expect(off).toMatchObject({ active: false, version: v + 2 });
    await problem(
      await send(ingrid, 'POST', `/units/${unitId}/staff/${member.id}/deactivate`, {
        version: v + 2,
      }),
      409,
    );
    // Inactive staff are still listed for their leader.
    const after = await ok<StaffList>(await send(ingrid, 'GET', `/units/${unitId}/staff`));
    expect(after.items.find((s) => s.id === member.id)?.active).toBe(false);
    const on = await ok<StaffMember>(
      await send(ingrid, 'POST', `/units/${unitId}/staff/${member.id}/reactivate`, {
        version: v + 2,
      }),
    );
    expect(on).toMatchObject({ active: true, isSuperUser: true, version: v + 3 });
    expect(await lastAudit('staff.deactivated')).toMatchObject({
      entityId: member.id,
      data: { before: { active: true }, after: { active: false } },
    });
    expect((await lastAudit('staff.reactivated'))?.entityId).toBe(member.id);
  });
});

describe('lists page by cursor', () => {
  async function all<T extends { id: string }>(who: Person, path: string, limit: number) {
    const seen: T[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 100; pages++) {
      const sep = path.includes('?') ? '&' : '?';
      const url: string = `${path}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`;
      const page: { items: T[]; nextCursor: string | null } = await ok(await send(who, 'GET', url));
      expect(page.items.length).toBeLessThanOrEqual(limit);
      seen.push(...page.items);
      cursor = page.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error('paging did not end');
  }

  it('walks units, districts and staff page by page to exactly the whole list', async () => {
    const whole = await ok<OrgUnitList>(await send(kari, 'GET', '/units?limit=200'));
    expect(whole.nextCursor).toBeNull();
    expect(whole.items.length).toBeGreaterThan(20);
    const walked = await all<OrgUnit>(kari, '/units', 7);
    expect(walked.map((u) => u.id)).toEqual(whole.items.map((u) => u.id));

    const districts = await ok<DistrictList>(await send(kari, 'GET', '/districts'));
    expect((await all<District>(kari, '/districts', 1)).map((d) => d.id)).toEqual(
      districts.items.map((d) => d.id),
    );

    const ingrid = new Person(world);
    await ingrid.signIn('oslo', nationalIdOf('Ingrid Berg'));
    const unitId = whole.items.find((u) => u.name === 'Nordberg skole')!.id;
    const staff = await ok<StaffList>(await send(ingrid, 'GET', `/units/${unitId}/staff`));
    expect(staff.items.length).toBeGreaterThan(2);
    const pages = await all<StaffMember>(ingrid, `/units/${unitId}/staff`, 2);
    expect(pages.map((m) => m.id)).toEqual(staff.items.map((m) => m.id));
  });

  it('422 for a cursor or limit that is not ours', async () => {
    const bad = await problem(await send(kari, 'GET', '/units?cursor=not-a-cursor'), 422);
    expect(bad.errors?.[0]?.field).toBe('cursor');
    const big = await problem(await send(kari, 'GET', '/districts?limit=5000'), 422);
    expect(big.errors?.[0]?.field).toBe('limit');
  });
});

describe('OpenAPI', () => {
  it('documents every organisation route', async () => {
    const doc = (await (await world.app.request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, unknown>>;
    };
    const expected: [string, string][] = [
      ['/api/v1/districts', 'get'],
      ['/api/v1/districts', 'post'],
      ['/api/v1/districts/{districtId}', 'get'],
      ['/api/v1/districts/{districtId}', 'patch'],
      ['/api/v1/districts/{districtId}/leaders', 'post'],
      ['/api/v1/districts/{districtId}/leaders/{personId}', 'delete'],
      ['/api/v1/districts/{districtId}/units', 'post'],
      ['/api/v1/units', 'get'],
      ['/api/v1/units/{unitId}', 'patch'],
      ['/api/v1/units/{unitId}/leaders', 'post'],
      ['/api/v1/units/{unitId}/leaders/{personId}', 'delete'],
      ['/api/v1/units/{unitId}/staff', 'get'],
      ['/api/v1/units/{unitId}/staff', 'post'],
      ['/api/v1/units/{unitId}/staff/{membershipId}', 'patch'],
      ['/api/v1/units/{unitId}/staff/{membershipId}/deactivate', 'post'],
      ['/api/v1/units/{unitId}/staff/{membershipId}/reactivate', 'post'],
    ];
    for (const [path, method] of expected) {
      expect(doc.paths[path]?.[method], `${method.toUpperCase()} ${path}`).toBeDefined();
    }
  });
});
