import type { Role, UnitType } from '@stafett/domain';
import type { MessageKey, Translator } from '$lib/i18n';

/** A role in plain words: "Enhetsleder – Nordberg skole", "Foresatt – Emma Solberg", "Ungdom". */
export function roleLabel(i18n: Pick<Translator, 't'>, role: Role): string {
  switch (role.role) {
    case 'municipality_admin':
      return i18n.t('role.municipality_admin');
    case 'district_leader':
      return i18n.t('role.district_leader', { name: role.district.name });
    case 'unit_leader':
    case 'holder':
    case 'actor':
    case 'super_user':
      return i18n.t(`role.${role.role}`, { name: role.unit.name });
    case 'guardian':
      return i18n.t('role.guardian', { name: role.child.name });
    case 'youth':
      return i18n.t('role.youth');
  }
}

export function unitTypeKey(type: UnitType): MessageKey {
  return `unitType.${type}`;
}
