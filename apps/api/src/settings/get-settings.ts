import type { MunicipalitySettingsView } from '@stafett/domain';
import type { MunicipalityContext } from './as-admin';
import { findOwnMunicipality, toSettingsView } from './find-municipality';

/** The municipality's settings and branding, as its admin edits them (DOMAIN.md T2). */
export async function getSettings(ctx: MunicipalityContext): Promise<MunicipalitySettingsView> {
  return toSettingsView(await findOwnMunicipality(ctx));
}
