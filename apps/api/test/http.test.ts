import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schema } from '@stafett/db';
import { contactSchema, meSchema, problemSchema } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';

let world: World;
let ingrid: Person;
let haugesund: Person;
let anne: Person;
let osloUnitId: string;

beforeAll(async () => {
  world = await createWorld();
  ingrid = new Person(world);
  await ingrid.signIn('oslo', nationalIdOf('Ingrid Berg'));
  haugesund = new Person(world);
  await haugesund.signIn('haugesund', nationalIdOf('Tor Haugland'));
  anne = new Person(world);
  await anne.signIn('oslo', nationalIdOf('Anne Solberg'));
  const me = meSchema.parse(await (await ingrid.call('/api/v1/me')).json());
  osloUnitId = me.units[0]?.id ?? '';
});
afterAll(async () => {
  await world?.close();
});

async function problem(res: Response, status: number) {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = problemSchema.parse(await res.json());
  expect(body.status).toBe(status);
  expect(JSON.stringify(body)).not.toMatch(/at .*\.ts:\d+/); // never a stack trace
  return body;
}

const jsonPut = (body: string) => ({
  method: 'PUT',
  headers: { 'content-type': 'application/json' },
  body,
});

describe('operations', () => {
  it('reports health with the database checked', async () => {
    const res = await world.app.request('/api/health');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' });
  });

  it('serves an OpenAPI 3.1 document generated from the schemas, and a reference page', async () => {
    const doc = (await (await world.app.request('/api/openapi.json')).json()) as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: Record<string, unknown> };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/me',
        '/api/v1/units/{unitId}',
        '/api/v1/me/contact',
        '/api/health',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['Problem', 'Me', 'Unit']),
    );
    const page = await world.app.request('/api/reference');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('swagger-ui-bundle.js');
    expect((await world.app.request('/api/reference/swagger-ui-bundle.js')).status).toBe(200);
  });

  it('sets security headers', async () => {
    const res = await world.app.request('/api/v1/municipalities');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers unknown paths with a problem', async () => {
    await problem(await world.app.request('/api/v1/nothing-here'), 404);
  });
});

