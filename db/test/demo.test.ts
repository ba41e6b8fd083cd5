import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UNIT_TYPES as DOMAIN_UNIT_TYPES, validateNationalId } from '@stafett/domain';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { addDays, demoLogFamilies, todayInOslo } from '../src/demo/logs';
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
    expect(persons).toHaveLength(
      demoPeople.filter((p) => p.municipalitySlug === 'oslo').length + demoLogFamilies.length * 2,
    );
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
      'Eva Lund → Oskar Lund',
      'Liv Moen → Sander Moen',
      'Marte Haugen → Ella Haugen',
      'Sara Nilsen → Nora Nilsen',
      'Tone Andersen → Lukas Andersen',
    ]);

    const olaRow = persons.find((p) => p.name === 'Ola Johansen');
    expect(olaRow).toMatchObject({ email: 'ola.johansen@oslo.example.no' });
    expect(olaRow?.phone).toMatch(/^\+47 4\d{2} \d{2} \d{3}$/);
    expect(persons.find((p) => p.name === 'Emma Solberg')).toMatchObject({
      email: null,
      phone: null,
    });
  });

  describe('demo logs (issue 4)', async () => {
    const today = todayInOslo();
    const rows = await inTenant(oslo.id, async (tx) => ({
      persons: await tx.select().from(schema.person),
      units: await tx.select().from(schema.unit),
      logs: await tx.select().from(schema.log),
      consents: await tx.select().from(schema.consent),
      files: await tx.select().from(schema.storedFile),
      attentions: await tx.select().from(schema.attention),
      measures: await tx.select().from(schema.measure).orderBy(schema.measure.step),
      evaluations: await tx.select().from(schema.evaluation),
      spots: await tx.select().from(schema.brightSpot),
      meetings: await tx.select().from(schema.meeting),
      participants: await tx.select().from(schema.meetingParticipant),
    }));
    const nameOf = (id: string | null) => rows.persons.find((p) => p.id === id)?.name;
    const logOf = (child: string) => {
      const found = rows.logs.find((l) => nameOf(l.childPersonId) === child);
      if (!found) throw new Error(`no demo log for ${child}`);
      return {
        ...found,
        holder: nameOf(found.holderPersonId),
        unit: rows.units.find((u) => u.id === found.unitId)?.name,
        consents: rows.consents.filter((c) => c.logId === found.id),
        attentions: rows.attentions.filter((a) => a.logId === found.id),
        measures: rows.measures.filter((m) => m.logId === found.id),
        evaluations: rows.evaluations.filter((e) => e.logId === found.id),
        spots: rows.spots.filter((b) => b.logId === found.id),
        meetings: rows.meetings.filter((m) => m.logId === found.id),
      };
    };

    it('the new children and guardians have valid synthetic ids nobody else has', () => {
      const ids = demoLogFamilies.flatMap((f) => [f.child.nationalId, f.guardian.nationalId]);
      for (const id of ids) {
        expect(validateNationalId(id, { allowSynthetic: true })).toMatchObject({ ok: true });
      }
      expect(new Set([...ids, ...demoPeople.map((p) => p.nationalId)]).size).toBe(
        ids.length + demoPeople.length,
      );
    });

    it('are four logs in Oslo, none in Haugesund, none for Emma Solberg or Sander Moen', async () => {
      expect(rows.logs.map((l) => nameOf(l.childPersonId)).sort()).toEqual([
        'Ella Haugen',
        'Lukas Andersen',
        'Nora Nilsen',
        'Oskar Lund',
      ]);
      expect(await inTenant(haugesund.id, (tx) => tx.select().from(schema.log))).toEqual([]);
    });

    it('every log has a consent with a small valid PDF', () => {
      for (const l of rows.logs) {
        const c = rows.consents.filter((x) => x.logId === l.id);
        expect(c).toHaveLength(1);
        const file = rows.files.find((f) => f.id === c[0]?.fileId);
        const text = new TextDecoder().decode(file?.content);
        expect(file?.mime).toBe('application/pdf');
        expect(text).toMatch(/^%PDF-1\.4\n/);
        expect(text.trimEnd()).toMatch(/%%EOF$/);
        expect(file?.byteSize).toBe(file?.content.byteLength);
      }
    });

    it('Ella’s log follows the guide: the homework goal, measures in the service, at home and for Ella', () => {
      const ella = logOf('Ella Haugen');
      expect(ella).toMatchObject({
        holder: 'Hanne Strand',
        unit: 'Korsvoll barnehage',
        level: 2,
        status: 'active',
      });
      expect(ella.consents[0]).toMatchObject({ consentedBy: 'Marte Haugen', byYouth: false });
      expect(ella.consents[0]!.validUntil > today).toBe(true);
      expect(ella.attentions).toHaveLength(1);
      expect(ella.attentions[0]?.goal).toContain('Ella har gode læringsstrategier');
      expect(ella.attentions[0]?.goal).toContain('ber foresatte om hjelp');
      expect(ella.measures.map((m) => [m.step, m.responsible, nameOf(m.actorPersonId)])).toEqual([
        [1, 'service', 'Hanne Strand'],
        [2, 'home', undefined],
        [3, 'child', undefined],
      ]);
      expect(ella.measures[2]?.text).toBe(
        'Ella ber foresatte om hjelp når hun står fast med oppgaver.',
      );
      expect(ella.evaluations).toEqual([
        expect.objectContaining({
          measureId: ella.measures[1]?.id,
          outcome: 'worked',
          decision: 'continue',
          familyView: expect.stringMatching(/\S/),
        }),
      ]);
      expect(ella.spots.map((b) => nameOf(b.authorPersonId)).sort()).toEqual([
        'Hanne Strand',
        'Marte Haugen',
      ]);
      const planned = ella.meetings.filter((m) => m.status === 'planned');
      expect(planned).toHaveLength(1);
      expect(planned[0]!.startsAt.getTime()).toBeGreaterThan(Date.now());
      expect(
        rows.participants
          .filter((pt) => pt.meetingId === planned[0]?.id)
          .map((pt) => pt.name)
          .sort(),
      ).toEqual(['Hanne Strand', 'Marte Haugen']);
    });

    it('Nora’s log was just created: consent only, no attentions', () => {
      const nora = logOf('Nora Nilsen');
      expect(nora).toMatchObject({ holder: 'Nina Lie', status: 'active', level: 1 });
      expect(nora.consents[0]?.consentedOn).toBe(addDays(today, -1));
      expect(nora.attentions).toEqual([]);
    });

    it('Lukas’s log has overdue deadlines and a consent that runs out within 30 days', () => {
      const lukas = logOf('Lukas Andersen');
      expect(lukas).toMatchObject({ holder: 'Ola Johansen', unit: 'Nordberg skole' });
      const validUntil = lukas.consents[0]?.validUntil ?? '';
      expect(validUntil >= today && validUntil <= addDays(today, 30)).toBe(true);
      expect(lukas.measures.length).toBeGreaterThan(0);
      for (const m of lukas.measures) {
        expect(m.status).toBe('active');
        expect(m.deadline < today).toBe(true);
      }
      expect(lukas.evaluations).toEqual([]);
    });

    it('Oskar’s log is passive, closed when an individual plan was made', () => {
      const oskar = logOf('Oskar Lund');
      expect(oskar).toMatchObject({
        holder: 'Hanne Strand',
        status: 'passive',
        closeReason: 'Individuell plan opprettet',
      });
      expect(oskar.closedAt).not.toBeNull();
      expect(oskar.measures.every((m) => m.status === 'ended')).toBe(true);
    });

    it('counts every date from the day it is seeded, the same way each time', async () => {
      const other = await createTestDatabase();
      try {
        await seedDemo(other.database, { today: '2026-03-01' });
        const [m] = await withOps(other.database, (tx) =>
          tx.select().from(schema.municipality).where(eq(schema.municipality.slug, 'oslo')),
        );
        const consents = await withTenant(
          other.database,
          { municipalityId: m!.id, personId: null },
          (tx) => tx.select().from(schema.consent).orderBy(schema.consent.consentedOn),
        );
        expect(consents.map((c) => [c.consentedOn, c.validUntil])).toEqual([
          ['2024-07-09', '2025-07-09'], // Oskar, 600 days before
          ['2025-03-21', '2026-03-21'], // Lukas: runs out 20 days after
          ['2026-01-25', '2027-01-25'], // Ella, 35 days before
          ['2026-02-28', '2027-02-28'], // Nora, yesterday
        ]);
      } finally {
        await other.cleanup();
      }
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
