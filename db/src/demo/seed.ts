import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../client';
import {
  district,
  districtLeader,
  guardianship,
  municipality,
  municipalityAdmin,
  person,
  platformOperator,
  staffMembership,
  unit,
} from '../schema';
import { refreshStats } from '../stats/refresh';
import { withOps } from '../tenant';
import { shieldLogo } from './logo';
import { seedDemoLogs, todayInOslo } from './logs';
import { demoMunicipalities, type DemoMunicipality } from './organisation';
import { demoPeople, PLATFORM_OPERATOR_GROUP } from './people';

/** Any fixed number: it only has to be the same for every process that seeds. */
const SEED_LOCK = 7_263_011;

/**
 * Creates the demo municipalities (Oslo, Haugesund) with their districts, units and personas,
 * and the demo platform operator. Runs as stafett_ops, since it writes to more than one tenant.
 * Idempotent: adds no municipality once any exists (returns false), so it is safe on every start
 * of a development server; a missing demo operator is added either way. Oslo's demo logs count
 * their dates from `today` (Norwegian time unless told), so deadlines stay overdue or upcoming.
 */
export async function seedDemo(
  database: Database,
  opts: { today?: string } = {},
): Promise<boolean> {
  const today = opts.today ?? todayInOslo();
  return withOps(database, async (tx) => {
    // Two processes starting at once must not both see an empty registry.
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK})`);
    const operators = demoPeople.filter((p) => p.municipalitySlug === PLATFORM_OPERATOR_GROUP);
    if (operators.length > 0) {
      await tx
        .insert(platformOperator)
        .values(operators.map((p) => ({ nationalId: p.nationalId, name: p.name })))
        .onConflictDoNothing({ target: platformOperator.nationalId });
    }
    const existing = await tx.select({ id: municipality.id }).from(municipality).limit(1);
    if (existing.length > 0) return false;
    for (const m of demoMunicipalities) await seedMunicipality(tx, m, today);
    return true;
  });
}

async function seedMunicipality(tx: Tx, m: DemoMunicipality, today: string): Promise<void> {
  const [created] = await tx
    .insert(municipality)
    .values({
      slug: m.slug,
      name: m.name,
      writtenStandard: m.writtenStandard,
      branding: { accentColor: m.accentColor },
      logo: shieldLogo(m.name, m.accentColor),
      logoMime: 'image/svg+xml',
      settings: m.settings,
    })
    .returning({ id: municipality.id });
  if (!created) throw new Error(`seedDemo: ${m.slug} was not created`);
  const municipalityId = created.id;

  const districtIds = new Map<string, string>();
  const unitIds = new Map<string, string>();
  for (const d of m.districts) {
    const [row] = await tx
      .insert(district)
      .values({ municipalityId, name: d.name })
      .returning({ id: district.id });
    districtIds.set(d.name, must(row, d.name).id);
    const units = await tx
      .insert(unit)
      .values(d.units.map((u) => ({ municipalityId, districtId: must(row, d.name).id, ...u })))
      .returning({ id: unit.id, name: unit.name });
    for (const u of units) unitIds.set(u.name, u.id);
  }

  const people = demoPeople.filter((p) => p.municipalitySlug === m.slug);
  const persons = await tx
    .insert(person)
    .values(
      people.map((p, i) => ({
        municipalityId,
        nationalId: p.nationalId,
        name: p.name,
        ...(m.withoutContact.includes(p.name) ? {} : contactOf(p.name, m.slug, i)),
      })),
    )
    .returning({ id: person.id, name: person.name });
  const personIds = new Map(persons.map((p) => [p.name, p.id]));
  const personId = (name: string) => must(personIds.get(name), name);

  if (m.admins.length > 0) {
    await tx
      .insert(municipalityAdmin)
      .values(m.admins.map((name) => ({ municipalityId, personId: personId(name) })));
  }
  if (m.districtLeaders.length > 0) {
    await tx.insert(districtLeader).values(
      m.districtLeaders.map((l) => ({
        municipalityId,
        districtId: must(districtIds.get(l.district), l.district),
        personId: personId(l.person),
      })),
    );
  }
  if (m.staff.length > 0) {
    await tx.insert(staffMembership).values(
      m.staff.map(({ unit: unitName, person: name, ...capabilities }) => ({
        municipalityId,
        unitId: must(unitIds.get(unitName), unitName),
        personId: personId(name),
        ...capabilities,
      })),
    );
  }
  if (m.guardianships.length > 0) {
    await tx.insert(guardianship).values(
      m.guardianships.map((g) => ({
        municipalityId,
        guardianPersonId: personId(g.guardian),
        childPersonId: personId(g.child),
      })),
    );
  }
  if (m.slug === 'oslo') {
    const unitId = (name: string) => must(unitIds.get(name), name);
    await seedDemoLogs(tx, { municipalityId, personId, unitId, today });
  }
  // The dashboards read a rollup; a fresh demo shows its figures at once, not after the job runs.
  await refreshStats(tx, municipalityId, today);
}

/** "Ola Johansen" in oslo → ola.johansen@oslo.example.no and a made-up mobile number. */
function contactOf(name: string, slug: string, index: number) {
  const local = name
    .toLowerCase()
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/[^a-z ]/g, '')
    .trim()
    .replace(/\s+/g, '.');
  const serial = String(100 + index).padStart(3, '0');
  const block = slug === 'oslo' ? '00' : '10';
  return { email: `${local}@${slug}.example.no`, phone: `+47 400 ${block} ${serial}` };
}

function must<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`seedDemo: unknown ${what}`);
  return value;
}
