import { sql } from 'drizzle-orm';
import {
  check,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea';

export const WRITTEN_STANDARDS = ['nb', 'nn'] as const;
export type WrittenStandard = (typeof WRITTEN_STANDARDS)[number];
export const writtenStandard = pgEnum('written_standard', WRITTEN_STANDARDS);

export const LOGO_MIME_TYPES = ['image/svg+xml', 'image/png'] as const;
export type LogoMime = (typeof LOGO_MIME_TYPES)[number];

export interface MunicipalityBranding {
  /** '#rrggbb'; the web app derives its theme from it. */
  accentColor: string;
}

export interface MunicipalitySettings {
  /** From this age the child consents for themself (DOMAIN.md T2: 16 by default). */
  consentAge: number;
  consentValidityMonths: number;
  attentionCategories: string[];
  /** Default time from a measure's start to its evaluation (DOMAIN.md C2). */
  evaluationPeriodDays: { practical: number; other: number };
}

export const DEFAULT_MUNICIPALITY_SETTINGS: MunicipalitySettings = {
  consentAge: 16,
  consentValidityMonths: 12,
  attentionCategories: [],
  evaluationPeriodDays: { practical: 21, other: 42 },
};

/**
 * The tenant registry, not a tenant table: it holds only what a municipality's public sign-in page
 * shows and its settings, so the API role may read it without a tenant set (RLS would hide the
 * very row that resolves the tenant).
 */
export const municipality = pgTable(
  'municipality',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    writtenStandard: writtenStandard('written_standard').notNull().default('nb'),
    branding: jsonb('branding')
      .$type<MunicipalityBranding>()
      .notNull()
      .default({ accentColor: '#1f42aa' }),
    logo: bytea('logo'),
    logoMime: text('logo_mime').$type<LogoMime>(),
    settings: jsonb('settings')
      .$type<MunicipalitySettings>()
      .notNull()
      .default(DEFAULT_MUNICIPALITY_SETTINGS),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('municipality_slug_key').on(t.slug),
    // Same rule as slugSchema in @stafett/domain: it becomes the first segment of every URL.
    check('municipality_slug_check', sql`slug ~ '^[a-z0-9](?:[a-z0-9-]{0,48}[a-z0-9])?$'`),
    check('municipality_accent_color_check', sql`branding->>'accentColor' ~ '^#[0-9a-fA-F]{6}$'`),
    check(
      'municipality_logo_check',
      sql`(logo is null and logo_mime is null) or (logo is not null and logo_mime in ('image/svg+xml', 'image/png'))`,
    ),
  ],
);

export type Municipality = typeof municipality.$inferSelect;
export type NewMunicipality = typeof municipality.$inferInsert;
