import { UNIT_TYPES, type Role } from '@stafett/domain';
import { describe, expect, it } from 'vitest';
import { createTranslator, LANGS, translate } from '$lib/i18n';
import { roleLabel, unitTypeKey } from './roles';

const unit = {
  id: '6f1c1b8e-9f5a-4d5e-8a39-0c6f1f0b2a11',
  name: 'Nordberg skole',
  type: 'school',
} as const;
const nb = createTranslator(() => 'nb');

describe('roleLabel', () => {
  it.each<[Role, string]>([
    [{ role: 'unit_leader', unit }, 'Enhetsleder – Nordberg skole'],
    [{ role: 'holder', unit }, 'Stafettholder – Nordberg skole'],
    [{ role: 'municipality_admin' }, 'Kommuneadministrator (BTI-koordinator)'],
    [
      { role: 'district_leader', district: { id: unit.id, name: 'Nordre Aker' } },
      'Områdeleder – Nordre Aker',
    ],
    [{ role: 'guardian', child: { id: unit.id, name: 'Emma Solberg' } }, 'Foresatt – Emma Solberg'],
    [{ role: 'youth' }, 'Ungdom'],
  ])('%o reads %s', (role, label) => {
    expect(roleLabel(nb, role)).toBe(label);
  });
});

describe('unit types', () => {
  it('every unit type has words in every language', () => {
    for (const lang of LANGS) {
      for (const type of UNIT_TYPES) expect(translate(lang, unitTypeKey(type))).not.toBe('');
    }
  });
});
