import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UNIT_TYPES as DOMAIN_UNIT_TYPES, validateNationalId } from '@stafett/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../src/demo/seed';
import { demoPeople, PLATFORM_OPERATOR_GROUP } from '../src/demo/people';
import { findMunicipalityBySlug } from '../src/narrow';
import * as schema from '../src/schema';
import { withOps, withTenant } from '../src/tenant';
import { createTestDatabase } from './fresh-database';

describe('demo people', () => {
  it('have valid synthetic national ids (both check digits)', () => {
    for (const p of demoPeople) {
      const result = validateNationalId(p.nationalId, { allowSynthetic: true });
      expect(result, p.name).toMatchObject({ ok: true, synthetic: true });
      // Without allowSynthetic they are refused: they can never pass for a real person's id.
      expect(validateNationalId(p.nationalId).ok, p.name).toBe(false);
    }
  });

  it('are unique by national id and by name', () => {
    expect(new Set(demoPeople.map((p) => p.nationalId)).size).toBe(demoPeople.length);
    expect(new Set(demoPeople.map((p) => p.name)).size).toBe(demoPeople.length);
  });

  it('include Sander Moen, born 14 March 2010', () => {
    const sander = demoPeople.find((p) => p.name === 'Sander Moen');
    expect(validateNationalId(sander?.nationalId ?? '', { allowSynthetic: true })).toMatchObject({
      birthDate: '2010-03-14',
    });
  });

  it('is plain data: people.ts imports nothing but types', () => {
    const source = readFileSync(
      fileURLToPath(new URL('../src/demo/people.ts', import.meta.url)),
      'utf8',
    );
    const imports = source.split('\n').filter((line) => /^\s*import\s/.test(line));
    expect(imports.filter((line) => !/^\s*import\s+type\s/.test(line))).toEqual([]);
  });
});

it('the database has the same unit types as @stafett/domain', () => {
  expect([...schema.UNIT_TYPES]).toEqual([...DOMAIN_UNIT_TYPES]);
});

