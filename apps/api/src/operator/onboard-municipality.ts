import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import {
  DEFAULT_MUNICIPALITY_SETTINGS,
  schema,
  withOperatorInTenant,
  type Database,
} from '@stafett/db';
import {
  DEFAULT_ATTENTION_CATEGORIES,
  validateNationalId,
  type Onboarding,
  type OperatorMunicipality,
} from '@stafett/domain';
import { AppError } from '../http/errors';

const UNIQUE_VIOLATION = '23505';

/**
 * Puts a municipality into service: its directory entry and its first municipality admin, in one
 * transaction. Runs as the operator's database role, which may insert these rows but read no
 * tenant data at all — the operator onboards municipalities and never sees inside them (T1).
 * Used by the operator's page (through the API) and by `npm run onboard`.
 */
export async function onboardMunicipality(
  database: Database,
  input: Onboarding,
  opts: { allowSyntheticIds: boolean; operatorId: string | null },
): Promise<OperatorMunicipality> {
  if (!validateNationalId(input.admin.nationalId, { allowSynthetic: opts.allowSyntheticIds }).ok) {
    throw new AppError('validation', 'Fødselsnummeret til kommuneadministratoren er ikke gyldig.', [
      {
        field: 'admin.nationalId',
        message: 'Testnumre (syntetiske fødselsnumre) kan ikke brukes her.',
      },
    ]);
  }
  const municipalityId = randomUUID();
  const personId = randomUUID();
  const createdAt = new Date();
  try {
    await withOperatorInTenant(database, municipalityId, async (tx) => {
      const taken = await tx
        .select({ id: schema.municipality.id })
        .from(schema.municipality)
        .where(eq(schema.municipality.slug, input.slug));
      if (taken.length > 0) throw slugTaken(input.slug);
      await tx.insert(schema.municipality).values({
        id: municipalityId,
        slug: input.slug,
        name: input.name,
        writtenStandard: input.writtenStandard,
        branding: { accentColor: input.accentColor },
        // A municipality starts with the categories the seeds name; its admin adjusts them.
        settings: {
          ...DEFAULT_MUNICIPALITY_SETTINGS,
          attentionCategories: [...DEFAULT_ATTENTION_CATEGORIES],
        },
        createdAt,
      });
      // No RETURNING: the operator's role may insert people but never read them back.
      await tx.insert(schema.person).values({
        municipalityId,
        id: personId,
        nationalId: input.admin.nationalId,
        name: input.admin.name,
        email: input.admin.email,
        phone: input.admin.phone,
      });
      await tx.insert(schema.municipalityAdmin).values({ municipalityId, personId });
      await tx.insert(schema.auditEvent).values({
        municipalityId,
        actorPersonId: null,
        action: 'municipality.onboarded',
        entity: 'municipality',
        entityId: municipalityId,
        data: {
          by: opts.operatorId ? { operatorId: opts.operatorId } : 'command line',
          slug: input.slug,
          name: input.name,
          firstAdmin: { personId, name: input.admin.name },
        },
      });
    });
  } catch (err) {
    // Two operators racing for the same address: the unique index decides, the loser is told.
    if (isUniqueViolation(err)) throw slugTaken(input.slug);
    throw err;
  }
  return {
    id: municipalityId,
    slug: input.slug,
    name: input.name,
    writtenStandard: input.writtenStandard,
    createdAt: createdAt.toISOString(),
  };
}

function slugTaken(slug: string) {
  return new AppError('validation', `Adressen «${slug}» er allerede i bruk.`, [
    { field: 'slug', message: `Adressen «${slug}» er allerede i bruk. Velg en annen.` },
  ]);
}

/** drizzle wraps the driver's error; the SQLSTATE is on it or on its cause. */
function isUniqueViolation(err: unknown): boolean {
  const e = err as { code?: string; cause?: { code?: string } };
  return e?.code === UNIQUE_VIOLATION || e?.cause?.code === UNIQUE_VIOLATION;
}
