import { deadlineWindows, validateNationalId } from '@stafett/domain';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import {
  SCALE_SLUGS,
  SCALE_TABLES,
  scaleMunicipalityId,
  scalePlans,
  seedScale,
  unitTypePlan,
} from '../src/scale';
import { childrenFirst } from '../src/scale/reset';
import { rowsOf } from '../src/scale/sql';
import { withOps } from '../src/tenant';
import { createTestDatabase } from './fresh-database';

describe('scale plan', () => {
  it('gives storby the Oslo-sized counts at factor 1', () => {
    const [storby] = scalePlans(1, 1, ['storby']);
    expect(storby).toMatchObject({
      slug: 'storby',
      name: 'Storby kommune',
      writtenStandard: 'nb',
      districts: 15,
      units: 700,
      staff: 5000,
      logs: 25000,
      childrenServed: 120000,
      attentions: 75000,
      brightSpots: 1000000,
    });
  });

  it('makes 20 small municipalities of 10–40 units and 100–600 logs', () => {
    const small = scalePlans(1, 1).filter((p) => p.slug !== 'storby');
    expect(small.map((p) => p.slug)).toEqual(SCALE_SLUGS.slice(1));
    for (const p of small) {
      expect(p.units).toBeGreaterThanOrEqual(10);
      expect(p.units).toBeLessThanOrEqual(40);
      expect(p.logs).toBeGreaterThanOrEqual(100);
      expect(p.logs).toBeLessThanOrEqual(600);
      expect(p.districts).toBeGreaterThanOrEqual(1);
      expect(p.districts).toBeLessThanOrEqual(3);
    }
  });

  it('mixes unit types like a municipality, every core service even in the smallest', () => {
    const mix = (n: number) =>
      unitTypePlan(n).reduce<Record<string, number>>(
        (acc, t) => ({ ...acc, [t]: (acc[t] ?? 0) + 1 }),
        {},
      );
    expect(mix(700)).toEqual({
      kindergarten: 365,
      school: 180,
      health_station: 30,
      school_health_service: 45,
      ppt: 15,
      child_welfare: 15,
      specialist_health: 8,
      nav: 15,
      family_centre: 15,
      other: 12,
    });
    for (const n of [4, 10, 23, 40]) {
      expect(unitTypePlan(n)).toHaveLength(n);
      expect(Object.keys(mix(n))).toEqual(
        expect.arrayContaining(['kindergarten', 'school', 'health_station', 'ppt']),
      );
    }
  });

  it('refuses slugs it does not make', () => {
    expect(() => scalePlans(1, 1, ['oslo'])).toThrow(/unknown: oslo/);
  });

  it('deletes children before the tables they point at', () => {
    expect(
      childrenFirst(
        ['log', 'measure', 'attention', 'unit'],
        [
          { child: 'measure', parent: 'attention' },
          { child: 'attention', parent: 'log' },
          { child: 'log', parent: 'unit' },
          { child: 'measure', parent: 'log' },
        ],
      ),
    ).toEqual(['measure', 'attention', 'log', 'unit']);
  });
});

const TODAY = '2026-03-15';
const FACTOR = 0.003;
/** storby, a nynorsk one and the one with consent age 15: the others are the same code. */
const SLUGS = ['storby', 'liten-02', 'liten-07'];

