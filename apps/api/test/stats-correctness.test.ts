import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf, withTenant } from '@stafett/db';
import {
  addMonths,
  coverage,
  DEADLINE_KINDS,
  deadlineWindows,
  monthsBetween,
  type StatsFigures,
  type StatsReport,
} from '@stafett/domain';
import { seedScale } from '../../../db/src/scale';
import { todayInNorway } from '../src/auth/current-actor';
import { createSession, SESSION_COOKIE } from '../src/auth/session';
import { createWorld, type World } from './harness';

/**
 * Issue 5, item 5: every figure of the dashboards agrees with counts computed here, in plain
 * TypeScript, straight from the rows of generated scale data — not from the rollup, and not with
 * the SQL that builds it. Municipality, every district, a sample of units, with and without
 * filters.
 */
const SLUG = 'storby';
let world: World;
let m: string;
let cookie: string;
let today: string;
let data: Awaited<ReturnType<typeof loadRows>>;

const osloMonth = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
});
const osloDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' });
const monthOf = (d: Date | string) => osloMonth.format(new Date(d));
const dayOf = (d: Date | string) => osloDay.format(new Date(d));
/** A date column: postgres.js gives a Date at UTC midnight, PGlite may give the text. */
const dateOf = (d: Date | string) => (d instanceof Date ? d.toISOString().slice(0, 10) : d);

type R = Record<string, unknown>;
async function loadRows() {
  const q = async (query: ReturnType<typeof sql>) =>
    rowsOf<R>(await world.database.db.execute(query));
  return {
    districts: await q(sql`select id, name from district where municipality_id = ${m}`),
    units: await q(
      sql`select id, district_id, type::text as type, children_served from unit where municipality_id = ${m}`,
    ),
    logs: await q(
      sql`select id, unit_id, holder_person_id, status::text as status, opened_at, closed_at, last_activity_at from log where municipality_id = ${m}`,
    ),
    traces: await q(
      sql`select unit_id, opened_at, closed_at from deleted_log_trace where municipality_id = ${m}`,
    ),
    attentions: await q(
      sql`select id, log_id, category, ended from attention where municipality_id = ${m}`,
    ),
    measures: await q(
      sql`select id, log_id, attention_id, responsible::text as responsible, status::text as status, deadline, created_at from measure where municipality_id = ${m}`,
    ),
    evaluations: await q(
      sql`select measure_id, log_id, outcome::text as outcome, evaluated_at from evaluation where municipality_id = ${m}`,
    ),
    brightSpots: await q(
      sql`select log_id, created_at from bright_spot where municipality_id = ${m}`,
    ),
    transfers: await q(
      sql`select log_id, kind::text as kind, status::text as status, from_unit_id, to_unit_id, decided_at from transfer where municipality_id = ${m}`,
    ),
    consents: await q(
      sql`select log_id, valid_until, recorded_at from consent where municipality_id = ${m}`,
    ),
    obligations: await q(
      sql`select log_id, due_on, done_at from archive_obligation where municipality_id = ${m}`,
    ),
  };
}

beforeAll(async () => {
  world = await createWorld();
  today = todayInNorway();
  await seedScale(world.database, { factor: 0.02, only: [SLUG], today });
  [{ id: m }] = rowsOf<{ id: string }>(
    await world.database.db.execute(sql`select id from municipality where slug = ${SLUG}`),
  ) as [{ id: string }];
  const [admin] = rowsOf<{ person_id: string }>(
    await world.database.db.execute(
      sql`select person_id from municipality_admin where municipality_id = ${m} limit 1`,
    ),
  );
  const { token } = await withTenant(
    world.database,
    { municipalityId: m, personId: admin!.person_id },
    (tx) =>
      createSession(tx, {
        municipalityId: m,
        personId: admin!.person_id,
        idpSid: null,
        idToken: null,
      }),
  );
  cookie = `${SESSION_COOKIE}=${token}`;
  data = await loadRows();
}, 600_000);
afterAll(() => world?.close());

async function report(path: string): Promise<StatsReport> {
  const res = await world.app.request(`/api/v1${path}`, { headers: { cookie } });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.json()) as StatsReport;
}

interface Filter {
  from: string;
  to: string;
  unitType?: string;
  category?: string;
}

