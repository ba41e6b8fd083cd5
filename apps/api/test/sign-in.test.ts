import { eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { meSchema, sessionInfoSchema } from '@stafett/domain';
import { createWorld, nationalIdOf, Person, type World } from './harness';

/** State-changing calls are JSON (or same-origin): a cross-site form cannot make them. */
const JSON_POST = { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' };

let world: World;
beforeAll(async () => {
  world = await createWorld();
});
afterAll(async () => {
  await world?.close();
});

describe('signing in with the OpenID provider', () => {
  it('opens a session for a unit leader and shows name, roles and unit', async () => {
    const ingrid = new Person(world);
    const landing = await ingrid.signIn('oslo', nationalIdOf('Ingrid Berg'));
    expect(landing).toBe('/oslo/hjem');
    const cookie = ingrid.app.get('stafett_session');
    expect(cookie).toMatch(/^[a-z2-7]+\.[a-z2-7]+$/);

    const res = await ingrid.call('/api/v1/me');
    expect(res.status).toBe(200);
    const me = meSchema.parse(await res.json());
    expect(me.person.name).toBe('Ingrid Berg');
    expect(me.municipality.slug).toBe('oslo');
    expect(me.roles).toContainEqual(
      expect.objectContaining({
        role: 'unit_leader',
        unit: expect.objectContaining({ name: 'Nordberg skole' }),
      }),
    );
    expect(me.units.map((u) => u.name)).toContain('Nordberg skole');
  });

  it('sends a person with no role in the municipality to the no-role page, without a session', async () => {
    const tor = new Person(world);
    const landing = await tor.signIn('oslo', nationalIdOf('Tor Haugland'));
    expect(landing).toBe('/oslo/ingen-tilgang');
    expect(tor.app.get('stafett_session')).toBeUndefined();
  });

  it('knows guardians and youths', async () => {
    const anne = new Person(world);
    await anne.signIn('oslo', nationalIdOf('Anne Solberg'));
    const me = meSchema.parse(await (await anne.call('/api/v1/me')).json());
    expect(me.roles).toContainEqual({
      role: 'guardian',
      child: expect.objectContaining({ name: 'Emma Solberg' }),
    });

    const sander = new Person(world);
    await sander.signIn('oslo', nationalIdOf('Sander Moen'));
    const youth = meSchema.parse(await (await sander.call('/api/v1/me')).json());
    expect(youth.roles).toContainEqual({ role: 'youth' });
  });

  it('answers session status without extending it, and extends on request', async () => {
    const ola = new Person(world);
    await ola.signIn('oslo', nationalIdOf('Ola Johansen'));
    const status = await ola.call('/api/v1/session');
    expect(status.status).toBe(200);
    const info = sessionInfoSchema.parse(await status.json());
    expect(info.municipality.slug).toBe('oslo');
    expect(new Date(info.idleExpiresAt).getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(info.warnBeforeSeconds).toBe(300);
    await new Promise((r) => setTimeout(r, 20));
    const extended = await ola.call('/api/v1/session/extend', JSON_POST);
    expect(extended.status).toBe(200);
    // Asking to stay signed in always restarts the idle clock, even moments after activity.
    const after = sessionInfoSchema.parse(await extended.json());
    expect(Date.parse(after.idleExpiresAt)).toBeGreaterThan(Date.parse(info.idleExpiresAt));
    // Reading the status does not.
    const reread = sessionInfoSchema.parse(await (await ola.call('/api/v1/session')).json());
    expect(reread.idleExpiresAt).toBe(after.idleExpiresAt);
  });

  it('signs out: the session ends and the provider logout URL comes back', async () => {
    const nina = new Person(world);
    await nina.signIn('oslo', nationalIdOf('Nina Lie'));
    const res = await nina.call('/api/v1/auth/logout', JSON_POST);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { endSessionUrl: string };
    const url = new URL(body.endSessionUrl);
    expect(url.origin).toBe(world.issuer);
    expect(url.searchParams.get('id_token_hint')).toBeTruthy();
    expect(url.searchParams.get('state')).toBe('oslo');
    expect(nina.app.get('stafett_session')).toBeUndefined();
    // The old cookie, replayed, no longer works.
    const again = new Person(world);
    again.app.set('stafett_session', 'x');
    expect((await again.call('/api/v1/me')).status).toBe(401);

    const back = await nina.call('/api/v1/auth/logged-out?state=oslo');
    expect(back.headers.get('location')).toBe('/oslo?utlogget=1');
  });

  it('ends sessions on front-channel logout from the provider, by sid', async () => {
    const hanne = new Person(world);
    await hanne.signIn('oslo', nationalIdOf('Hanne Strand'));
    expect((await hanne.call('/api/v1/me')).status).toBe(200);
    const sessionId = (hanne.app.get('stafett_session') ?? '').split('.')[0] ?? '';
    // Read as the database owner (a superuser here): the test looks behind the API on purpose.
    const [row] = await world.database.db
      .select({ sid: schema.session.idpSid })
      .from(schema.session)
      .where(eq(schema.session.id, sessionId));
    const sid = row?.sid;
    expect(sid).toBeTruthy();

    // Another issuer's logout is ignored.
    const other = new Person(world);
    await other.call(`/api/v1/auth/frontchannel-logout?iss=http%3A%2F%2Fevil.test&sid=${sid}`);
    expect((await hanne.call('/api/v1/me')).status).toBe(200);

    const res = await other.call(
      `/api/v1/auth/frontchannel-logout?iss=${encodeURIComponent(world.issuer)}&sid=${sid}`,
    );
    expect(res.status).toBe(200);
    expect((await hanne.call('/api/v1/me')).status).toBe(401);
  });
});
