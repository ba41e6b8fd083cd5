import { describe, expect, it } from 'vitest';
import { recipientValue, safeReturn, transferBody } from './start-form';

const own = '11111111-1111-4111-8111-111111111111';
const other = '22222222-2222-4222-8222-222222222222';
const person = '33333333-3333-4333-8333-333333333333';
const attention = '44444444-4444-4444-8444-444444444444';

describe('transferBody', () => {
  it('within the unit: no consent, every attention stays', () => {
    expect(
      transferBody(
        {
          recipient: recipientValue(own, person),
          reason: 'Bytter gruppe',
          guardianConsent: 'Mor',
          attentionIds: [attention],
          fra: '',
        },
        own,
      ),
    ).toEqual({
      kind: 'within_unit',
      toUnitId: own,
      toPersonId: person,
      reason: 'Bytter gruppe',
      guardianConsent: null,
      attentionIds: [],
    });
  });

  it('to another unit’s leader, with consent and the chosen attentions', () => {
    expect(
      transferBody(
        {
          recipient: recipientValue(other, null),
          reason: 'Skolestart',
          guardianConsent: ' Mor, muntlig ',
          attentionIds: [attention],
          fra: '',
        },
        own,
      ),
    ).toMatchObject({
      kind: 'to_unit',
      toPersonId: null,
      guardianConsent: 'Mor, muntlig',
      attentionIds: [attention],
    });
  });
});

describe('safeReturn', () => {
  it('allows only the unit pages of this municipality', () => {
    expect(safeReturn('oslo', '/oslo/enheter/abc?deaktiver=x')).toBe(
      '/oslo/enheter/abc?deaktiver=x',
    );
    expect(safeReturn('oslo', 'https://evil.example/oslo/enheter/')).toBeNull();
    expect(safeReturn('oslo', '/oslo/enheter//evil')).toBeNull();
    expect(safeReturn('oslo', null)).toBeNull();
  });
});
