import { sql } from 'drizzle-orm';
import type { Database, Db, Tx } from './client';
import { API_ROLE, OPERATOR_ROLE, OPS_ROLE } from './roles';

export interface TenantContext {
  municipalityId: string;
  /** The signed-in person, or null before one is known (e.g. while signing in). */
  personId: string | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function assertUuid(value: string, what: string): void {
  // Row-level security would fail closed on a bad id too, but with a cast error deep in a query.
  if (!UUID.test(value)) throw new TypeError(`withTenant: ${what} must be a UUID`);
}

/**
 * THE way the API reaches tenant data: one transaction, as the API's role, with the municipality
 * set for row-level security. Both settings are transaction-local (third argument true), so a
 * pooled connection (or PgBouncer in transaction mode) never carries them into the next request.
 * Keep external calls out of `fn`: the transaction holds a connection while it waits.
 */
/**
 * Enters a transaction as `role` with the tenant settings, in ONE statement: `set_config('role',
 * …, true)` is SET LOCAL ROLE (the same membership check), so each request pays one round trip
 * for it instead of two.
 */
async function enter(tx: Tx, role: string, municipalityId: string, personId: string) {
  await tx.execute(
    sql`select set_config('role', ${role}, true), set_config('app.municipality_id', ${municipalityId}, true), set_config('app.person_id', ${personId}, true)`,
  );
}

export async function withTenant<T>(
  database: Database,
  ctx: TenantContext,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  assertUuid(ctx.municipalityId, 'municipalityId');
  if (ctx.personId !== null) assertUuid(ctx.personId, 'personId');
  const db: Db = database.db;
  return db.transaction(async (tx) => {
    await enter(tx, API_ROLE, ctx.municipalityId, ctx.personId ?? '');
    return fn(tx);
  });
}

/**
 * The API's role with no tenant: tenant tables read as empty. Only for the narrow paths that run
 * before a tenant is known (the municipality registry, the SECURITY DEFINER functions).
 */
export async function withoutTenant<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db: Db = database.db;
  return db.transaction(async (tx) => {
    // Explicitly empty, in case anything ever set a session-wide value on this connection.
    await enter(tx, API_ROLE, '', '');
    return fn(tx);
  });
}

/**
 * The platform operator's path: one transaction as stafett_operator with no tenant set. It reads
 * the municipality directory and the operator's own tables (platform_operator, operator_session)
 * and may insert a municipality; every tenant table is closed to it (no privilege at all).
 */
export async function withOperator<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db: Db = database.db;
  return db.transaction(async (tx) => {
    await enter(tx, OPERATOR_ROLE, '', '');
    return fn(tx);
  });
}

/**
 * Onboarding: as stafett_operator, with the NEW municipality set as the tenant so the tenant
 * policies' WITH CHECK accepts its first admin (person, municipality_admin, audit_event). The
 * role may only INSERT there, never read: no RETURNING on those tables.
 */
export async function withOperatorInTenant<T>(
  database: Database,
  municipalityId: string,
  fn: (tx: Tx) => Promise<T>,
): Promise<T> {
  assertUuid(municipalityId, 'municipalityId');
  const db: Db = database.db;
  return db.transaction(async (tx) => {
    await enter(tx, OPERATOR_ROLE, municipalityId, '');
    return fn(tx);
  });
}

/**
 * As stafett_ops (BYPASSRLS): seeds and maintenance. Deliberately not exported from the package:
 * the API never gets a path around row-level security.
 */
export async function withOps<T>(database: Database, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const db: Db = database.db;
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role ${sql.identifier(OPS_ROLE)}`);
    return fn(tx);
  });
}
