import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '@stafett/db';
import type { DeadlineList, LogOverview, StatsReport } from '@stafett/domain';
import { refreshAllStats } from '../src/stats/refresh-job';
import { createWorld, nationalIdOf, Person, type World } from './harness';
import { idOf } from './logs-support';
import { ok, problem, send } from './org-helpers';

/**
 * The leader dashboards on the demo (issue 5): who sees which level, the deadline list by name
 * for the unit's own leader only, and bad filters. The figures' agreement with the rows at scale
 * is stats-correctness.test.ts.
 */
let world: World;
let kari: Person; // municipality admin, Oslo
let per: Person; // district leader, Nordre Aker
let ingrid: Person; // unit leader, Nordberg skole
let ola: Person; // holder, Nordberg skole
let ids: { nordreAker: string; otherDistrict: string; nordberg: string; korsvoll: string };

const signedIn = async (name: string) => {
  const p = new Person(world);
  await p.signIn('oslo', nationalIdOf(name));
  return p;
};

beforeAll(async () => {
  world = await createWorld();
  [kari, per, ingrid, ola] = (await Promise.all(
    ['Kari Nordmann', 'Per Hansen', 'Ingrid Berg', 'Ola Johansen'].map(signedIn),
  )) as [Person, Person, Person, Person];
  const districts = rowsOf<{ id: string; name: string }>(
    await world.database.db.execute(
      sql`select d.id, d.name from district d join municipality m on m.id = d.municipality_id
           where m.slug = 'oslo' order by d.name`,
    ),
  );
  const nordreAker = districts.find((d) => d.name === 'Nordre Aker');
  const other = districts.find((d) => d.name !== 'Nordre Aker');
  if (!nordreAker || !other) throw new Error('the demo needs two districts in Oslo');
  ids = {
    nordreAker: nordreAker.id,
    otherDistrict: other.id,
    nordberg: await idOf(world, 'unit', 'Nordberg skole'),
    korsvoll: await idOf(world, 'unit', 'Korsvoll barnehage'),
  };
});
afterAll(() => world?.close());

describe('who sees which dashboard (S1, S4)', () => {
  it('shows the municipality admin the municipality by district', async () => {
    const report = await ok<StatsReport>(await send(kari, 'GET', '/stats/municipality'));
    expect(report.level).toBe('municipality');
    expect(report.rows.every((r) => r.kind === 'district')).toBe(true);
    expect(report.rows.map((r) => r.name)).toContain('Nordre Aker');
    expect(report.totals.activeLogs).toBeGreaterThan(0);
    expect(report.refreshedAt).not.toBeNull();
    expect(report.holders).toBeNull();
    expect(report.monthly).toHaveLength(12);
  });

  it('shows a district leader their district by unit, and nothing else', async () => {
    const report = await ok<StatsReport>(
      await send(per, 'GET', `/stats/districts/${ids.nordreAker}`),
    );
    expect(report.rows.map((r) => r.name)).toEqual(
      expect.arrayContaining(['Nordberg skole', 'Korsvoll barnehage']),
    );
    expect(report.rows.every((r) => r.kind === 'unit')).toBe(true);
    await problem(await send(per, 'GET', `/stats/districts/${ids.otherDistrict}`), 404);
    await problem(await send(per, 'GET', '/stats/municipality'), 404);
    const unit = await ok<StatsReport>(await send(per, 'GET', `/stats/units/${ids.nordberg}`));
    expect(unit.holders).toBeNull();
    expect(unit.parent).toEqual({ id: ids.nordreAker, name: 'Nordre Aker' });
  });

  it('shows the unit leader the unit with its holders by name, and no other unit', async () => {
    const report = await ok<StatsReport>(await send(ingrid, 'GET', `/stats/units/${ids.nordberg}`));
    expect(report.rows).toHaveLength(1);
    expect(report.holders?.map((h) => h.name)).toContain('Ola Johansen');
    expect(report.parent).toBeNull();
    await problem(await send(ingrid, 'GET', `/stats/units/${ids.korsvoll}`), 404);
    await problem(await send(ingrid, 'GET', `/stats/districts/${ids.nordreAker}`), 404);
  });

  it('refuses staff without a leader role, and anonymous callers', async () => {
    await problem(await send(ola, 'GET', `/stats/units/${ids.nordberg}`), 404);
    await problem(await send(ola, 'GET', `/stats/units/${ids.nordberg}/deadlines`), 404);
    await problem(await send(new Person(world), 'GET', '/stats/municipality'), 401);
  });
});