/** The figures of a set of units, counted from the rows. */
function expected(unitIds: Set<string>, f: Filter): StatsFigures {
  const inPeriod = (d: unknown) => {
    if (d === null || d === undefined) return false;
    const month = monthOf(d as Date);
    return month >= f.from && month <= f.to;
  };
  const logs = data.logs.filter((l) => unitIds.has(String(l.unit_id)));
  const logById = new Map(data.logs.map((l) => [String(l.id), l]));
  const ofScope = (logId: unknown) => unitIds.has(String(logById.get(String(logId))?.unit_id));
  const attentionById = new Map(data.attentions.map((a) => [String(a.id), a]));
  const measureById = new Map(data.measures.map((x) => [String(x.id), x]));
  const categoryOk = (attentionId: unknown) =>
    !f.category || attentionById.get(String(attentionId))?.category === f.category;
  const active = logs.filter((l) => l.status === 'active');
  const traces = data.traces.filter((t) => unitIds.has(String(t.unit_id)));

  const measures = { service: 0, home: 0, child: 0 };
  for (const x of data.measures) {
    if (
      ofScope(x.log_id) &&
      x.status !== 'wrongly_registered' &&
      inPeriod(x.created_at) &&
      categoryOk(x.attention_id)
    ) {
      measures[x.responsible as keyof typeof measures] += 1;
    }
  }
  const evaluations = { worked: 0, partly: 0, did_not_work: 0 };
  for (const e of data.evaluations) {
    const measure = measureById.get(String(e.measure_id));
    if (
      ofScope(e.log_id) &&
      measure?.status !== 'wrongly_registered' &&
      inPeriod(e.evaluated_at) &&
      categoryOk(measure?.attention_id)
    ) {
      evaluations[e.outcome as keyof typeof evaluations] += 1;
    }
  }

  // Holders: distinct per unit, summed; the busiest holder of any unit.
  let holders = 0;
  let maxLogsPerHolder = 0;
  for (const unitId of unitIds) {
    const perHolder = new Map<string, number>();
    for (const l of active.filter((x) => x.unit_id === unitId)) {
      const h = String(l.holder_person_id);
      perHolder.set(h, (perHolder.get(h) ?? 0) + 1);
    }
    holders += perHolder.size;
    maxLogsPerHolder = Math.max(maxLogsPerHolder, ...perHolder.values(), 0);
  }

  const w = deadlineWindows(today);
  const deadlines = Object.fromEntries(
    DEADLINE_KINDS.map((k) => [k, 0]),
  ) as StatsFigures['deadlines'];
  const evaluated = new Set(data.evaluations.map((e) => String(e.measure_id)));
  for (const x of data.measures) {
    const log = logById.get(String(x.log_id));
    if (!log || !unitIds.has(String(log.unit_id)) || log.status !== 'active') continue;
    if (x.status !== 'active' || evaluated.has(String(x.id))) continue;
    const due = dateOf(x.deadline as Date);
    if (due < w.today) deadlines.evaluation_overdue += 1;
    else if (due <= w.evaluationDueBy) deadlines.evaluation_due_soon += 1;
  }
  for (const l of active) {
    const newest = newestConsent().get(String(l.id));
    const until = newest ? dateOf(newest.valid_until as Date) : null;
    if (until !== null && until < w.today) deadlines.consent_expired += 1;
    else if (until !== null && until <= w.consentExpiresBy) deadlines.consent_expiring += 1;
    if (dayOf(l.last_activity_at as Date) < w.inactiveBefore) deadlines.inactive_log += 1;
  }
  for (const t of data.transfers) {
    if (t.status === 'pending' && ofScope(t.log_id)) deadlines.transfer_waiting += 1;
  }
  for (const o of data.obligations) {
    const log = logById.get(String(o.log_id));
    if (!log || !unitIds.has(String(log.unit_id)) || log.status === 'deleted') continue;
    if (o.done_at === null && dateOf(o.due_on as Date) <= w.archiveDueBy)
      deadlines.archive_due += 1;
  }

  const childrenServed = data.units
    .filter((u) => unitIds.has(String(u.id)))
    .reduce((s, u) => s + Number(u.children_served), 0);
  return {
    childrenServed,
    activeLogs: active.length,
    coverage: coverage(active.length, childrenServed),
    opened: [...logs, ...traces].filter((l) => inPeriod(l.opened_at)).length,
    closed: [...logs, ...traces].filter((l) => inPeriod(l.closed_at)).length,
    brightSpots: data.brightSpots.filter((b) => ofScope(b.log_id) && inPeriod(b.created_at)).length,
    transfersIn: data.transfers.filter(
      (t) =>
        t.status === 'accepted' &&
        t.kind === 'to_unit' &&
        unitIds.has(String(t.to_unit_id)) &&
        inPeriod(t.decided_at),
    ).length,
    transfersOut: data.transfers.filter(
      (t) =>
        t.status === 'accepted' &&
        t.kind !== 'within_unit' &&
        unitIds.has(String(t.from_unit_id)) &&
        inPeriod(t.decided_at),
    ).length,
    measures,
    evaluations,
    holders,
    maxLogsPerHolder,
    deadlines,
  };
}

let logIndex: Map<string, R> | null = null;
const logsById = () => (logIndex ??= new Map(data.logs.map((l) => [String(l.id), l])));

