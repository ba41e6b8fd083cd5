import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { nationalIdOf, Person, type World } from '../harness';

/**
 * The personas of the log matrix, each in relation to one fixture log: Sander Moen's (16, so he
 * reads it as the youth), held by Ola Johansen at Nordberg skole, with Liv Moen as guardian and
 * Jonas Bakke as the actor of a measure on attention A only. Each signs in once, through the real
 * local OpenID provider, and keeps the session for every cell.
 */
export const LOG_PERSONAS = {
  operator: { slug: null, name: 'Vera Drift', what: 'platform operator' },
  admin: { slug: 'oslo', name: 'Kari Nordmann', what: 'municipality admin, Oslo' },
  otherAdmin: { slug: 'haugesund', name: 'Lars Eide', what: 'municipality admin, Haugesund' },
  districtLeader: { slug: 'oslo', name: 'Per Hansen', what: 'district leader, Nordre Aker' },
  unitLeader: { slug: 'oslo', name: 'Ingrid Berg', what: "unit leader of the log's unit" },
  otherUnitLeader: { slug: 'oslo', name: 'Geir Dahl', what: 'unit leader, Korsvoll barnehage' },
  holder: { slug: 'oslo', name: 'Ola Johansen', what: 'the holder' },
  actor: { slug: 'oslo', name: 'Jonas Bakke', what: 'actor with a measure on attention A' },
  staff: { slug: 'oslo', name: 'Nina Lie', what: 'staff (may hold) without a part in the log' },
  guardian: { slug: 'oslo', name: 'Liv Moen', what: "the child's guardian" },
  otherGuardian: { slug: 'oslo', name: 'Marte Haugen', what: "another child's guardian" },
  youth: { slug: 'oslo', name: 'Sander Moen', what: 'the youth the log is about (16)' },
  anonymous: { slug: null, name: null, what: 'not signed in' },
} as const;
export type LogPersona = keyof typeof LOG_PERSONAS;
export const ALL_LOG_PERSONAS = Object.keys(LOG_PERSONAS) as LogPersona[];

/** Those who read the log's content (C8); the unit leader sees its metadata only. */
export const CONTENT_READERS: readonly LogPersona[] = ['holder', 'actor', 'guardian', 'youth'];
/** Signed in to Oslo, with no access at all to the log: it does not exist for them (404). */
export const NO_ACCESS: readonly LogPersona[] = [
  'admin',
  'districtLeader',
  'otherUnitLeader',
  'staff',
  'otherGuardian',
];

export interface LogWho {
  persona: LogPersona;
  browser: Person;
  /** Their person id in Oslo; null for Haugesund's admin, the operator and anonymous. */
  osloPersonId: string | null;
}

export async function signInLogPersonas(world: World): Promise<Record<LogPersona, LogWho>> {
  const entries = await Promise.all(
    ALL_LOG_PERSONAS.map(async (persona): Promise<[LogPersona, LogWho]> => {
      const { slug, name } = LOG_PERSONAS[persona];
      const browser = new Person(world);
      if (name === null) return [persona, { persona, browser, osloPersonId: null }];
      if (slug === null) {
        const landed = await browser.signInFrom('/api/v1/operator/auth/login', nationalIdOf(name));
        if (landed !== '/plattform') throw new Error(`${name} landed on ${landed}`);
        return [persona, { persona, browser, osloPersonId: null }];
      }
      const landed = await browser.signIn(slug, nationalIdOf(name));
      if (!landed.endsWith('/hjem')) throw new Error(`${name} landed on ${landed}`);
      if (slug !== 'oslo') return [persona, { persona, browser, osloPersonId: null }];
      const [row] = await world.database.db
        .select({ id: schema.person.id })
        .from(schema.person)
        .innerJoin(schema.municipality, eq(schema.municipality.id, schema.person.municipalityId))
        .where(
          and(
            eq(schema.municipality.slug, 'oslo'),
            eq(schema.person.nationalId, nationalIdOf(name)),
          ),
        );
      if (!row) throw new Error(`no person ${name} in Oslo`);
      return [persona, { persona, browser, osloPersonId: row.id }];
    }),
  );
  return Object.fromEntries(entries) as Record<LogPersona, LogWho>;
}
