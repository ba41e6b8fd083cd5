import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ATTENTION_CATEGORIES,
  municipalitySettingsSchema,
  settingsWithDefaults,
} from './settings';

const valid = {
  writtenStandard: 'nn',
  consentAge: 15,
  consentValidityMonths: 12,
  attentionCategories: ['Språk', 'Motorikk'],
  evaluationPeriodDays: { practical: 14, other: 42 },
  accentColor: '#1f42aa',
  version: 3,
};

function errorsOf(input: unknown) {
  const r = municipalitySettingsSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('municipalitySettingsSchema', () => {
  it('accepts valid settings and trims categories', () => {
    const r = municipalitySettingsSchema.parse({
      ...valid,
      attentionCategories: ['  Språk ', 'Atferd'],
    });
    expect(r.attentionCategories).toEqual(['Språk', 'Atferd']);
  });

  it('defaults the consent age to 16', () => {
    const { consentAge: _omit, ...rest } = valid;
    expect(municipalitySettingsSchema.parse(rest).consentAge).toBe(16);
  });

  it('keeps consent age within 12–18, in bokmål', () => {
    expect(errorsOf({ ...valid, consentAge: 11 })).toEqual([
      { path: 'consentAge', message: 'Samtykkealderen må være minst 12 år.' },
    ]);
    expect(errorsOf({ ...valid, consentAge: 19 })[0]?.message).toBe(
      'Samtykkealderen kan være høyst 18 år.',
    );
    expect(errorsOf({ ...valid, consentAge: 15.5 })[0]?.message).toMatch(/heltall/);
    expect(errorsOf({ ...valid, consentAge: '16' })[0]?.path).toBe('consentAge');
  });

  it('keeps the consent validity within 1–60 months', () => {
    expect(errorsOf({ ...valid, consentValidityMonths: 0 })[0]?.path).toBe('consentValidityMonths');
    expect(errorsOf({ ...valid, consentValidityMonths: 61 })[0]?.message).toMatch(/60 måneder/);
  });

  it('keeps evaluation periods within their ranges', () => {
    expect(errorsOf({ ...valid, evaluationPeriodDays: { practical: 6, other: 42 } })[0]).toEqual({
      path: 'evaluationPeriodDays.practical',
      message: 'Evalueringsfristen for praktiske tiltak må være minst 7 dager.',
    });
    expect(
      errorsOf({ ...valid, evaluationPeriodDays: { practical: 7, other: 121 } })[0]?.path,
    ).toBe('evaluationPeriodDays.other');
  });

  it('names duplicate categories, ignoring case and spaces', () => {
    expect(errorsOf({ ...valid, attentionCategories: ['Språk', 'Motorikk', ' språk '] })).toEqual([
      {
        path: 'attentionCategories.2',
        message: 'Kategorien «språk» står flere ganger. Fjern den doble.',
      },
    ]);
  });

  it('refuses empty, too long and too many categories', () => {
    expect(errorsOf({ ...valid, attentionCategories: [] })[0]?.message).toMatch(/minst én/);
    expect(errorsOf({ ...valid, attentionCategories: ['   '] })[0]?.path).toBe(
      'attentionCategories.0',
    );
    expect(errorsOf({ ...valid, attentionCategories: ['x'.repeat(81)] })[0]?.message).toMatch(
      /80 tegn/,
    );
    const many = Array.from({ length: 41 }, (_, i) => `Kategori ${i}`);
    expect(errorsOf({ ...valid, attentionCategories: many })[0]?.message).toMatch(/høyst 40/);
  });

  it('refuses an accent colour below WCAG AA, naming accentColor and the reason', () => {
    const [error] = errorsOf({ ...valid, accentColor: '#ffff00' });
    expect(error?.path).toBe('accentColor');
    expect(error?.message).toMatch(/for lys.*3:1/);
    expect(errorsOf({ ...valid, accentColor: 'blue' })[0]?.path).toBe('accentColor');
  });

  it('refuses unknown fields, an unknown written standard and a missing version', () => {
    expect(errorsOf({ ...valid, theme: 'dark' })[0]?.message).toMatch(/theme/);
    expect(errorsOf({ ...valid, writtenStandard: 'en' })[0]?.message).toMatch(/nb.*nn/);
    const { version: _v, ...noVersion } = valid;
    expect(errorsOf(noVersion)[0]?.path).toBe('version');
  });
});

describe('default attention categories', () => {
  it('hold the categories the guides name', () => {
    expect(DEFAULT_ATTENTION_CATEGORIES).toEqual([
      'Språk',
      'Motorikk',
      'Oppmerksomhet',
      'Atferd',
      'Skolefravær',
      'Psykososialt skolemiljø (opplæringslova)',
    ]);
    // They pass the schema themselves.
    expect(
      municipalitySettingsSchema.safeParse({
        ...valid,
        attentionCategories: [...DEFAULT_ATTENTION_CATEGORIES],
      }).success,
    ).toBe(true);
  });

  it('fill in settings that have none yet', () => {
    expect(settingsWithDefaults({ attentionCategories: [] })).toEqual({
      consentAge: 16,
      consentValidityMonths: 12,
      attentionCategories: [...DEFAULT_ATTENTION_CATEGORIES],
      evaluationPeriodDays: { practical: 21, other: 42 },
    });
    expect(settingsWithDefaults({ consentAge: 15, attentionCategories: ['A'] })).toMatchObject({
      consentAge: 15,
      attentionCategories: ['A'],
    });
  });
});