let newestConsents: Map<string, R> | null = null;
/** The consent that counts is the newest recorded one of each log. */
function newestConsent(): Map<string, R> {
  if (newestConsents) return newestConsents;
  newestConsents = new Map();
  for (const c of data.consents) {
    const seen = newestConsents.get(String(c.log_id));
    const time = (x: R) => new Date(x.recorded_at as Date).getTime();
    if (!seen || time(c) > time(seen)) newestConsents.set(String(c.log_id), c);
  }
  return newestConsents;
}

const unitsWhere = (pred: (u: R) => boolean) =>
  new Set(data.units.filter(pred).map((u) => String(u.id)));

function query(f: Filter) {
  const p = new URLSearchParams({ from: f.from, to: f.to });
  if (f.unitType) p.set('unitType', f.unitType);
  if (f.category) p.set('category', f.category);
  return `?${p.toString()}`;
}

/** Default period, five whole years, and a filtered half year. */
const filters = (): Filter[] => {
  const now = today.slice(0, 7);
  const busiestCategory = String(data.attentions[0]?.category ?? '');
  return [
    { from: addMonths(now, -11), to: now },
    { from: addMonths(now, -59), to: now },
    {
      from: addMonths(now, -17),
      to: addMonths(now, -12),
      unitType: 'school',
      category: busiestCategory,
    },
  ];
};

describe('the dashboards agree with the rows of the scale data', () => {
  it('has data to compare: logs, measures, evaluations, bright spots and every deadline kind', () => {
    expect(data.logs.length).toBeGreaterThan(100);
    expect(data.measures.length).toBeGreaterThan(1000);
    expect(data.brightSpots.length).toBeGreaterThan(1000);
    const all = expected(
      unitsWhere(() => true),
      filters()[0]!,
    );
    for (const kind of DEADLINE_KINDS) expect(all.deadlines[kind], kind).toBeGreaterThan(0);
  });

  it('the municipality: totals, every district row, every month and the categories', async () => {
    for (const f of filters()) {
      const r = await report(`/stats/municipality${query(f)}`);
      const typeOk = (u: R) => !f.unitType || u.type === f.unitType;
      expect(r.totals, JSON.stringify(f)).toEqual(expected(unitsWhere(typeOk), f));
      for (const row of r.rows) {
        const { id: _i, name: _n, kind: _k, unitType: _t, ...figures } = row;
        expect(figures, `${row.name} ${JSON.stringify(f)}`).toEqual(
          expected(
            unitsWhere((u) => u.district_id === row.id && typeOk(u)),
            f,
          ),
        );
      }
      expect(r.rows).toHaveLength(data.districts.length);

      const scope = unitsWhere(typeOk);
      const months = monthsBetween(f.from, f.to);
      expect(r.monthly.map((x) => x.month)).toEqual(months);
      for (const month of r.monthly) {
        const one = expected(scope, { ...f, from: month.month, to: month.month });
        expect(month, month.month).toEqual({
          month: month.month,
          opened: one.opened,
          closed: one.closed,
          brightSpots: one.brightSpots,
          transfersIn: one.transfersIn,
          transfersOut: one.transfersOut,
          evaluations: one.evaluations,
        });
      }

      for (const c of r.categories) {
        const expectedAttentions = data.attentions.filter((a) => {
          const log = logsById().get(String(a.log_id));
          return (
            a.category === c.category &&
            !a.ended &&
            log?.status === 'active' &&
            scope.has(String(log.unit_id))
          );
        }).length;
        const expectedMeasures = expected(scope, { ...f, category: c.category }).measures;
        expect(c.activeAttentions, c.category).toBe(expectedAttentions);
        expect(c.measures, c.category).toBe(
          expectedMeasures.service + expectedMeasures.home + expectedMeasures.child,
        );
      }
    }
  });

  it('every district: totals and every unit row', async () => {
    for (const d of data.districts) {
      for (const f of filters().slice(0, 2)) {
        const r = await report(`/stats/districts/${String(d.id)}${query(f)}`);
        expect(r.totals).toEqual(
          expected(
            unitsWhere((u) => u.district_id === d.id),
            f,
          ),
        );
        for (const row of r.rows) {
          const { id: _i, name: _n, kind: _k, unitType: _t, ...figures } = row;
          expect(figures, row.name).toEqual(expected(new Set([row.id]), f));
        }
      }
    }
  });

  it('a sample of units', async () => {
    const sample = data.units.filter((_u, i) => i % 7 === 0).slice(0, 12);
    for (const u of sample) {
      const r = await report(`/stats/units/${String(u.id)}${query(filters()[0]!)}`);
      expect(r.totals).toEqual(expected(new Set([String(u.id)]), filters()[0]!));
    }
  });
});
