import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { nationalIdOf, Person, type World } from '../harness';

/**
 * The personas of the role × endpoint matrix. Each signs in once, through the real local OpenID
 * provider, and keeps its session for every cell.
 */
export const PERSONAS = {
  admin: { slug: 'oslo', name: 'Kari Nordmann', what: 'municipality admin, Oslo' },
  districtLeader: { slug: 'oslo', name: 'Per Hansen', what: 'district leader, Nordre Aker' },
  unitLeader: { slug: 'oslo', name: 'Ingrid Berg', what: 'unit leader, Nordberg skole' },
  staff: { slug: 'oslo', name: 'Ola Johansen', what: 'staff (holder, actor), Nordberg skole' },
  guardian: { slug: 'oslo', name: 'Anne Solberg', what: 'guardian, Oslo' },
  otherAdmin: { slug: 'haugesund', name: 'Lars Eide', what: 'municipality admin, Haugesund' },
  /** Signed in as the platform operator: no session in any municipality. */
  operator: { slug: null, name: 'Vera Drift', what: 'platform operator' },
  anonymous: { slug: null, name: null, what: 'not signed in' },
} as const;
export type Persona = keyof typeof PERSONAS;
export const ALL_PERSONAS = Object.keys(PERSONAS) as Persona[];
/** Everyone with a session in some municipality. */
export const SIGNED_IN: Persona[] = [
  'admin',
  'districtLeader',
  'unitLeader',
  'staff',
  'guardian',
  'otherAdmin',
];

/** A signed-in persona: their browser, and who they are in their municipality. */
export interface Who {
  persona: Persona;
  browser: Person;
  /** Their person id in their municipality, or null for the operator and anonymous. */
  personId: string | null;
}

export async function signInAll(world: World): Promise<Record<Persona, Who>> {
  const entries = await Promise.all(
    ALL_PERSONAS.map(async (persona): Promise<[Persona, Who]> => {
      const { slug, name } = PERSONAS[persona];
      const browser = new Person(world);
      if (name === null) return [persona, { persona, browser, personId: null }];
      if (slug === null) {
        const landed = await browser.signInFrom('/api/v1/operator/auth/login', nationalIdOf(name));
        if (landed !== '/plattform') throw new Error(`${name} landed on ${landed}`);
        return [persona, { persona, browser, personId: null }];
      }
      const landed = await browser.signIn(slug, nationalIdOf(name));
      if (!landed.endsWith('/hjem')) throw new Error(`${name} landed on ${landed}`);
      const [row] = await world.database.db
        .select({ id: schema.person.id })
        .from(schema.person)
        .innerJoin(schema.municipality, eq(schema.municipality.id, schema.person.municipalityId))
        .where(
          and(eq(schema.municipality.slug, slug), eq(schema.person.nationalId, nationalIdOf(name))),
        );
      return [persona, { persona, browser, personId: row?.id ?? null }];
    }),
  );
  return Object.fromEntries(entries) as Record<Persona, Who>;
}
