import { findMunicipalityBySlug, listMunicipalities, type Database } from '@stafett/db';
import type { MunicipalityBranding, MunicipalitySummary } from '@stafett/domain';
import { notFound } from '../http/errors';
import { logoUrlOf } from '../settings/find-municipality';

/** Public facts only: the directory and each municipality's sign-in page need nothing else. */
export async function listMunicipalityDirectory(
  database: Database,
): Promise<MunicipalitySummary[]> {
  const rows = await listMunicipalities(database);
  return rows.map((m) => ({ slug: m.slug, name: m.name }));
}

export async function getMunicipalityBranding(
  database: Database,
  slug: string,
): Promise<MunicipalityBranding> {
  const m = await findMunicipalityBySlug(database, slug);
  if (!m) throw notFound(`Vi finner ingen kommune med adressen «${slug}».`);
  return {
    slug: m.slug,
    name: m.name,
    writtenStandard: m.writtenStandard,
    branding: {
      accentColor: m.branding.accentColor,
      logoUrl: logoUrlOf(m),
    },
  };
}

export async function getMunicipalityLogo(database: Database, slug: string) {
  const m = await findMunicipalityBySlug(database, slug);
  if (!m || !m.logo || !m.logoMime) throw notFound('Kommunen har ingen logo.');
  return { bytes: m.logo, mime: m.logoMime };
}