describe('seedDemo', async () => {
  const { database, cleanup } = await createTestDatabase({ seed: true });
  afterAll(cleanup);
  const oslo = await findMunicipalityBySlug(database, 'oslo');
  const haugesund = await findMunicipalityBySlug(database, 'haugesund');
  if (!oslo || !haugesund) throw new Error('seedDemo did not create oslo and haugesund');

  const inTenant = <T>(municipalityId: string, fn: Parameters<typeof withTenant<T>>[2]) =>
    withTenant(database, { municipalityId, personId: null }, fn);

  const staffOf = (municipalityId: string) =>
    inTenant(municipalityId, (tx) =>
      tx
        .select({
          person: schema.person.name,
          unit: schema.unit.name,
          canHold: schema.staffMembership.canHold,
          canAct: schema.staffMembership.canAct,
          isSuperUser: schema.staffMembership.isSuperUser,
          isUnitLeader: schema.staffMembership.isUnitLeader,
          title: schema.staffMembership.title,
          external: schema.staffMembership.external,
        })
        .from(schema.staffMembership)
        .innerJoin(
          schema.person,
          and(
            eq(schema.person.municipalityId, schema.staffMembership.municipalityId),
            eq(schema.person.id, schema.staffMembership.personId),
          ),
        )
        .innerJoin(
          schema.unit,
          and(
            eq(schema.unit.municipalityId, schema.staffMembership.municipalityId),
            eq(schema.unit.id, schema.staffMembership.unitId),
          ),
        )
        .orderBy(schema.person.name),
    );

  it('does nothing the second time', async () => {
    expect(await seedDemo(database)).toBe(false);
    const persons = await inTenant(oslo.id, (tx) => tx.select().from(schema.person));
    expect(persons).toHaveLength(demoPeople.filter((p) => p.municipalitySlug === 'oslo').length);
  });

  it('gives every staff membership a title; none of the demo staff is external', async () => {
    const staff = [...(await staffOf(oslo.id)), ...(await staffOf(haugesund.id))];
    expect(staff.filter((s) => !s.title)).toEqual([]);
    expect(staff.filter((s) => s.external)).toEqual([]);
    expect(staff).toContainEqual(
      expect.objectContaining({ person: 'Ola Johansen', title: 'Lærer' }),
    );
  });

  it('creates Vera Drift as the platform operator, and as no municipality’s person', async () => {
    const operators = await withOps(database, (tx) =>
      tx
        .select({
          name: schema.platformOperator.name,
          nationalId: schema.platformOperator.nationalId,
        })
        .from(schema.platformOperator),
    );
    const vera = demoPeople.find((p) => p.name === 'Vera Drift');
    expect(vera?.municipalitySlug).toBe(PLATFORM_OPERATOR_GROUP);
    expect(operators).toEqual([{ name: 'Vera Drift', nationalId: vera?.nationalId }]);
    const persons = await withOps(database, (tx) =>
      tx
        .select({ id: schema.person.id })
        .from(schema.person)
        .where(eq(schema.person.name, 'Vera Drift')),
    );
    expect(persons).toEqual([]);
    // Seeding again adds no second operator.
    await seedDemo(database);
    const again = await withOps(database, (tx) => tx.select().from(schema.platformOperator));
    expect(again).toHaveLength(1);
  });

  it('gives each municipality a safe SVG shield as its logo', () => {
    for (const m of [oslo, haugesund]) {
      const svg = new TextDecoder().decode(m.logo ?? new Uint8Array());
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svg).not.toMatch(/<script|href=|\son\w+=/i);
      expect(m.logoMime).toBe('image/svg+xml');
    }
  });

  it('gives Oslo the districts Nordre Aker and Grünerløkka and units of every type', async () => {
    const units = await inTenant(oslo.id, (tx) =>
      tx
        .select({ district: schema.district.name, unit: schema.unit.name, type: schema.unit.type })
        .from(schema.unit)
        .innerJoin(
          schema.district,
          and(
            eq(schema.district.municipalityId, schema.unit.municipalityId),
            eq(schema.district.id, schema.unit.districtId),
          ),
        ),
    );
    expect(new Set(units.map((u) => u.district))).toEqual(new Set(['Nordre Aker', 'Grünerløkka']));
    expect(new Set(units.map((u) => u.type))).toEqual(new Set(schema.UNIT_TYPES));
    expect(units).toContainEqual({
      district: 'Nordre Aker',
      unit: 'Nordberg skole',
      type: 'school',
    });
  });

  it('gives the Oslo personas their roles', async () => {
    const staff = await staffOf(oslo.id);
    const role = (person: string) => staff.filter((s) => s.person === person);
    expect(role('Ingrid Berg')).toEqual([
      expect.objectContaining({ unit: 'Nordberg skole', isUnitLeader: true }),
    ]);
    expect(role('Ola Johansen')).toEqual([
      expect.objectContaining({ unit: 'Nordberg skole', canHold: true, canAct: true }),
    ]);
    expect(role('Nina Lie')).toEqual([
      expect.objectContaining({ unit: 'Nordre Aker helsestasjon', canHold: true, canAct: true }),
    ]);
    expect(role('Jonas Bakke')).toEqual([
      expect.objectContaining({ unit: 'PPT Nordre Aker', canHold: false, canAct: true }),
    ]);
    expect(role('Hanne Strand')).toEqual([
      expect.objectContaining({
        unit: 'Korsvoll barnehage',
        canHold: true,
        canAct: true,
        isSuperUser: true,
      }),
    ]);
    expect(role('Geir Dahl')).toEqual([
      expect.objectContaining({ unit: 'Korsvoll barnehage', isUnitLeader: true }),
    ]);

    const [admins, leaders, guardians] = await inTenant(oslo.id, (tx) =>
      Promise.all([
        tx
          .select({ name: schema.person.name })
          .from(schema.municipalityAdmin)
          .innerJoin(
            schema.person,
            and(
              eq(schema.person.municipalityId, schema.municipalityAdmin.municipalityId),
              eq(schema.person.id, schema.municipalityAdmin.personId),
            ),
          ),
        tx
          .select({ name: schema.person.name, district: schema.district.name })
          .from(schema.districtLeader)
          .innerJoin(
            schema.person,
            and(
              eq(schema.person.municipalityId, schema.districtLeader.municipalityId),
              eq(schema.person.id, schema.districtLeader.personId),
            ),
          )
          .innerJoin(
            schema.district,
            and(
              eq(schema.district.municipalityId, schema.districtLeader.municipalityId),
              eq(schema.district.id, schema.districtLeader.districtId),
            ),
          ),
        tx
          .select({
            guardian: schema.guardianship.guardianPersonId,
            child: schema.guardianship.childPersonId,
          })
          .from(schema.guardianship),
      ]),
    );
    expect(admins).toEqual([{ name: 'Kari Nordmann' }]);
    expect(leaders).toEqual([{ name: 'Per Hansen', district: 'Nordre Aker' }]);

    const persons = await inTenant(oslo.id, (tx) => tx.select().from(schema.person));
    const nameOf = new Map(persons.map((p) => [p.id, p.name]));
    expect(
      guardians.map((g) => `${nameOf.get(g.guardian)} → ${nameOf.get(g.child)}`).sort(),
    ).toEqual([
      'Anne Solberg → Emma Solberg',
      'Liv Moen → Sander Moen',
      'Marte Haugen → Ella Haugen',
    ]);

    const olaRow = persons.find((p) => p.name === 'Ola Johansen');
    expect(olaRow).toMatchObject({ email: 'ola.johansen@oslo.example.no' });
    expect(olaRow?.phone).toMatch(/^\+47 4\d{2} \d{2} \d{3}$/);
    expect(persons.find((p) => p.name === 'Emma Solberg')).toMatchObject({
      email: null,
      phone: null,
    });
  });

  it('gives the Haugesund personas their roles', async () => {
    const staff = await staffOf(haugesund.id);
    expect(staff).toEqual([
      expect.objectContaining({
        person: 'Silje Vik',
        unit: 'Skåredalen skole',
        isUnitLeader: true,
      }),
      expect.objectContaining({
        person: 'Tor Haugland',
        unit: 'Skåredalen skole',
        canHold: true,
        canAct: true,
      }),
    ]);
    const admins = await inTenant(haugesund.id, (tx) =>
      tx
        .select({ name: schema.person.name })
        .from(schema.municipalityAdmin)
        .innerJoin(
          schema.person,
          and(
            eq(schema.person.municipalityId, schema.municipalityAdmin.municipalityId),
            eq(schema.person.id, schema.municipalityAdmin.personId),
          ),
        ),
    );
    expect(admins).toEqual([{ name: 'Lars Eide' }]);
  });
});
