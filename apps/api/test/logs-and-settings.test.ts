import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { demoPeople } from '@stafett/db';
import { loadConfig } from '../src/env';
import { createWorld, nationalIdOf, Person, type World } from './harness';

const lines: string[] = [];
let world: World;
beforeAll(async () => {
  world = await createWorld({ log: (line) => lines.push(line) });
});
afterAll(async () => {
  await world?.close();
});

describe('application logs', () => {
  it('are structured and never contain a national id, through a whole sign-in and failures', async () => {
    const person = new Person(world);
    await person.signIn('oslo', nationalIdOf('Ingrid Berg'));
    await person.call('/api/v1/me');
    await new Person(world).signIn('oslo', '12345678901'); // refused sign-in is logged
    await new Person(world).signIn('oslo', nationalIdOf('Tor Haugland')); // no role

    expect(lines.length).toBeGreaterThan(5);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const all = lines.join('\n');
    expect(all).toContain('"path":"/api/v1/me"');
    for (const p of demoPeople) expect(all).not.toContain(p.nationalId);
    expect(all).not.toContain('12345678901');
    expect(all).not.toMatch(/(?<!\d)\d{11}(?!\d)/);
  });
});

describe('settings', () => {
  it('start with sensible development defaults', () => {
    const config = loadConfig({});
    expect(config.API_PORT).toBe(3001);
    expect(config.allowSyntheticIds).toBe(true);
    expect(config.secureCookies).toBe(false);
  });

  it('say clearly what is wrong or missing', () => {
    expect(() => loadConfig({ API_PORT: 'many' })).toThrow(/API_PORT/);
    expect(() => loadConfig({ PUBLIC_ORIGIN: 'not a url' })).toThrow(/PUBLIC_ORIGIN/);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(
      /DATABASE_URL, COOKIE_SECRET, OIDC_PRIVATE_JWK/,
    );
  });

  it('refuse synthetic test ids and use secure cookies in production', () => {
    const config = loadConfig({
      NODE_ENV: 'production',
      DATABASE_URL: 'postgres://api@db/stafett',
      COOKIE_SECRET: 'x'.repeat(40),
      OIDC_PRIVATE_JWK: '{}',
      PUBLIC_ORIGIN: 'https://stafett.example.no',
    });
    expect(config.allowSyntheticIds).toBe(false);
    expect(config.secureCookies).toBe(true);
  });
});
