import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from './client';
import { municipality, session, type Municipality } from './schema';
import { withoutTenant } from './tenant';

/**
 * The narrow paths that run before a request's tenant is known. Each runs as the API's role with
 * no tenant set, so it can reach only the municipality registry and the two SECURITY DEFINER
 * functions.
 */

export type MunicipalitySummary = Pick<
  Municipality,
  'id' | 'slug' | 'name' | 'writtenStandard' | 'branding'
>;

/** A municipality's public face and settings, for its sign-in page and to resolve the tenant. */
export async function findMunicipalityBySlug(
  database: Database,
  slug: string,
): Promise<Municipality | null> {
  const rows = await withoutTenant(database, (tx) =>
    tx.select().from(municipality).where(eq(municipality.slug, slug)),
  );
  return rows[0] ?? null;
}

export async function listMunicipalities(database: Database): Promise<MunicipalitySummary[]> {
  return withoutTenant(database, (tx) =>
    tx
      .select({
        id: municipality.id,
        slug: municipality.slug,
        name: municipality.name,
        writtenStandard: municipality.writtenStandard,
        branding: municipality.branding,
      })
      .from(municipality)
      .orderBy(asc(municipality.name)),
  );
}

export interface SessionLookup {
  municipalityId: string;
  personId: string;
  /** SHA-256 of the token's secret half; compare in constant time. */
  secretHash: Uint8Array;
  createdAt: Date;
  lastSeenAt: Date;
}

/** Finds a session by its public id across municipalities (app_session_lookup). */
export async function lookupSession(
  database: Database,
  sessionId: string,
): Promise<SessionLookup | null> {
  const rows = await withoutTenant(database, (tx) =>
    tx
      .select({
        municipalityId: sql<string>`l.municipality_id`,
        personId: sql<string>`l.person_id`,
        // mapWith the table's columns, so both engines' wire formats decode the same way.
        secretHash: sql`l.secret_hash`.mapWith(session.secretHash),
        createdAt: sql`l.created_at`.mapWith(session.createdAt),
        lastSeenAt: sql`l.last_seen_at`.mapWith(session.lastSeenAt),
      })
      .from(sql`app_session_lookup(${sessionId}) as l`),
  );
  return rows[0] ?? null;
}

/** ID-porten's front-channel logout: ends every session under that sid; returns how many. */
export async function endSessionsByIdpSid(database: Database, sid: string): Promise<number> {
  const rows = await withoutTenant(database, (tx) =>
    tx
      .select({ count: sql<number>`n`.mapWith(Number) })
      .from(sql`app_end_sessions_by_idp_sid(${sid}) as n`),
  );
  return rows[0]?.count ?? 0;
}
