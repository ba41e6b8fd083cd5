import { describe, expect, it } from 'vitest';
import { en } from './en';
import { formatNumber, resolveLang, translate, translatePlural } from './index';
import { nb } from './nb';
import { nn } from './nn';

const files = { nb, nn, en } as Record<string, Record<string, string>>;

describe('translation files', () => {
  const nbKeys = Object.keys(nb).sort();

  it.each(['nn', 'en'])('%s has exactly the keys of nb', (lang) => {
    expect(Object.keys(files[lang]!).sort()).toEqual(nbKeys);
  });

  it.each(['nb', 'nn', 'en'])('%s has no empty messages', (lang) => {
    const empty = Object.entries(files[lang]!).filter(([, v]) => v.trim() === '');
    expect(empty).toEqual([]);
  });

  it.each(['nn', 'en'])('%s uses the same placeholders as nb', (lang) => {
    const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of nbKeys) {
      expect(placeholders(files[lang]![key]!), `${lang} ${key}`).toEqual(
        placeholders(files.nb![key]!),
      );
    }
  });

  it('every plural message has both forms', () => {
    for (const key of nbKeys) {
      if (key.endsWith('_one')) expect(nbKeys).toContain(key.replace(/_one$/, '_other'));
      if (key.endsWith('_other')) expect(nbKeys).toContain(key.replace(/_other$/, '_one'));
    }
  });
});

describe('translate', () => {
  it('fills in placeholders', () => {
    expect(translate('nb', 'role.unit_leader', { name: 'Nordberg skole' })).toBe(
      'Enhetsleder – Nordberg skole',
    );
    expect(translate('nn', 'noAccess.heading', { municipality: 'Bergen kommune' })).toBe(
      'Du er logga inn, men har inga rolle i Bergen kommune',
    );
  });

  it('picks the plural form by the language rules', () => {
    expect(translatePlural('nb', 'idle.warningIdle', 1)).toBe(
      'Du blir logget ut om 1 minutt på grunn av inaktivitet.',
    );
    expect(translatePlural('nb', 'idle.warningIdle', 5)).toBe(
      'Du blir logget ut om 5 minutter på grunn av inaktivitet.',
    );
    expect(translatePlural('en', 'idle.warningIdle', 1)).toContain('1 minute because');
  });

  it('formats numbers the Norwegian way', () => {
    // Norwegian groups thousands with a (narrow) no-break space.
    expect(formatNumber('nb', 12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(formatNumber('en', 12345)).toBe('12,345');
  });
});

describe('resolveLang', () => {
  it('uses the language the person picked', () => {
    expect(resolveLang('en', 'nn')).toBe('en');
    expect(resolveLang('nb', 'nn')).toBe('nb');
  });

  it("else the municipality's written standard, else bokmål", () => {
    expect(resolveLang(undefined, 'nn')).toBe('nn');
    expect(resolveLang(undefined, 'nb')).toBe('nb');
    expect(resolveLang('klingon')).toBe('nb');
  });
});