describe('municipality directory and branding (public)', () => {
  it('lists the municipalities', async () => {
    const body = (await (await world.app.request('/api/v1/municipalities')).json()) as {
      items: { slug: string; name: string }[];
    };
    expect(body.items.map((m) => m.slug)).toEqual(expect.arrayContaining(['oslo', 'haugesund']));
    expect(Object.keys(body.items[0] ?? {}).sort()).toEqual(['name', 'slug']);
  });

  it("gives a municipality's branding and a logo that cannot run scripts", async () => {
    const res = await world.app.request('/api/v1/municipalities/oslo');
    const body = (await res.json()) as {
      name: string;
      branding: { logoUrl: string; accentColor: string };
    };
    expect(body.name).toBe('Oslo kommune');
    expect(body.branding.accentColor).toMatch(/^#[0-9a-f]{6}$/i);
    const logo = await world.app.request(body.branding.logoUrl);
    expect(logo.headers.get('content-type')).toBe('image/svg+xml');
    expect(logo.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('404 for an unknown municipality, 422 for a malformed slug', async () => {
    const unknown = await problem(await world.app.request('/api/v1/municipalities/atlantis'), 404);
    expect(unknown.detail).toContain('atlantis');
    const bad = await problem(await world.app.request('/api/v1/municipalities/Not_A_Slug'), 422);
    expect(bad.errors?.[0]?.field).toBe('slug');
  });

  it('refuses to start a sign-in for a missing or unknown municipality', async () => {
    const missing = await problem(await world.app.request('/api/v1/auth/login'), 422);
    expect(missing.errors?.map((e) => e.field)).toContain('municipality');
    await problem(await world.app.request('/api/v1/auth/login?municipality=atlantis'), 404);
    const extra = await problem(
      await world.app.request('/api/v1/auth/login?municipality=oslo&admin=true'),
      422,
    );
    expect(extra.errors?.[0]?.message).toContain('admin');
  });

  it('does not let returnTo leave the service', async () => {
    await problem(
      await world.app.request('/api/v1/auth/login?municipality=oslo&returnTo=//evil.test/x'),
      422,
    );
  });
});

describe('sessions', () => {
  it('401 without a session', async () => {
    await problem(await world.app.request('/api/v1/me'), 401);
  });

  it('401 and a cleared cookie for a tampered session cookie', async () => {
    const token = ingrid.app.get('stafett_session') ?? '';
    const [id] = token.split('.');
    const res = await world.app.request('/api/v1/me', {
      headers: { cookie: `stafett_session=${id}.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa` },
    });
    await problem(res, 401);
    expect(res.headers.getSetCookie().join()).toMatch(/stafett_session=;.*Max-Age=0/);
    // The real session still works: a wrong guess does not end someone else's session.
    expect((await ingrid.call('/api/v1/me')).status).toBe(200);
  });

  it('ends a session after 30 idle minutes and after 120 minutes in all', async () => {
    for (const column of ['last_seen_at', 'created_at'] as const) {
      const person = new Person(world);
      await person.signIn('oslo', nationalIdOf('Ola Johansen'));
      const id = (person.app.get('stafett_session') ?? '').split('.')[0] ?? '';
      const minutes = column === 'last_seen_at' ? 31 : 121;
      // As the owner (superuser): time travel for one row.
      await world.database.db.execute(
        sql`update session set ${sql.identifier(column)} = now() - make_interval(mins => ${minutes}) where id = ${id}`,
      );
      const res = await person.call('/api/v1/me');
      await problem(res, 401);
      const left = await world.database.db
        .select({ id: schema.session.id })
        .from(schema.session)
        .where(eq(schema.session.id, id));
      expect(left).toEqual([]);
    }
  });

  it('refuses a sign-in whose national id is invalid', async () => {
    const person = new Person(world);
    expect(await person.signIn('oslo', '12345678901')).toBe('/oslo?feil=innlogging');
    expect(person.app.get('stafett_session')).toBeUndefined();
  });

  it('refuses a cross-site form post that would change state', async () => {
    const res = await ingrid.call('/api/v1/auth/logout', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'http://evil.test' },
      body: '',
    });
    await problem(res, 403);
    expect((await ingrid.call('/api/v1/me')).status).toBe(200);
  });
});

describe('tenant isolation through the API', () => {
  it("gives 404 for another municipality's unit, as for a made-up one", async () => {
    expect((await ingrid.call(`/api/v1/units/${osloUnitId}`)).status).toBe(200);
    const crossed = await problem(await haugesund.call(`/api/v1/units/${osloUnitId}`), 404);
    const madeUp = await problem(
      await haugesund.call('/api/v1/units/00000000-0000-4000-8000-000000000000'),
      404,
    );
    expect(crossed.detail).toBe(madeUp.detail);
  });

  it('422 for a malformed unit id, 403 for a guardian', async () => {
    await problem(await ingrid.call('/api/v1/units/not-a-uuid'), 422);
    await problem(await anne.call(`/api/v1/units/${osloUnitId}`), 403);
  });
});

describe('own contact details: bad input writes nothing', () => {
  it('saves a valid change, audits it, and refuses a stale version with 409', async () => {
    const before = contactSchema.parse(await (await ingrid.call('/api/v1/me/contact')).json());
    const saved = await ingrid.call(
      '/api/v1/me/contact',
      jsonPut(
        JSON.stringify({
          email: 'ingrid.berg@oslo.example.no',
          phone: '+47 412 34 567',
          version: before.version,
        }),
      ),
    );
    expect(saved.status).toBe(200);
    const after = contactSchema.parse(await saved.json());
    expect(after.version).toBe(before.version + 1);

    const stale = await problem(
      await ingrid.call(
        '/api/v1/me/contact',
        jsonPut(JSON.stringify({ email: null, phone: null, version: before.version })),
      ),
      409,
    );
    expect(stale.detail).toMatch(/endret et annet sted/);

    const audit = await world.database.db
      .select({ action: schema.auditEvent.action, data: schema.auditEvent.data })
      .from(schema.auditEvent)
      .where(eq(schema.auditEvent.action, 'person.contact_updated'));
    expect(audit).toHaveLength(1);
  });

  it.each([
    ['malformed JSON', '{"email": ', 400, null],
    ['a wrong type', '{"email": 5, "phone": null, "version": 2}', 422, 'email'],
    ['an invalid e-mail', '{"email": "ingrid@", "phone": null, "version": 2}', 422, 'email'],
    ['an invalid phone', '{"email": null, "phone": "ring meg", "version": 2}', 422, 'phone'],
    [
      'an unknown field',
      '{"email": null, "phone": null, "version": 2, "nationalId": "x"}',
      422,
      null,
    ],
  ])('%s → %i naming the field, nothing written', async (_label, body, status, field) => {
    const before = await ingrid.call('/api/v1/me/contact').then((r) => r.json());
    const res = await problem(await ingrid.call('/api/v1/me/contact', jsonPut(body)), status);
    if (field) expect(res.errors?.map((e) => e.field)).toContain(field);
    const after = await ingrid.call('/api/v1/me/contact').then((r) => r.json());
    expect(after).toEqual(before);
  });
});