describe('deadlines (S3)', () => {
  it("gives the unit's own leader the children by name, most overdue first", async () => {
    const list = await ok<DeadlineList>(
      await send(ingrid, 'GET', `/stats/units/${ids.nordberg}/deadlines`),
    );
    const overdue = list.items.filter((i) => i.kind === 'evaluation_overdue');
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue[0]).toMatchObject({ childName: 'Lukas Andersen', opensContent: false });
    expect(overdue[0]?.holder.name).toBe('Ola Johansen');
    expect(list.counts.evaluation_overdue).toBe(overdue.length);
    const days = list.items.map((i) => i.daysOverdue);
    expect(days).toEqual([...days].sort((a, b) => b - a));
  });

  it("refuses another unit's deadlines, and the district leader's, with 404", async () => {
    await problem(await send(ingrid, 'GET', `/stats/units/${ids.korsvoll}/deadlines`), 404);
    await problem(await send(per, 'GET', `/stats/units/${ids.nordberg}/deadlines`), 404);
  });

  it('counts on the dashboard what the list names', async () => {
    const list = await ok<DeadlineList>(
      await send(ingrid, 'GET', `/stats/units/${ids.nordberg}/deadlines`),
    );
    const report = await ok<StatsReport>(await send(ingrid, 'GET', `/stats/units/${ids.nordberg}`));
    expect(report.totals.deadlines).toEqual(list.counts);
  });

  it("opens a log's overview for its unit's leader, with its deadlines and no content", async () => {
    const list = await ok<DeadlineList>(
      await send(ingrid, 'GET', `/stats/units/${ids.nordberg}/deadlines`),
    );
    const logId = list.items[0]?.logId ?? '';
    const overview = await ok<LogOverview>(await send(ingrid, 'GET', `/logs/${logId}/overview`));
    expect(overview).toMatchObject({ childName: 'Lukas Andersen', status: 'active' });
    expect(overview.holder.name).toBe('Ola Johansen');
    expect(overview.deadlines.length).toBeGreaterThan(0);
    expect(JSON.stringify(overview)).not.toMatch(/"(text|goal|description)"/);
    await problem(await send(per, 'GET', `/logs/${logId}/overview`), 404);
  });
});

describe('bad filters (422 naming the field, 404 for scopes)', () => {
  const cases: [string, string][] = [
    ['from=2026-13', 'from'],
    ['from=26-01', 'from'],
    ['from=2026-06&to=2026-01', 'from'],
    ['from=2019-01&to=2026-01', 'from'],
    ['to=2999-01', 'to'],
    ['unitType=castle', 'unitType'],
    ['category=Finnes%20ikke', 'category'],
    ['colour=blue', ''],
  ];
  for (const [query, field] of cases) {
    it(`refuses ?${query}`, async () => {
      const p = await problem(await send(kari, 'GET', `/stats/municipality?${query}`), 422);
      if (field) expect(p.errors?.map((e) => e.field)).toContain(field);
    });
  }

  it('answers 404 for a made-up district or unit and 422 for a malformed id', async () => {
    const madeUp = '00000000-0000-4000-8000-000000000000';
    await problem(await send(kari, 'GET', `/stats/districts/${madeUp}`), 404);
    await problem(await send(kari, 'GET', `/stats/units/${madeUp}`), 404);
    await problem(await send(kari, 'GET', '/stats/units/not-an-id'), 422);
  });

  it('narrows by unit type and category', async () => {
    const all = await ok<StatsReport>(await send(kari, 'GET', '/stats/municipality'));
    const schools = await ok<StatsReport>(
      await send(kari, 'GET', '/stats/municipality?unitType=school'),
    );
    expect(schools.totals.activeLogs).toBeLessThan(all.totals.activeLogs);
    expect(schools.filters.unitType).toBe('school');
    const category = all.categories[0]?.category ?? '';
    const one = await ok<StatsReport>(
      await send(kari, 'GET', `/stats/municipality?category=${encodeURIComponent(category)}`),
    );
    expect(one.categories.map((c) => c.category)).toEqual([category]);
    expect(one.totals.activeLogs).toBe(all.totals.activeLogs);
  });
});

describe('the rollup', () => {
  it('is replaced by a refresh and stays inside the municipality', async () => {
    const counts = rowsOf<{ slug: string; n: number }>(
      await world.database.db.execute(sql`select m.slug, count(s.*)::int as n from municipality m
        left join stats_unit_now s on s.municipality_id = m.id group by m.slug order by m.slug`),
    );
    expect(counts.find((c) => c.slug === 'oslo')?.n).toBeGreaterThan(0);
  });

  it('is recomputed for every municipality by the job, as stafett_api inside each tenant', async () => {
    const before = await ok<StatsReport>(await send(kari, 'GET', '/stats/municipality'));
    await world.database.db.execute(sql`delete from stats_unit_now`);
    await world.database.db.execute(sql`delete from stats_district_now`);
    const emptied = await ok<StatsReport>(await send(kari, 'GET', '/stats/municipality'));
    expect(emptied.totals.activeLogs).toBe(0);
    const done = await refreshAllStats(world.database, before.today);
    expect(done.municipalities).toBeGreaterThanOrEqual(2);
    const after = await ok<StatsReport>(await send(kari, 'GET', '/stats/municipality'));
    expect(after.totals).toEqual(before.totals);
    expect(after.refreshedAt).not.toBe(before.refreshedAt);
  });
});
