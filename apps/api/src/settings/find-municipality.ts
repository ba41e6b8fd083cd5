import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { settingsWithDefaults, type MunicipalitySettingsView } from '@stafett/domain';
import { unauthenticated } from '../http/errors';
import type { MunicipalityContext } from './as-admin';

export const municipalityColumns = {
  slug: schema.municipality.slug,
  writtenStandard: schema.municipality.writtenStandard,
  branding: schema.municipality.branding,
  logoMime: schema.municipality.logoMime,
  settings: schema.municipality.settings,
  version: schema.municipality.version,
};

export type MunicipalityRow = {
  slug: string;
  writtenStandard: 'nb' | 'nn';
  branding: { accentColor: string };
  logoMime: string | null;
  settings: Parameters<typeof settingsWithDefaults>[0];
  version: number;
};

/**
 * The logo's address carries the municipality's version, so a browser that cached the old logo
 * fetches the new one as soon as it changes.
 */
export const logoUrlOf = (row: Pick<MunicipalityRow, 'slug' | 'logoMime' | 'version'>) =>
  row.logoMime ? `/api/v1/municipalities/${row.slug}/logo?v=${row.version}` : null;

/** The signed-in person's municipality row; a session always has one, so none means void. */
export async function findOwnMunicipality(
  ctx: Pick<MunicipalityContext, 'tx' | 'municipalityId'>,
): Promise<MunicipalityRow> {
  const [row] = await ctx.tx
    .select(municipalityColumns)
    .from(schema.municipality)
    .where(eq(schema.municipality.id, ctx.municipalityId));
  if (!row) throw unauthenticated();
  return row;
}

/** The row as its admin reads it, with defaults filled in for settings not chosen yet. */
export function toSettingsView(row: MunicipalityRow): MunicipalitySettingsView {
  return {
    writtenStandard: row.writtenStandard,
    ...settingsWithDefaults(row.settings),
    branding: { accentColor: row.branding.accentColor, logoUrl: logoUrlOf(row) },
    version: row.version,
  };
}

/** What the trail says about the logo that was there: its type, size and hash, never the file. */
export async function currentLogoFacts(ctx: MunicipalityContext) {
  const [row] = await ctx.tx
    .select({ logo: schema.municipality.logo, mime: schema.municipality.logoMime })
    .from(schema.municipality)
    .where(eq(schema.municipality.id, ctx.municipalityId));
  if (!row?.logo || !row.mime) return null;
  return {
    mime: row.mime,
    bytes: row.logo.length,
    sha256: createHash('sha256').update(row.logo).digest('hex'),
  };
}
