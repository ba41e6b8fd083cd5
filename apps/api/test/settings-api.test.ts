import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { DEFAULT_ATTENTION_CATEGORIES, type MunicipalitySettingsView } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import {
  auditCount,
  problem,
  putSettings,
  readSettings,
  storedMunicipality,
  writesNothing,
} from './settings-support';

let world: World;
let kari: Person; // Oslo's municipality admin
let lars: Person; // Haugesund's municipality admin
const others: Record<string, Person> = {};

beforeAll(async () => {
  world = await createWorld();
  kari = new Person(world);
  await kari.signIn('oslo', nationalIdOf('Kari Nordmann'));
  lars = new Person(world);
  await lars.signIn('haugesund', nationalIdOf('Lars Eide'));
  for (const name of ['Per Hansen', 'Ingrid Berg', 'Ola Johansen', 'Anne Solberg']) {
    others[name] = new Person(world);
    await others[name].signIn('oslo', nationalIdOf(name));
  }
});
afterAll(async () => {
  await world?.close();
});

const update = (s: MunicipalitySettingsView) => ({
  writtenStandard: s.writtenStandard,
  consentAge: s.consentAge,
  consentValidityMonths: s.consentValidityMonths,
  attentionCategories: s.attentionCategories,
  evaluationPeriodDays: s.evaluationPeriodDays,
  accentColor: s.branding.accentColor,
  version: s.version,
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

describe('GET /municipality/settings', () => {
  it("gives the admin their municipality's settings, branding and version", async () => {
    const s = await readSettings(kari);
    expect(s).toMatchObject({
      writtenStandard: 'nb',
      consentAge: 16,
      consentValidityMonths: 12,
      evaluationPeriodDays: { practical: 21, other: 42 },
      branding: {
        accentColor: '#1f42aa',
        logoUrl: expect.stringMatching(/^\/api\/v1\/municipalities\/oslo\/logo\?v=\d+$/),
      },
    });
    expect(s.attentionCategories).toContain('Psykososialt skolemiljø (opplæringsloven)');
    expect(s.version).toBeGreaterThanOrEqual(1);
    expect((await readSettings(lars)).branding.accentColor).toBe('#0b5e6f');
  });

  it('fills in the default attention categories where none are chosen yet', async () => {
    const oslo = await storedMunicipality(world, 'oslo');
    await world.database.db
      .update(schema.municipality)
      .set({ settings: { ...oslo.settings, attentionCategories: [] } })
      .where(eq(schema.municipality.id, oslo.id));
    try {
      expect((await readSettings(kari)).attentionCategories).toEqual([
        ...DEFAULT_ATTENTION_CATEGORIES,
      ]);
    } finally {
      await world.database.db
        .update(schema.municipality)
        .set({ settings: oslo.settings })
        .where(eq(schema.municipality.id, oslo.id));
    }
  });

  it('is refused without a session (401) and for everyone but the admin (403)', async () => {
    await problem(await world.app.request('/api/v1/municipality/settings'), 401);
    for (const person of Object.values(others)) {
      const body = await problem(await person.call('/api/v1/municipality/settings'), 403);
      expect(body.detail).toMatch(/tilgang/);
    }
  });
});

describe('PUT /municipality/settings', () => {
  it('lets the admin change the settings; Haugesund is untouched; the change is audited', async () => {
    const haugesundBefore = await storedMunicipality(world, 'haugesund');
    const before = await readSettings(kari);
    const res = await putSettings(kari, {
      ...update(before),
      writtenStandard: 'nn',
      consentAge: 15,
      attentionCategories: ['Språk', ' Motorikk ', 'Skolefravær'],
      evaluationPeriodDays: { practical: 14, other: 60 },
      accentColor: '#0b5e6f',
    });
    expect(res.status, await res.clone().text()).toBe(200);
    const saved = (await res.json()) as MunicipalitySettingsView;
    expect(saved).toMatchObject({
      writtenStandard: 'nn',
      consentAge: 15,
      consentValidityMonths: before.consentValidityMonths,
      attentionCategories: ['Språk', 'Motorikk', 'Skolefravær'],
      evaluationPeriodDays: { practical: 14, other: 60 },
      branding: {
        accentColor: '#0b5e6f',
        logoUrl: `/api/v1/municipalities/oslo/logo?v=${before.version + 1}`,
      },
      version: before.version + 1,
    });
    expect(await readSettings(kari)).toEqual(saved);
    // The public sign-in face follows the written standard and colour.
    const face = (await (await world.app.request('/api/v1/municipalities/oslo')).json()) as {
      writtenStandard: string;
      branding: { accentColor: string };
    };
    expect(face).toMatchObject({ writtenStandard: 'nn', branding: { accentColor: '#0b5e6f' } });
    expect(await storedMunicipality(world, 'haugesund')).toEqual(haugesundBefore);

    const audit = await lastAudit('municipality.settings_updated');
    const kariId = (await (await kari.call('/api/v1/me')).json()) as { person: { id: string } };
    expect(audit).toMatchObject({
      actorPersonId: kariId.person.id,
      entity: 'municipality',
      entityId: (await storedMunicipality(world, 'oslo')).id,
      data: {
        changed: [
          'writtenStandard',
          'consentAge',
          'attentionCategories',
          'evaluationPeriodDays',
          'accentColor',
        ],
        before: { writtenStandard: 'nb', consentAge: 16, accentColor: '#1f42aa' },
        after: { writtenStandard: 'nn', consentAge: 15, accentColor: '#0b5e6f' },
      },
    });
  });

  it("Haugesund's admin changes Haugesund and only Haugesund", async () => {
    const osloBefore = await storedMunicipality(world, 'oslo');
    const before = await readSettings(lars);
    const res = await putSettings(lars, { ...update(before), consentAge: 17 });
    expect(res.status).toBe(200);
    expect((await storedMunicipality(world, 'haugesund')).settings.consentAge).toBe(17);
    expect(await storedMunicipality(world, 'oslo')).toEqual(osloBefore);
    expect((await readSettings(kari)).consentAge).not.toBe(17);
  });

  it('refuses everyone but the admin with 403, writing nothing', async () => {
    const body = update(await readSettings(kari));
    for (const person of Object.values(others)) {
      await writesNothing(world, async () => {
        await problem(await putSettings(person, { ...body, consentAge: 12 }), 403);
      });
    }
    await writesNothing(world, async () => {
      const res = await world.app.request('/api/v1/municipality/settings', {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
      await problem(res, 401);
    });
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const current = await readSettings(kari);
    await writesNothing(world, async () => {
      const body = await problem(
        await putSettings(kari, {
          ...update(current),
          consentAge: 13,
          version: current.version - 1,
        }),
        409,
      );
      expect(body.detail).toMatch(/endret et annet sted.*Last siden på nytt/);
    });
  });

  const cases: [string, (s: ReturnType<typeof update>) => unknown, number, string, RegExp][] = [
    [
      'an accent colour below WCAG AA',
      (s) => ({ ...s, accentColor: '#ffff00' }),
      422,
      'accentColor',
      /for lys.*3:1/,
    ],
    [
      'a colour that is not hex',
      (s) => ({ ...s, accentColor: 'blue' }),
      422,
      'accentColor',
      /#1f42aa/,
    ],
    ['a consent age below 12', (s) => ({ ...s, consentAge: 11 }), 422, 'consentAge', /minst 12/],
    ['a consent age above 18', (s) => ({ ...s, consentAge: 19 }), 422, 'consentAge', /høyst 18/],
    [
      'duplicate categories',
      (s) => ({ ...s, attentionCategories: ['Språk', 'Atferd', 'språk'] }),
      422,
      'attentionCategories.2',
      /«språk» står flere ganger/,
    ],
    [
      'no categories',
      (s) => ({ ...s, attentionCategories: [] }),
      422,
      'attentionCategories',
      /minst én/,
    ],
    [
      'an evaluation period out of range',
      (s) => ({ ...s, evaluationPeriodDays: { practical: 3, other: 42 } }),
      422,
      'evaluationPeriodDays.practical',
      /minst 7 dager/,
    ],
    ['an unknown field', (s) => ({ ...s, theme: 'dark' }), 422, 'theme', /Ukjent felt: theme/],
    ['a missing version', ({ version: _v, ...s }) => s, 422, 'version', /version/],
    [
      'an unknown written standard',
      (s) => ({ ...s, writtenStandard: 'en' }),
      422,
      'writtenStandard',
      /nynorsk/,
    ],
  ];

  it.each(cases)(
    'refuses %s with %i naming the field, writing nothing',
    async (_name, change, status, field, message) => {
      const current = update(await readSettings(kari));
      await writesNothing(world, async () => {
        const body = await problem(await putSettings(kari, change(current)), status);
        const error = body.errors?.find((e) => e.field === field);
        expect(error, JSON.stringify(body.errors)).toBeDefined();
        expect(error?.message).toMatch(message);
      });
    },
  );

  it('refuses malformed JSON with 400 and a message a person can act on', async () => {
    await writesNothing(world, async () => {
      const body = await problem(await putSettings(kari, '{"consentAge": 15,'), 400);
      expect(body.detail).toMatch(/ikke gyldig JSON/);
    });
  });

  it('writes one audit event per saved change and none for a refused one', async () => {
    const start = await auditCount(world);
    const current = await readSettings(kari);
    expect(
      (await putSettings(kari, { ...update(current), consentValidityMonths: 24 })).status,
    ).toBe(200);
    expect(await auditCount(world)).toBe(start + 1);
    const audit = await lastAudit('municipality.settings_updated');
    expect(audit?.data).toMatchObject({
      changed: ['consentValidityMonths'],
      before: { consentValidityMonths: current.consentValidityMonths },
      after: { consentValidityMonths: 24 },
    });
  });
});
