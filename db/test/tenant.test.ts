import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { migrate, MIGRATIONS_FOLDER } from '../src/migrate';
import {
  endSessionsByIdpSid,
  findMunicipalityBySlug,
  listMunicipalities,
  lookupSession,
} from '../src/narrow';
import { ROLE_BOOTSTRAP_STATEMENTS } from '../src/roles';
import { auditEvent, municipality, person, session } from '../src/schema';
import { withoutTenant, withTenant } from '../src/tenant';
import { rows } from './catalogue';
import { PERMISSION_DENIED, rejection } from './errors';
import { createTestDatabase } from './fresh-database';

const { database, cleanup } = await createTestDatabase({ seed: true });
afterAll(cleanup);

const oslo = await findMunicipalityBySlug(database, 'oslo');
const haugesund = await findMunicipalityBySlug(database, 'haugesund');
if (!oslo || !haugesund) throw new Error('seedDemo did not create oslo and haugesund');

async function personId(municipalityId: string, name: string): Promise<string> {
  const [row] = await withTenant(database, { municipalityId, personId: null }, (tx) =>
    tx
      .select({ id: person.id })
      .from(person)
      .where(and(eq(person.municipalityId, municipalityId), eq(person.name, name))),
  );
  if (!row) throw new Error(`no ${name}`);
  return row.id;
}

const ola = await personId(oslo.id, 'Ola Johansen');
const tor = await personId(haugesund.id, 'Tor Haugland');

async function openSession(municipalityId: string, pid: string, id: string, idpSid: string | null) {
  await withTenant(database, { municipalityId, personId: pid }, (tx) =>
    tx.insert(session).values({
      municipalityId,
      id,
      personId: pid,
      secretHash: new Uint8Array([1, 2, 3, 4]),
      idpSid,
    }),
  );
}

describe('withTenant', () => {
  it('runs as stafett_api with the municipality and person set for this transaction', async () => {
    const [seen] = await withTenant(database, { municipalityId: oslo.id, personId: ola }, (tx) =>
      rows<{ role: string; m: string; p: string }>(
        tx,
        sql`select current_user as role, current_setting('app.municipality_id') as m,
                   current_setting('app.person_id') as p`,
      ),
    );
    expect(seen).toEqual({ role: 'stafett_api', m: oslo.id, p: ola });
  });

  it('leaves nothing behind on the connection', async () => {
    await withTenant(database, { municipalityId: oslo.id, personId: ola }, async () => {});
    const [after] = await rows<{ role: string; m: string | null }>(
      database.db,
      sql`select current_user as role, current_setting('app.municipality_id', true) as m`,
    );
    expect(after?.role).not.toBe('stafett_api');
    expect(after?.m ?? '').toBe('');
  });

  it('rolls back everything when the work fails', async () => {
    const attempt = withTenant(
      database,
      { municipalityId: oslo.id, personId: null },
      async (tx) => {
        await tx.insert(person).values({
          municipalityId: oslo.id,
          nationalId: '01018000000',
          name: 'Skal ikke finnes',
        });
        throw new Error('stop');
      },
    );
    await expect(attempt).rejects.toThrow('stop');
    const found = await withTenant(database, { municipalityId: oslo.id, personId: null }, (tx) =>
      tx.select().from(person).where(eq(person.name, 'Skal ikke finnes')),
    );
    expect(found).toEqual([]);
  });

  it('refuses an id that is not a UUID before touching the database', async () => {
    const bad = withTenant(database, { municipalityId: "x' or true --", personId: null }, () =>
      Promise.resolve(1),
    );
    await expect(bad).rejects.toThrow(TypeError);
  });

  it('lets the API role read the municipality registry but not change it', async () => {
    const ctx = { municipalityId: oslo.id, personId: null };
    const names = await withTenant(database, ctx, (tx) =>
      tx.select({ name: municipality.name }).from(municipality).orderBy(municipality.name),
    );
    expect(names.map((n) => n.name)).toEqual(['Haugesund kommune', 'Oslo kommune']);
    const change = withTenant(database, ctx, (tx) =>
      tx.update(municipality).set({ name: 'Endret' }).where(eq(municipality.id, haugesund.id)),
    );
    expect(await rejection(change)).toMatch(PERMISSION_DENIED);
  });

  it('lets the API role append to the audit trail but not rewrite it', async () => {
    const ctx = { municipalityId: oslo.id, personId: ola };
    await withTenant(database, ctx, (tx) =>
      tx.insert(auditEvent).values({
        municipalityId: oslo.id,
        actorPersonId: ola,
        action: 'test.done',
        entity: 'test',
      }),
    );
    const rewrite = withTenant(database, ctx, (tx) =>
      tx
        .update(auditEvent)
        .set({ action: 'changed' })
        .where(eq(auditEvent.municipalityId, oslo.id)),
    );
    expect(await rejection(rewrite)).toMatch(PERMISSION_DENIED);
    const erase = withTenant(database, ctx, (tx) =>
      tx.delete(auditEvent).where(eq(auditEvent.municipalityId, oslo.id)),
    );
    expect(await rejection(erase)).toMatch(PERMISSION_DENIED);
  });
});

