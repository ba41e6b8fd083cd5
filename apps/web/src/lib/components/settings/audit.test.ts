import { describe, expect, it } from 'vitest';
import { createTranslator } from '$lib/i18n';
import { actionLabel, detailsOf, endOfOsloDay, isDate, startOfOsloDay } from './audit';

const nb = createTranslator(() => 'nb');
const en = createTranslator(() => 'en');

describe('audit list helpers', () => {
  it('names actions in plain words, and shows an unknown one as it is', () => {
    expect(actionLabel(nb, 'municipality.settings_updated')).toBe('Endret innstillinger');
    expect(actionLabel(en, 'municipality.settings_updated')).toBe('Changed settings');
    expect(actionLabel(nb, 'something.new_happened')).toBe('something.new_happened');
  });

  it('says which settings changed', () => {
    expect(detailsOf(nb, { changed: ['consentAge', 'accentColor', 'other'] })).toBe(
      'Endret: samtykkealder, profilfarge, other',
    );
    expect(detailsOf(nb, { name: 'Nordberg skole' })).toBe('Nordberg skole');
    expect(detailsOf(nb, {})).toBe('');
  });

  it('turns dates into Norwegian days, summer time included', () => {
    expect(startOfOsloDay('2026-01-15')).toBe('2026-01-15T00:00:00+01:00');
    expect(endOfOsloDay('2026-07-01')).toBe('2026-07-01T23:59:59.999+02:00');
    expect(isDate('2026-02-30')).toBe(false);
    expect(isDate('2026-02-28')).toBe(true);
    expect(isDate('28.02.2026')).toBe(false);
  });
});
