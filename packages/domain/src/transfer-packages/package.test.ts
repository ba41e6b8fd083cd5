import { describe, expect, it } from 'vitest';
import { transferredHistoryText, transferPackageCreateSchema } from './package';

describe('transferredHistoryText', () => {
  it('writes the ladder in order, with the party, evaluation and family view, then bright spots', () => {
    const text = transferredHistoryText('Oslo kommune', {
      category: 'Språk',
      description: 'Ella sier lite i samling.',
      maintainingFactors: '',
      goal: '',
      signsOfSuccess: '',
      measures: [
        {
          step: 2,
          text: 'Mamma leser med Ella.',
          responsible: 'home',
          actorName: null,
          startDate: '2026-09-01',
          deadline: '2026-10-01',
          status: 'active',
          evaluation: null,
        },
        {
          step: 1,
          text: 'Hanne øver med Ella.',
          responsible: 'service',
          actorName: 'Hanne Strand',
          startDate: '2026-09-01',
          deadline: '2026-10-01',
          status: 'ended',
          evaluation: { outcome: 'worked', comment: 'Bra.', familyView: 'Hun gleder seg.' },
        },
      ],
      brightSpots: [
        {
          text: 'Ella sang i samling!',
          authorName: 'Marte Haugen',
          createdAt: '2026-09-15T10:00:00Z',
        },
      ],
    });
    expect(text.split('\n')).toEqual([
      'Fra Oslo kommune: tiltak og lysglimt før overføringen.',
      '',
      'Trinn 1: Hanne øver med Ella. – Tjenesten (Hanne Strand), 2026-09-01 til 2026-10-01.',
      '  Evaluert: virket. Bra. Familien: «Hun gleder seg.»',
      'Trinn 2: Mamma leser med Ella. – Hjemmet, 2026-09-01 til 2026-10-01.',
      '',
      'Lysglimt:',
      '- 2026-09-15, Marte Haugen: Ella sang i samling!',
    ]);
  });
});

describe('transferPackageCreateSchema', () => {
  it('needs a municipality and a reason; all attentions when none are chosen', () => {
    expect(
      transferPackageCreateSchema.parse({ toMunicipality: 'haugesund', reason: 'Flytter' }),
    ).toEqual({
      toMunicipality: 'haugesund',
      reason: 'Flytter',
      attentionIds: [],
    });
    expect(
      transferPackageCreateSchema.safeParse({ toMunicipality: 'haugesund', reason: '' }).success,
    ).toBe(false);
  });
});
