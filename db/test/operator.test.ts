import { randomBytes, randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { findMunicipalityBySlug } from '../src/narrow';
import {
  auditEvent,
  municipality,
  municipalityAdmin,
  operatorSession,
  person,
  platformOperator,
} from '../src/schema';
import { withOperator, withOperatorInTenant, withTenant } from '../src/tenant';
import { rows } from './catalogue';
import { PERMISSION_DENIED, rejection } from './errors';
import { createTestDatabase } from './fresh-database';
import { privilegesOf } from './privileges';

const { database, cleanup } = await createTestDatabase({ seed: true });
afterAll(cleanup);

/**
 * Everything stafett_operator may do, on every table there is. Any other table, present or
 * future, must give it nothing: the test below walks the catalogue, not this list.
 */
const OPERATOR_PRIVILEGES: Record<string, string[]> = {
  municipality: ['INSERT', 'SELECT'],
  platform_operator: ['SELECT'],
  operator_session: ['DELETE', 'INSERT', 'SELECT', 'UPDATE'],
  person: ['INSERT'],
  municipality_admin: ['INSERT'],
  audit_event: ['INSERT'],
};

describe('withOperator', () => {
  it('runs as stafett_operator with no municipality and no person set', async () => {
    const [seen] = await withOperator(database, (tx) =>
      rows<{ role: string; m: string; p: string }>(
        tx,
        sql`select current_user as role, current_setting('app.municipality_id') as m,
                   current_setting('app.person_id') as p`,
      ),
    );
    expect(seen).toEqual({ role: 'stafett_operator', m: '', p: '' });
  });

  it('leaves nothing behind on the connection', async () => {
    await withOperator(database, async () => {});
    const [after] = await rows<{ role: string }>(database.db, sql`select current_user as role`);
    expect(after?.role).not.toBe('stafett_operator');
  });

  it('reads the platform operators and manages its own sessions', async () => {
    const [vera] = await withOperator(database, (tx) =>
      tx.select({ id: platformOperator.id, name: platformOperator.name }).from(platformOperator),
    );
    expect(vera?.name).toBe('Vera Drift');
    const operatorId = vera?.id ?? '';
    const id = randomBytes(15).toString('hex');
    await withOperator(database, (tx) =>
      tx.insert(operatorSession).values({
        id,
        operatorId,
        secretHash: new Uint8Array([1, 2, 3]),
        idpSid: 'sid-1',
      }),
    );
    const [found] = await withOperator(database, (tx) =>
      tx.select().from(operatorSession).where(eq(operatorSession.id, id)),
    );
    expect(found).toMatchObject({ operatorId, idpSid: 'sid-1', idToken: null });
    expect(Array.from(found?.secretHash ?? [])).toEqual([1, 2, 3]);
    expect(found?.lastSeenAt).toBeInstanceOf(Date);
    await withOperator(database, (tx) =>
      tx.update(operatorSession).set({ lastSeenAt: new Date() }).where(eq(operatorSession.id, id)),
    );
    const ended = await withOperator(database, (tx) =>
      tx
        .delete(operatorSession)
        .where(eq(operatorSession.idpSid, 'sid-1'))
        .returning({ id: operatorSession.id }),
    );
    expect(ended).toEqual([{ id }]);
  });

  it('cannot create, change or remove a platform operator', async () => {
    // One at a time: a promise created early could reject before anyone awaits it.
    const attempts = [
      () =>
        withOperator(database, (tx) =>
          tx.insert(platformOperator).values({ nationalId: '01010150000', name: 'Snik' }),
        ),
      () => withOperator(database, (tx) => tx.update(platformOperator).set({ name: 'Endret' })),
      () => withOperator(database, (tx) => tx.delete(platformOperator)),
    ];
    for (const attempt of attempts) expect(await rejection(attempt())).toMatch(PERMISSION_DENIED);
  });
});

describe('withOperatorInTenant', () => {
  it('runs as stafett_operator with the given municipality set', async () => {
    const id = randomUUID();
    const [seen] = await withOperatorInTenant(database, id, (tx) =>
      rows<{ role: string; m: string; p: string }>(
        tx,
        sql`select current_user as role, current_setting('app.municipality_id') as m,
                   current_setting('app.person_id') as p`,
      ),
    );
    expect(seen).toEqual({ role: 'stafett_operator', m: id, p: '' });
  });

  it('refuses an id that is not a UUID before touching the database', async () => {
    const bad = withOperatorInTenant(database, "x' or true --", () => Promise.resolve(1));
    await expect(bad).rejects.toThrow(TypeError);
  });

  it('onboards a municipality with its first admin, which only the new tenant can read', async () => {
    const municipalityId = randomUUID();
    const personId = randomUUID();
    await withOperatorInTenant(database, municipalityId, async (tx) => {
      await tx
        .insert(municipality)
        .values({ id: municipalityId, slug: 'nyby', name: 'Nyby kommune' });
      await tx.insert(person).values({
        municipalityId,
        id: personId,
        nationalId: '01010150000',
        name: 'Ny Admin',
      });
      await tx.insert(municipalityAdmin).values({ municipalityId, personId });
      await tx.insert(auditEvent).values({
        municipalityId,
        action: 'municipality.onboarded',
        entity: 'municipality',
        entityId: municipalityId,
      });
    });
    expect(await findMunicipalityBySlug(database, 'nyby')).toMatchObject({ id: municipalityId });
    const admins = await withTenant(database, { municipalityId, personId: null }, (tx) =>
      tx
        .select({ name: person.name })
        .from(municipalityAdmin)
        .innerJoin(
          person,
          and(
            eq(person.municipalityId, municipalityAdmin.municipalityId),
            eq(person.id, municipalityAdmin.personId),
          ),
        ),
    );
    expect(admins).toEqual([{ name: 'Ny Admin' }]);
  });

  it('cannot read back what it inserted (no RETURNING on tenant tables)', async () => {
    const municipalityId = randomUUID();
    const attempt = withOperatorInTenant(database, municipalityId, async (tx) => {
      await tx.insert(municipality).values({ id: municipalityId, slug: 'lesby', name: 'Lesby' });
      return tx
        .insert(person)
        .values({ municipalityId, nationalId: '01010150000', name: 'Ny Admin' })
        .returning({ id: person.id });
    });
    expect(await rejection(attempt)).toMatch(PERMISSION_DENIED);
  });
});

describe('the catalogue', () => {
  it('gives stafett_operator exactly its privileges on every table in every schema', async () => {
    const all = await rows<{ name: string }>(
      database.db,
      sql`select n.nspname || '.' || c.relname as name
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where c.relkind in ('r', 'p', 'v', 'm', 'f')
            and n.nspname not in ('pg_catalog', 'information_schema')
            and n.nspname !~ '^pg_'
          order by 1`,
    );
    const held: Record<string, string[]> = {};
    for (const { name } of all) {
      const privileges = await privilegesOf(database.db, 'stafett_operator', name);
      if (privileges.length > 0) held[name.replace(/^public\./, '')] = privileges;
    }
    expect(held).toEqual(OPERATOR_PRIVILEGES);
  });

  it('stafett_operator cannot log in, is no superuser and has no BYPASSRLS', async () => {
    const [role] = await rows<Record<string, boolean>>(
      database.db,
      sql`select rolcanlogin, rolsuper, rolbypassrls, rolcreaterole, rolcreatedb
          from pg_roles where rolname = 'stafett_operator'`,
    );
    expect(role).toEqual({
      rolcanlogin: false,
      rolsuper: false,
      rolbypassrls: false,
      rolcreaterole: false,
      rolcreatedb: false,
    });
  });
});
