import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople, schema } from '@stafett/db';
import {
  auditEventPageSchema,
  type AuditEventPage,
  type AuditEventView,
  type MunicipalitySettingsView,
} from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import {
  deleteLogo,
  pngBytes,
  problem,
  putLogo,
  putSettings,
  readSettings,
  storedMunicipality,
  writesNothing,
} from './settings-support';

let world: World;
let kari: Person;
let lars: Person;
let kariId: string;
let larsId: string;
let osloId: string;
const others: Record<string, Person> = {};

async function personId(p: Person) {
  return ((await (await p.call('/api/v1/me')).json()) as { person: { id: string } }).person.id;
}

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
  kariId = await personId(kari);
  larsId = await personId(lars);
  osloId = (await storedMunicipality(world, 'oslo')).id;
});
afterAll(async () => {
  await world?.close();
});

async function list(person: Person, query = ''): Promise<AuditEventPage> {
  const res = await person.call(`/api/v1/audit-events${query}`);
  const text = await res.text();
  expect(res.status, text).toBe(200);
  return auditEventPageSchema.parse(JSON.parse(text));
}

/** Follows nextCursor to the end. */
async function all(person: Person, query: Record<string, string>, limit: number) {
  const items: AuditEventView[] = [];
  let cursor: string | null = null;
  let pages = 0;
  do {
    const params = new URLSearchParams({ ...query, limit: String(limit) });
    if (cursor) params.set('cursor', cursor);
    const page = await list(person, `?${params}`);
    expect(page.items.length).toBeLessThanOrEqual(limit);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { items, pages };
}

const update = (s: MunicipalitySettingsView) => ({
  writtenStandard: s.writtenStandard,
  consentAge: s.consentAge,
  consentValidityMonths: s.consentValidityMonths,
  attentionCategories: s.attentionCategories,
  evaluationPeriodDays: s.evaluationPeriodDays,
  accentColor: s.branding.accentColor,
  version: s.version,
});

describe('every settings change is in the audit list with before and after', () => {
  it('settings, logo upload and logo removal', async () => {
    const s = await readSettings(kari);
    expect((await putSettings(kari, { ...update(s), consentAge: 15 })).status).toBe(200);
    expect((await putLogo(kari, pngBytes(64, 64), 'image/png')).status).toBe(200);
    expect((await deleteLogo(kari)).status).toBe(200);

    const { items } = await list(kari, '?limit=3');
    expect(items.map((i) => i.action)).toEqual([
      'municipality.logo_removed',
      'municipality.logo_updated',
      'municipality.settings_updated',
    ]);
    for (const item of items) {
      expect(item).toMatchObject({
        entity: 'municipality',
        entityId: osloId,
        actor: { id: kariId, name: 'Kari Nordmann' },
      });
      expect(item.data).toHaveProperty('before');
      expect(item.data).toHaveProperty('after');
    }
    expect(items[2]?.data).toMatchObject({
      before: { consentAge: 16 },
      after: { consentAge: 15 },
    });
    expect(items[1]?.data).toMatchObject({ after: { mime: 'image/png', width: 64, height: 64 } });
    expect(items[0]?.data).toMatchObject({ before: { mime: 'image/png' }, after: null });
    // Newest first.
    const times = items.map((i) => Date.parse(i.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });
});

describe('GET /audit-events paging', () => {
  it('walks the whole list with the cursor: every event once, in order, whatever the page size', async () => {
    for (let i = 0; i < 6; i++) {
      const s = await readSettings(kari);
      await putSettings(kari, { ...update(s), consentValidityMonths: 10 + i });
    }
    const whole = await list(kari, '?limit=100');
    expect(whole.items.length).toBeGreaterThan(10);
    for (const size of [1, 3, 7]) {
      const { items, pages } = await all(kari, {}, size);
      expect(items.map((i) => i.id)).toEqual(whole.items.map((i) => i.id));
      expect(pages).toBe(Math.ceil(whole.items.length / size));
    }
  });

  it('neither skips nor repeats events recorded in the same microsecond', async () => {
    const at = new Date('2026-01-15T10:00:00.000Z');
    await world.database.db.insert(schema.auditEvent).values(
      Array.from({ length: 5 }, (_, i) => ({
        municipalityId: osloId,
        at,
        actorPersonId: kariId,
        action: 'test.same_time',
        entity: 'test',
        data: { n: i },
      })),
    );
    const { items } = await all(kari, { action: 'test.same_time' }, 2);
    expect(items).toHaveLength(5);
    expect(new Set(items.map((i) => i.id)).size).toBe(5);
    expect(items.map((i) => i.id)).toEqual([...items.map((i) => i.id)].sort());
  });

  it('filters by action, by who acted and by time, also across pages', async () => {
    const settings = await all(kari, { action: 'municipality.settings_updated' }, 2);
    expect(settings.items.length).toBeGreaterThanOrEqual(7);
    expect(new Set(settings.items.map((i) => i.action))).toEqual(
      new Set(['municipality.settings_updated']),
    );

    const per = others['Per Hansen']!;
    const perId = await personId(per);
    const byPer = await list(kari, `?actorPersonId=${perId}`);
    expect(byPer.items.length).toBeGreaterThan(0); // signing in is audited
    expect(byPer.items.every((i) => i.actor?.id === perId)).toBe(true);
    expect(byPer.items[0]?.actor?.name).toBe('Per Hansen');

    const window = await all(
      kari,
      { from: '2026-01-15T09:59:59Z', to: '2026-01-15T10:00:01+00:00' },
      2,
    );
    expect(window.items.map((i) => i.action)).toEqual(Array(5).fill('test.same_time'));
    const none = await list(kari, '?from=2000-01-01T00:00:00Z&to=2000-12-31T00:00:00Z');
    expect(none).toEqual({ items: [], nextCursor: null });
  });

  const malformed: [string, string][] = [
    ['?from=2026-13-01', 'from'],
    ['?from=yesterday', 'from'],
    ['?to=2026-01-01', 'to'],
    ['?actorPersonId=kari', 'actorPersonId'],
    ['?limit=0', 'limit'],
    ['?limit=1000', 'limit'],
    ['?limit=ten', 'limit'],
    ['?cursor=not-a-cursor', 'cursor'],
    ['?action=DROP%20TABLE', 'action'],
    ['?from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z', 'from'],
    ['?sort=asc', 'sort'],
  ];
  it.each(malformed)('refuses %s with 422 naming %s', async (query, field) => {
    const body = await problem(await kari.call(`/api/v1/audit-events${query}`), 422);
    expect(body.errors?.map((e) => e.field)).toContain(field);
  });
});

describe('GET /audit-events access', () => {
  it('is for the municipality admin only', async () => {
    await problem(await world.app.request('/api/v1/audit-events'), 401);
    for (const person of Object.values(others)) {
      await writesNothing(world, async () => {
        await problem(await person.call('/api/v1/audit-events'), 403);
      });
    }
  });

  it("shows Haugesund's admin Haugesund's events and nothing of Oslo's", async () => {
    const s = await readSettings(lars);
    expect((await putSettings(lars, { ...update(s), consentAge: 17 })).status).toBe(200);
    const { items } = await all(lars, {}, 50);
    expect(items.length).toBeGreaterThan(0);
    const text = JSON.stringify(items);
    expect(text).not.toContain(osloId);
    expect(text).not.toContain(kariId);
    expect(items.some((i) => i.action === 'municipality.settings_updated')).toBe(true);
    expect(items.some((i) => i.actor?.id === larsId)).toBe(true);
    // Filtering for an Oslo person finds nothing, exactly like a made-up id.
    expect((await list(lars, `?actorPersonId=${kariId}`)).items).toEqual([]);
  });

  it('never shows a national id, whatever a writer once put in the data', async () => {
    await world.database.db.insert(schema.auditEvent).values({
      municipalityId: osloId,
      actorPersonId: kariId,
      action: 'test.careless_writer',
      entity: 'person',
      data: {
        nationalId: nationalIdOf('Ola Johansen'),
        note: `fnr ${nationalIdOf('Ola Johansen')}`,
      },
    });
    const { items } = await list(kari, '?action=test.careless_writer');
    expect(items[0]?.data).toEqual({ note: 'fnr [fødselsnummer fjernet]' });
    const everything = JSON.stringify((await all(kari, {}, 100)).items);
    for (const p of demoPeople) expect(everything).not.toContain(p.nationalId);
  });
});
