import { z } from 'zod';
import { hexColorSchema, writtenStandardSchema } from '../org/municipality';
import { checkBrandingContrast } from './contrast';

/**
 * The attention categories a municipality starts with: the examples of the staff guide
 * (seeds 002: "motorikk, språk, oppmerksomhet, atferd, skolefravær") and the school environment
 * category for the Education Act's activity duty (seeds 001/002, formerly §9A). DOMAIN.md C1.
 */
export const DEFAULT_ATTENTION_CATEGORIES: readonly string[] = [
  'Språk',
  'Motorikk',
  'Oppmerksomhet',
  'Atferd',
  'Skolefravær',
  'Psykososialt skolemiljø (opplæringslova)',
];

export const DEFAULT_CONSENT_AGE = 16;

const int = (what: string, min: number, max: number, unit = '') =>
  z
    .number({ message: `${what} må være et heltall.` })
    .int({ message: `${what} må være et heltall.` })
    .min(min, { message: `${what} må være minst ${min}${unit}.` })
    .max(max, { message: `${what} kan være høyst ${max}${unit}.` });

export const ATTENTION_CATEGORY_MAX_LENGTH = 80;
export const ATTENTION_CATEGORIES_MAX = 40;

export const attentionCategoriesSchema = z
  .array(
    z
      .string({ message: 'Hver kategori må være tekst.' })
      .trim()
      .min(1, { message: 'En kategori kan ikke være tom. Skriv et navn eller fjern den.' })
      .max(ATTENTION_CATEGORY_MAX_LENGTH, {
        message: `En kategori kan ha høyst ${ATTENTION_CATEGORY_MAX_LENGTH} tegn.`,
      }),
    { message: 'Kategoriene for oppmerksomheter må være en liste.' },
  )
  .min(1, { message: 'Det må være minst én kategori for oppmerksomheter.' })
  .max(ATTENTION_CATEGORIES_MAX, {
    message: `Det kan være høyst ${ATTENTION_CATEGORIES_MAX} kategorier for oppmerksomheter.`,
  })
  .superRefine((categories, ctx) => {
    const seen = new Map<string, number>();
    categories.forEach((category, index) => {
      const key = category.toLocaleLowerCase('nb');
      const first = seen.get(key);
      if (first === undefined) seen.set(key, index);
      else {
        ctx.addIssue({
          code: 'custom',
          path: [index],
          message: `Kategorien «${category}» står flere ganger. Fjern den doble.`,
        });
      }
    });
  });

export const evaluationPeriodDaysSchema = z.strictObject(
  {
    practical: int('Evalueringsfristen for praktiske tiltak', 7, 60, ' dager'),
    other: int('Evalueringsfristen for andre tiltak', 14, 120, ' dager'),
  },
  { message: 'Evalueringsfristene må oppgis som { practical, other } i dager.' },
);

/** An accent colour that the pages can use for buttons with readable text (WCAG AA). */
export const accentColorSchema = hexColorSchema.superRefine((color, ctx) => {
  const check = checkBrandingContrast(color);
  if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
});

/** What a municipality admin sets (DOMAIN.md T2); the version they read guards against overwrites. */
export const municipalitySettingsSchema = z
  .strictObject({
    writtenStandard: z.enum(['nb', 'nn'], {
      message: 'Målformen må være nb (bokmål) eller nn (nynorsk).',
    }),
    consentAge: int('Samtykkealderen', 12, 18, ' år').default(DEFAULT_CONSENT_AGE),
    consentValidityMonths: int('Hvor lenge et samtykke gjelder', 1, 60, ' måneder'),
    attentionCategories: attentionCategoriesSchema,
    evaluationPeriodDays: evaluationPeriodDaysSchema,
    accentColor: accentColorSchema,
    version: z
      .number({ message: 'version må være et heltall: versjonen du leste.' })
      .int({ message: 'version må være et heltall: versjonen du leste.' })
      .positive({ message: 'version må være et positivt heltall: versjonen du leste.' }),
  })
  .meta({ id: 'MunicipalitySettingsUpdate' });
export type MunicipalitySettingsUpdate = z.infer<typeof municipalitySettingsSchema>;

/** A municipality's settings as its admin reads them. */
export const municipalitySettingsViewSchema = z
  .object({
    writtenStandard: writtenStandardSchema,
    consentAge: z.number().int(),
    consentValidityMonths: z.number().int(),
    attentionCategories: z.array(z.string()),
    evaluationPeriodDays: z.object({ practical: z.number().int(), other: z.number().int() }),
    branding: z.object({
      accentColor: hexColorSchema,
      /** Path of the logo on this API, or null when the municipality has none. */
      logoUrl: z.string().nullable(),
    }),
    /** Send back with a change: a change based on an older version is refused with 409. */
    version: z.number().int(),
  })
  .meta({ id: 'MunicipalitySettings' });
export type MunicipalitySettingsView = z.infer<typeof municipalitySettingsViewSchema>;

export interface StoredSettings {
  consentAge?: number;
  consentValidityMonths?: number;
  attentionCategories?: string[];
  evaluationPeriodDays?: { practical?: number; other?: number };
}

/**
 * Stored settings with the defaults filled in: a municipality that has not chosen categories yet
 * starts with DEFAULT_ATTENTION_CATEGORIES, and a key added later reads as its default.
 */
export function settingsWithDefaults(stored: StoredSettings) {
  return {
    consentAge: stored.consentAge ?? DEFAULT_CONSENT_AGE,
    consentValidityMonths: stored.consentValidityMonths ?? 12,
    attentionCategories:
      stored.attentionCategories && stored.attentionCategories.length > 0
        ? [...stored.attentionCategories]
        : [...DEFAULT_ATTENTION_CATEGORIES],
    evaluationPeriodDays: {
      practical: stored.evaluationPeriodDays?.practical ?? 21,
      other: stored.evaluationPeriodDays?.other ?? 42,
    },
  };
}

/** The logo upload's answer. */
export const municipalityLogoSchema = z
  .object({ logoUrl: z.string().nullable(), version: z.number().int() })
  .meta({ id: 'MunicipalityLogo' });
export type MunicipalityLogo = z.infer<typeof municipalityLogoSchema>;

/**
 * What the log pages need of the settings, for every signed-in person of the municipality: the
 * categories to choose from, the consent age and validity, and the default evaluation periods.
 */
export const logSettingsSchema = z
  .object({
    consentAge: z.number().int(),
    consentValidityMonths: z.number().int(),
    attentionCategories: z.array(z.string()),
    evaluationPeriodDays: z.object({ practical: z.number().int(), other: z.number().int() }),
  })
  .meta({ id: 'LogSettings' });
export type LogSettings = z.infer<typeof logSettingsSchema>;
