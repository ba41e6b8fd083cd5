import { eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { MunicipalityLogo } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import type { MunicipalityContext } from './as-admin';
import type { CheckedLogo } from './check-logo';
import { currentLogoFacts, findOwnMunicipality, logoUrlOf } from './find-municipality';

/** Stores a logo that checkLogo passed, replacing any earlier one, and bumps the version. */
export async function uploadLogo(
  ctx: MunicipalityContext,
  logo: CheckedLogo,
): Promise<MunicipalityLogo> {
  const current = await findOwnMunicipality(ctx);
  const before = await currentLogoFacts(ctx);
  const [row] = await ctx.tx
    .update(schema.municipality)
    .set({ logo: logo.bytes, logoMime: logo.mime, version: current.version + 1 })
    .where(eq(schema.municipality.id, ctx.municipalityId))
    .returning({
      slug: schema.municipality.slug,
      logoMime: schema.municipality.logoMime,
      version: schema.municipality.version,
    });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'municipality.logo_updated',
    entity: 'municipality',
    entityId: ctx.municipalityId,
    data: { before, after: logo.facts },
  });
  return { logoUrl: logoUrlOf(row ?? current), version: row?.version ?? current.version };
}
