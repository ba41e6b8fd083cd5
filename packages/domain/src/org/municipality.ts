import { z } from 'zod';

/** A municipality's URL name: lowercase letters, digits and hyphens, e.g. "oslo", "nordre-land". */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$/, {
    message: 'Kommunenavnet i adressen kan bare ha små bokstaver, tall og bindestrek.',
  })
  .meta({ id: 'MunicipalitySlug', example: 'oslo' });

export const writtenStandardSchema = z.enum(['nb', 'nn']).meta({ id: 'WrittenStandard' });
export type WrittenStandard = z.infer<typeof writtenStandardSchema>;

export const hexColorSchema = z.string().regex(/^#[0-9a-f]{6}$/i, {
  message: 'Fargen må være en heksadesimal farge som #1f42aa.',
});

export const municipalitySummarySchema = z
  .object({ slug: slugSchema, name: z.string() })
  .meta({ id: 'MunicipalitySummary' });
export type MunicipalitySummary = z.infer<typeof municipalitySummarySchema>;

export const municipalityListSchema = z
  .object({ items: z.array(municipalitySummarySchema) })
  .meta({ id: 'MunicipalityList' });

/** What a municipality's public sign-in page needs: no tenant data, only the public face. */
export const municipalityBrandingSchema = z
  .object({
    slug: slugSchema,
    name: z.string(),
    writtenStandard: writtenStandardSchema,
    branding: z.object({
      accentColor: hexColorSchema,
      /** Path of the logo on this API, or null when the municipality has none. */
      logoUrl: z.string().nullable(),
    }),
  })
  .meta({ id: 'MunicipalityBranding' });
export type MunicipalityBranding = z.infer<typeof municipalityBrandingSchema>;

export const municipalitySlugParamsSchema = z.strictObject({ slug: slugSchema });