describe('seedScale', async () => {
  // With the demo municipalities, which seed:scale must leave exactly as they are.
  const { database, cleanup } = await createTestDatabase({ seed: true });
  afterAll(cleanup);

  const ops = <T>(fn: Parameters<typeof withOps<T>>[1]) => withOps(database, fn);
  const query = <T>(q: ReturnType<typeof sql>) => ops(async (tx) => rowsOf<T>(await tx.execute(q)));
  const ids = (slugs: readonly string[]) =>
    sql.join(
      slugs.map((s) => sql`${scaleMunicipalityId(s)}::uuid`),
      sql`, `,
    );

  /** One md5 per table over every row (all columns, ids included) of these municipalities. */
  async function digestIds(municipalityIds: ReturnType<typeof sql>) {
    const out: Record<string, string> = {};
    for (const table of ['municipality', ...SCALE_TABLES]) {
      const column = table === 'municipality' ? 'id' : 'municipality_id';
      const [row] = await query<{ d: string }>(
        sql`select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as d
              from ${sql.identifier(table)} t where ${sql.identifier(column)} in (${municipalityIds})`,
      );
      out[table] = row?.d ?? '';
    }
    return out;
  }
  const digest = (slugs: readonly string[]) => digestIds(ids(slugs));
  const demo = () =>
    digestIds(sql`select id from municipality where slug in ('oslo', 'haugesund')`);

  const demoBefore = await demo();
  const run = (seed: number, only = SLUGS) =>
    seedScale(database, { seed, today: TODAY, factor: FACTOR, only });
  const first = await run(1);
  const firstDigest = await digest(SLUGS);
  const second = await run(1);
  const secondDigest = await digest(SLUGS);
  const storbyDigest = await digest(['storby']);
  const smallDigest = await digest(SLUGS.slice(1));

  it('makes the municipalities asked for', () => {
    expect(first.municipalities.map((m) => m.slug)).toEqual(SLUGS);
    expect(first.replaced).toEqual([]);
    expect(first.rows.log).toBeGreaterThan(90);
  });

  it('gives identical rows, ids included, for the same seed and today (replacing the first run)', () => {
    expect(second.replaced).toEqual([...SLUGS].sort());
    expect(second.rows).toEqual(first.rows);
    expect(secondDigest).toEqual(firstDigest);
  });

  it('leaves the demo municipalities untouched', async () => {
    expect(await demo()).toEqual(demoBefore);
  });

  const scale = ids(SLUGS);
  const count = async (q: ReturnType<typeof sql>) =>
    Number((await query<{ n: number }>(q))[0]?.n ?? 0);

  it('has the proportions of a municipality', async () => {
    const [logs] = await query<{ total: number; active: number; passive: number }>(
      sql`select count(*)::int as total, count(*) filter (where status = 'active')::int as active,
                 count(*) filter (where status = 'passive')::int as passive
            from log where municipality_id in (${scale})`,
    );
    if (!logs) throw new Error('no logs');
    expect(logs.active / logs.total).toBeGreaterThan(0.35);
    expect(logs.active / logs.total).toBeLessThan(0.65);
    expect(logs.active + logs.passive).toBe(logs.total);

    const r = first.rows;
    const per = (a: string, b: string) => (r[a] ?? 0) / (r[b] ?? 1);
    expect(per('attention', 'log')).toBeGreaterThan(2.5);
    expect(per('attention', 'log')).toBeLessThan(3.5);
    expect(per('measure', 'attention')).toBeGreaterThan(4.3);
    expect(per('measure', 'attention')).toBeLessThan(6.5);
    expect(per('evaluation', 'measure')).toBeGreaterThan(0.7);
    expect(per('evaluation', 'measure')).toBeLessThan(1);
    expect(per('bright_spot', 'log')).toBeGreaterThan(30);
    expect(per('bright_spot', 'log')).toBeLessThan(50);
    expect(r.consent).toBeGreaterThanOrEqual(r.log ?? 0);
    expect(r.deleted_log_trace).toBeGreaterThan(0);

    // Every log has an attention; responsible parties mixed, with an actor exactly for service.
    expect(
      await count(sql`select count(*)::int as n from log l where municipality_id in (${scale})
        and not exists (select 1 from attention a where a.municipality_id = l.municipality_id and a.log_id = l.id)`),
    ).toBe(0);
    const parties = await query<{ responsible: string; n: number; actors: number }>(
      sql`select responsible::text, count(*)::int as n, count(actor_person_id)::int as actors
            from measure where municipality_id in (${scale}) group by 1 order by 1`,
    );
    expect(parties.map((p) => p.responsible)).toEqual(['child', 'home', 'service']);
    for (const p of parties) expect(p.actors).toBe(p.responsible === 'service' ? p.n : 0);
    const total = parties.reduce((s, p) => s + p.n, 0);
    expect((parties.find((p) => p.responsible === 'service')?.n ?? 0) / total).toBeGreaterThan(0.4);

    // Evaluations on or after the deadline; deadlines 4–8 weeks after the start.
    expect(
      await count(sql`select count(*)::int as n from evaluation e join measure m
        on m.municipality_id = e.municipality_id and m.id = e.measure_id
        where e.municipality_id in (${scale}) and (e.evaluated_at at time zone 'UTC')::date < m.deadline`),
    ).toBe(0);
    const [spread] = await query<{ lo: number; hi: number }>(
      sql`select min(deadline - start_date) as lo, max(deadline - start_date) as hi
            from measure where municipality_id in (${scale})`,
    );
    expect(spread).toEqual({ lo: 28, hi: 56 });

    // A few thousand accepted transfers at full scale: here about one log in eight.
    const transfers = await query<{ status: string; n: number }>(
      sql`select status::text, count(*)::int as n from transfer
           where municipality_id in (${scale}) group by 1 order by 1`,
    );
    const accepted = transfers.find((t) => t.status === 'accepted')?.n ?? 0;
    expect(accepted / logs.total).toBeGreaterThan(0.06);
    expect(accepted / logs.total).toBeLessThan(0.2);
  });

  it('has every deadline of S3, counted from today', async () => {
    const w = deadlineWindows(TODAY);
    const openMeasures = sql`from measure ms join log l on l.municipality_id = ms.municipality_id and l.id = ms.log_id
      where ms.municipality_id in (${scale}) and l.status = 'active' and ms.status = 'active'
        and not exists (select 1 from evaluation e where e.municipality_id = ms.municipality_id and e.measure_id = ms.id)`;
    const newestConsent = sql`from log l cross join lateral (
        select valid_until from consent c where c.municipality_id = l.municipality_id and c.log_id = l.id
        order by recorded_at desc limit 1) c
      where l.municipality_id in (${scale}) and l.status = 'active'`;
    const kinds = {
      evaluationOverdue: sql`select count(*)::int as n ${openMeasures} and ms.deadline < ${w.today}::date`,
      evaluationDueSoon: sql`select count(*)::int as n ${openMeasures}
        and ms.deadline between ${w.today}::date and ${w.evaluationDueBy}::date`,
      consentExpired: sql`select count(*)::int as n ${newestConsent} and c.valid_until < ${w.today}::date`,
      consentExpiring: sql`select count(*)::int as n ${newestConsent}
        and c.valid_until between ${w.today}::date and ${w.consentExpiresBy}::date`,
      inactiveLog: sql`select count(*)::int as n from log where municipality_id in (${scale})
        and status = 'active' and last_activity_at < ${w.inactiveBefore}::date`,
      transferWaiting: sql`select count(*)::int as n from transfer where municipality_id in (${scale})
        and status = 'pending'`,
      archiveOverdue: sql`select count(*)::int as n from archive_obligation
        where municipality_id in (${scale}) and done_at is null and due_on < ${w.today}::date`,
      archiveDueSoon: sql`select count(*)::int as n from archive_obligation
        where municipality_id in (${scale}) and done_at is null
          and due_on between ${w.today}::date and ${w.archiveDueBy}::date`,
    };
    const found: Record<string, number> = {};
    for (const [kind, q] of Object.entries(kinds)) found[kind] = await count(q);
    for (const [kind, n] of Object.entries(found)) expect(n, kind).toBeGreaterThan(0);
    // Nothing happens after yesterday, nor in a log after its closing.
    expect(
      await count(sql`select count(*)::int as n from log where municipality_id in (${scale})
        and (last_activity_at >= ${TODAY}::date or opened_at >= ${TODAY}::date
             or last_activity_at > closed_at)`),
    ).toBe(0);
  });

  it('gives every person a valid synthetic national id', async () => {
    const persons = await query<{ national_id: string }>(
      sql`select national_id from person where municipality_id in (${scale})`,
    );
    expect(persons.length).toBe(first.rows.person);
    const invalid = persons.filter(
      (p) => !validateNationalId(p.national_id, { allowSynthetic: true }).ok,
    );
    expect(invalid).toEqual([]);
  });

  it('leaves no temporary functions behind', async () => {
    expect(
      await count(sql`select count(*)::int as n from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname like 'pg_temp%'`),
    ).toBe(0);
  });

  it('refuses to replace a municipality with its slug that it did not make', async () => {
    await ops((tx) =>
      tx.execute(sql`insert into municipality (slug, name) values ('liten-05', 'Ekte kommune')`),
    );
    await expect(run(1, ['liten-05'])).rejects.toThrow(/did not make liten-05/);
    await ops((tx) => tx.execute(sql`delete from municipality where slug = 'liten-05'`));
  });

  it('gives different data for another seed', async () => {
    const other = await run(2, ['storby']);
    expect(other.replaced).toEqual(['storby']);
    const storbyOther = await digest(['storby']);
    for (const table of ['log', 'person', 'measure', 'bright_spot']) {
      expect(storbyOther[table], table).not.toEqual(storbyDigest[table]);
    }
    // The small ones were not touched.
    expect(await digest(SLUGS.slice(1))).toEqual(smallDigest);
  });
});
