import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { makeSyntheticNationalId, meSchema, problemSchema } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';

let world: World;
let vera: Person;

const JSON_POST = (body: unknown) => ({
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

const bodo = {
  slug: 'bodo',
  name: 'Bodø kommune',
  writtenStandard: 'nb',
  accentColor: '#1a5e8a',
  admin: {
    nationalId: makeSyntheticNationalId('1979-05-17', 301),
    name: 'Siri Bodø',
    email: 'siri@bodo.example.no',
    phone: null,
  },
};

beforeAll(async () => {
  world = await createWorld();
  vera = new Person(world);
  expect(await vera.signInFrom('/api/v1/operator/auth/login', nationalIdOf('Vera Drift'))).toBe(
    '/plattform',
  );
});
afterAll(async () => {
  await world?.close();
});

async function count(table: 'municipality' | 'person' | 'auditEvent') {
  return (await world.database.db.select().from(schema[table])).length;
}

describe('the platform operator', () => {
  it('signs in and sees the municipality directory', async () => {
    const me = (await (await vera.call('/api/v1/operator/me')).json()) as {
      operator: { name: string };
    };
    expect(me.operator.name).toBe('Vera Drift');
    const list = (await (await vera.call('/api/v1/operator/municipalities')).json()) as {
      items: { slug: string }[];
    };
    expect(list.items.map((m) => m.slug)).toEqual(expect.arrayContaining(['oslo', 'haugesund']));
  });

  it('onboards a municipality whose first admin can then sign in there', async () => {
    const res = await vera.call('/api/v1/operator/municipalities', JSON_POST(bodo));
    expect(res.status).toBe(201);
    const admin = new Person(world);
    expect(await admin.signIn('bodo', bodo.admin.nationalId)).toBe('/bodo/hjem');
    const me = meSchema.parse(await (await admin.call('/api/v1/me')).json());
    expect(me.roles).toEqual([{ role: 'municipality_admin' }]);
    expect(me.municipality).toEqual({ slug: 'bodo', name: 'Bodø kommune' });
    const [event] = await world.database.db
      .select()
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, 'municipality.onboarded'));
    expect(JSON.stringify(event?.data)).not.toContain(bodo.admin.nationalId);
  });

  it.each([
    ['a taken slug', { ...bodo, slug: 'oslo' }, 'slug'],
    ['a malformed slug', { ...bodo, slug: 'Bodø!' }, 'slug'],
    ['a reserved slug', { ...bodo, slug: 'plattform' }, 'slug'],
    [
      'an invalid national id',
      { ...bodo, slug: 'narvik', admin: { ...bodo.admin, nationalId: '12345678901' } },
      'admin.nationalId',
    ],
    [
      'an invalid e-mail',
      { ...bodo, slug: 'narvik', admin: { ...bodo.admin, email: 'siri@' } },
      'admin.email',
    ],
    ['a pale accent colour', { ...bodo, slug: 'narvik', accentColor: '#ffff66' }, 'accentColor'],
    ['an unknown field', { ...bodo, slug: 'narvik', plan: 'gold' }, null],
  ])('refuses %s with 422 and writes nothing', async (_label, body, field) => {
    const before = [await count('municipality'), await count('person'), await count('auditEvent')];
    const res = await vera.call('/api/v1/operator/municipalities', JSON_POST(body));
    expect(res.status).toBe(422);
    const problem = problemSchema.parse(await res.json());
    if (field) expect(problem.errors?.map((e) => e.field)).toContain(field);
    expect([await count('municipality'), await count('person'), await count('auditEvent')]).toEqual(
      before,
    );
  });

  it('is refused to everyone who is not the operator', async () => {
    const anonymous = await world.app.request('/api/v1/operator/municipalities');
    expect(anonymous.status).toBe(401);
    const kari = new Person(world);
    await kari.signIn('oslo', nationalIdOf('Kari Nordmann'));
    expect((await kari.call('/api/v1/operator/municipalities')).status).toBe(401);
    expect((await kari.call('/api/v1/operator/municipalities', JSON_POST(bodo))).status).toBe(401);
    const nobody = new Person(world);
    expect(
      await nobody.signInFrom('/api/v1/operator/auth/login', nationalIdOf('Ingrid Berg')),
    ).toBe('/plattform?feil=ingen-tilgang');
  });

  it("has no way into any municipality's people, staff, children or logs", async () => {
    // The operator's session opens no municipality: tenant endpoints see no session at all.
    expect((await vera.call('/api/v1/me')).status).toBe(401);
    expect((await vera.call('/api/v1/me/contact')).status).toBe(401);
  });
});
