import { count, eq } from 'drizzle-orm';
import { expect } from 'vitest';
import { schema } from '@stafett/db';
import { municipalitySettingsViewSchema, problemSchema } from '@stafett/domain';
import { PUBLIC_ORIGIN, type Person, type World } from './harness';

/** The municipality's row as stored, read as the database owner (RLS does not apply in tests). */
export async function storedMunicipality(world: World, slug: string) {
  const [row] = await world.database.db
    .select({
      id: schema.municipality.id,
      writtenStandard: schema.municipality.writtenStandard,
      branding: schema.municipality.branding,
      settings: schema.municipality.settings,
      logo: schema.municipality.logo,
      logoMime: schema.municipality.logoMime,
      version: schema.municipality.version,
    })
    .from(schema.municipality)
    .where(eq(schema.municipality.slug, slug));
  if (!row) throw new Error(`no municipality ${slug}`);
  return { ...row, logo: row.logo ? Buffer.from(row.logo).toString('base64') : null };
}

export async function auditCount(world: World): Promise<number> {
  const [row] = await world.database.db.select({ n: count() }).from(schema.auditEvent);
  return row?.n ?? 0;
}

/** Runs a request that must be refused, and proves it wrote nothing in either municipality. */
export async function writesNothing(world: World, request: () => Promise<void>) {
  const before = {
    oslo: await storedMunicipality(world, 'oslo'),
    haugesund: await storedMunicipality(world, 'haugesund'),
    audit: await auditCount(world),
  };
  await request();
  expect({
    oslo: await storedMunicipality(world, 'oslo'),
    haugesund: await storedMunicipality(world, 'haugesund'),
    audit: await auditCount(world),
  }).toEqual(before);
}

/** A problem+json answer with the status, never a stack trace. */
export async function problem(res: Response, status: number) {
  const text = await res.text();
  expect(res.status, text).toBe(status);
  expect(res.headers.get('content-type')).toContain('application/problem+json');
  const body = problemSchema.parse(JSON.parse(text));
  expect(body.status).toBe(status);
  expect(text).not.toMatch(/at .*\.ts:\d+/);
  return body;
}

export async function readSettings(person: Person) {
  const res = await person.call('/api/v1/municipality/settings');
  expect(res.status).toBe(200);
  return municipalitySettingsViewSchema.parse(await res.json());
}

export function putSettings(person: Person, body: unknown) {
  return person.call('/api/v1/municipality/settings', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function putLogo(
  person: Person,
  bytes: Uint8Array<ArrayBuffer> | string,
  contentType: string,
) {
  return person.call('/api/v1/municipality/logo', {
    method: 'PUT',
    headers: { 'content-type': contentType },
    body: typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes,
  });
}

/** As the web app sends it: with its origin (no body, so CSRF protection looks at the origin). */
export function deleteLogo(person: Person) {
  return person.call('/api/v1/municipality/logo', {
    method: 'DELETE',
    headers: { origin: PUBLIC_ORIGIN },
  });
}

/** A structurally valid PNG of the given size (signature, IHDR, IEND). */
export function pngBytes(width: number, height: number, padding = 0): Uint8Array<ArrayBuffer> {
  const b = new Uint8Array(8 + 25 + padding + 12);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const view = new DataView(b.buffer);
  view.setUint32(8, 13);
  b.set([0x49, 0x48, 0x44, 0x52], 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  b.set([8, 6, 0, 0, 0], 24);
  b.set([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], b.length - 12);
  return b;
}
