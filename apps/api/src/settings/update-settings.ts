import { and, eq } from 'drizzle-orm';
import { schema } from '@stafett/db';
import type { MunicipalitySettingsUpdate, MunicipalitySettingsView } from '@stafett/domain';
import { recordAudit } from '../audit/record';
import { conflict } from '../http/errors';
import type { MunicipalityContext } from './as-admin';
import { findOwnMunicipality, municipalityColumns, toSettingsView } from './find-municipality';

export const SETTINGS_STALE =
  'Innstillingene er endret et annet sted siden du åpnet dem. Last siden på nytt og prøv igjen.';

type Editable = Omit<MunicipalitySettingsUpdate, 'version'>;

const editable = (v: MunicipalitySettingsView): Editable => ({
  writtenStandard: v.writtenStandard,
  consentAge: v.consentAge,
  consentValidityMonths: v.consentValidityMonths,
  attentionCategories: v.attentionCategories,
  evaluationPeriodDays: v.evaluationPeriodDays,
  accentColor: v.branding.accentColor,
});

/**
 * Replaces the municipality's settings and accent colour. The input has passed the schema
 * (ranges, unique categories, WCAG AA contrast); the version the admin read must still be the
 * current one, else 409 and nothing is written. The audit event names what changed.
 */
export async function updateSettings(
  ctx: MunicipalityContext,
  input: MunicipalitySettingsUpdate,
): Promise<MunicipalitySettingsView> {
  const current = await findOwnMunicipality(ctx);
  if (current.version !== input.version) throw conflict(SETTINGS_STALE);
  const [row] = await ctx.tx
    .update(schema.municipality)
    .set({
      writtenStandard: input.writtenStandard,
      branding: { ...current.branding, accentColor: input.accentColor },
      settings: {
        ...current.settings,
        consentAge: input.consentAge,
        consentValidityMonths: input.consentValidityMonths,
        attentionCategories: input.attentionCategories,
        evaluationPeriodDays: input.evaluationPeriodDays,
      },
      version: current.version + 1,
    })
    .where(
      and(
        eq(schema.municipality.id, ctx.municipalityId),
        eq(schema.municipality.version, input.version),
      ),
    )
    .returning(municipalityColumns);
  if (!row) throw conflict(SETTINGS_STALE);

  const before = editable(toSettingsView(current));
  const after = editable(toSettingsView(row));
  const changed = (Object.keys(after) as (keyof Editable)[]).filter(
    (k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]),
  );
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'municipality.settings_updated',
    entity: 'municipality',
    entityId: ctx.municipalityId,
    data: {
      changed,
      before: Object.fromEntries(changed.map((k) => [k, before[k]])),
      after: Object.fromEntries(changed.map((k) => [k, after[k]])),
    },
  });
  return toSettingsView(row);
}