describe('withoutTenant', () => {
  it('runs as stafett_api with the municipality explicitly empty', async () => {
    const [seen] = await withoutTenant(database, (tx) =>
      rows<{ role: string; m: string }>(
        tx,
        sql`select current_user as role, current_setting('app.municipality_id') as m`,
      ),
    );
    expect(seen).toEqual({ role: 'stafett_api', m: '' });
  });
});

describe('the narrow paths', () => {
  it('finds a municipality by slug with its branding, logo and settings', async () => {
    expect(oslo).toMatchObject({
      slug: 'oslo',
      name: 'Oslo kommune',
      writtenStandard: 'nb',
      branding: { accentColor: '#1f42aa' },
      logoMime: 'image/svg+xml',
      settings: { consentAge: 16 },
    });
    expect(oslo.logo).toBeInstanceOf(Uint8Array);
    expect(await findMunicipalityBySlug(database, 'finnes-ikke')).toBeNull();
  });

  it('lists the municipalities by name', async () => {
    const list = await listMunicipalities(database);
    expect(list.map((m) => m.slug)).toEqual(['haugesund', 'oslo']);
  });

  it('looks up a session across municipalities by its id', async () => {
    await openSession(haugesund.id, tor, 'lookup-me', null);
    const found = await lookupSession(database, 'lookup-me');
    expect(found).toMatchObject({ municipalityId: haugesund.id, personId: tor });
    expect(Array.from(found?.secretHash ?? [])).toEqual([1, 2, 3, 4]);
    expect(found?.createdAt).toBeInstanceOf(Date);
    expect(found?.lastSeenAt).toBeInstanceOf(Date);
    expect(await lookupSession(database, 'no-such-session')).toBeNull();
  });

  it('ends every session of an ID-porten sid, in every municipality, and audits each', async () => {
    await openSession(oslo.id, ola, 'fc-oslo', 'idp-sid-1');
    await openSession(haugesund.id, tor, 'fc-haugesund', 'idp-sid-1');
    await openSession(oslo.id, ola, 'fc-other', 'idp-sid-2');

    expect(await endSessionsByIdpSid(database, 'idp-sid-1')).toBe(2);
    expect(await lookupSession(database, 'fc-oslo')).toBeNull();
    expect(await lookupSession(database, 'fc-haugesund')).toBeNull();
    expect(await lookupSession(database, 'fc-other')).not.toBeNull();

    const audited = await withTenant(
      database,
      { municipalityId: haugesund.id, personId: null },
      (tx) => tx.select().from(auditEvent).where(eq(auditEvent.action, 'session.ended')),
    );
    expect(audited).toHaveLength(1);
    expect(audited[0]).toMatchObject({
      actorPersonId: tor,
      entity: 'session',
      data: { sessionId: 'fc-haugesund', reason: 'frontchannel-logout' },
    });
  });

  it('ends nothing for an unknown or empty sid', async () => {
    expect(await endSessionsByIdpSid(database, 'unknown')).toBe(0);
    expect(await endSessionsByIdpSid(database, '')).toBe(0);
  });
});

describe('migrate', () => {
  it('is safe to run again', async () => {
    await migrate(database);
    await migrate(database);
    const [applied] = await rows<{ n: number }>(
      database.db,
      sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
    );
    const journal = JSON.parse(
      readFileSync(path.join(MIGRATIONS_FOLDER, 'meta/_journal.json'), 'utf8'),
    ) as { entries: unknown[] };
    expect(applied?.n).toBe(journal.entries.length);
  });

  it('carries every role bootstrap statement in a migration too', () => {
    const migrations = readdirSync(MIGRATIONS_FOLDER)
      .filter((f) => f.endsWith('.sql'))
      .map((f) => readFileSync(path.join(MIGRATIONS_FOLDER, f), 'utf8'));
    for (const statement of ROLE_BOOTSTRAP_STATEMENTS) {
      expect(
        migrations.some((m) => m.includes(statement)),
        statement.slice(0, 120),
      ).toBe(true);
    }
    // The first three are the original roles, in the first custom migration.
    const first = readFileSync(path.join(MIGRATIONS_FOLDER, '0001_roles_and_grants.sql'), 'utf8');
    for (const statement of ROLE_BOOTSTRAP_STATEMENTS.slice(0, 3)) {
      expect(first).toContain(statement);
    }
  });
});
