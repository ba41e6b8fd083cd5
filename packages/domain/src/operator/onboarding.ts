import { z } from 'zod';
import { nationalIdSchema } from '../national-id';
import { slugSchema, writtenStandardSchema } from '../org/municipality';
import { accentColorSchema } from '../settings/settings';
import { emailSchema, phoneSchema } from '../org/contact';

/**
 * What the platform operator types to put a municipality into service: its public face and the
 * first municipality admin, who then configures everything else (DOMAIN.md T1–T2). Synthetic test
 * ids pass the schema; the API refuses them in production, where it knows which one it is.
 */
/** First path segments the web app uses itself; a municipality cannot take them. */
export const RESERVED_SLUGS = ['api', 'plattform', 'sprak'] as const;

export const onboardingSchema = z
  .strictObject({
    slug: slugSchema.refine((s) => !(RESERVED_SLUGS as readonly string[]).includes(s), {
      message: 'Denne adressen brukes av tjenesten selv. Velg en annen.',
    }),
    name: z
      .string()
      .trim()
      .min(2, { message: 'Skriv kommunens navn, for eksempel «Bodø kommune».' })
      .max(100, { message: 'Navnet kan ha høyst 100 tegn.' }),
    writtenStandard: writtenStandardSchema,
    // The same WCAG rule the municipality admin meets later when changing it.
    accentColor: accentColorSchema,
    admin: z.strictObject({
      nationalId: nationalIdSchema({ allowSynthetic: true }),
      name: z
        .string()
        .trim()
        .min(2, { message: 'Skriv hele navnet til kommuneadministratoren.' })
        .max(200, { message: 'Navnet kan ha høyst 200 tegn.' }),
      email: emailSchema.nullable(),
      phone: phoneSchema.nullable(),
    }),
  })
  .meta({ id: 'Onboarding' });
export type Onboarding = z.infer<typeof onboardingSchema>;

export const operatorMunicipalitySchema = z
  .object({
    id: z.uuid(),
    slug: slugSchema,
    name: z.string(),
    writtenStandard: writtenStandardSchema,
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'OperatorMunicipality' });
export type OperatorMunicipality = z.infer<typeof operatorMunicipalitySchema>;

export const operatorMunicipalityListSchema = z
  .object({ items: z.array(operatorMunicipalitySchema) })
  .meta({ id: 'OperatorMunicipalityList' });

export const operatorMeSchema = z
  .object({ operator: z.object({ id: z.uuid(), name: z.string() }) })
  .meta({ id: 'OperatorMe' });
export type OperatorMe = z.infer<typeof operatorMeSchema>;
