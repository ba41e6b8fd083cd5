import { eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { MunicipalityLogo } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import type { MunicipalityContext } from './as-admin';
import { currentLogoFacts, findOwnMunicipality } from './find-municipality';

/** Removes the logo; without one there is nothing to do, so nothing is written. */
export async function removeLogo(ctx: MunicipalityContext): Promise<MunicipalityLogo> {
  const current = await findOwnMunicipality(ctx);
  const before = await currentLogoFacts(ctx);
  if (!before) return { logoUrl: null, version: current.version };
  const [row] = await ctx.tx
    .update(schema.municipality)
    .set({ logo: null, logoMime: null, version: current.version + 1 })
    .where(eq(schema.municipality.id, ctx.municipalityId))
    .returning({ version: schema.municipality.version });
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'municipality.logo_removed',
    entity: 'municipality',
    entityId: ctx.municipalityId,
    data: { before, after: null },
  });
  return { logoUrl: null, version: row?.version ?? current.version + 1 };
}
