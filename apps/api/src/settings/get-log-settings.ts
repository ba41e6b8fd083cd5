import type { Context } from 'hono';
import { settingsWithDefaults, type LogSettings } from '@stafett/domain';
import { inTenant, sessionOf, type AppEnv } from '../http/context';
import { findOwnMunicipality } from './find-municipality';

/**
 * The settings the log pages need (T2), for anyone signed in to the municipality: nothing in them
 * is personal, and a holder must see the categories and periods the admin chose.
 */
export function getLogSettings(c: Context<AppEnv>): Promise<LogSettings> {
  const { municipalityId } = sessionOf(c);
  return inTenant(c, async (tx) => {
    const row = await findOwnMunicipality({ tx, municipalityId });
    const { consentAge, consentValidityMonths, attentionCategories, evaluationPeriodDays } =
      settingsWithDefaults(row.settings);
    return { consentAge, consentValidityMonths, attentionCategories, evaluationPeriodDays };
  });
}
