import { describe, expect, it } from 'vitest';
import { grantCreateSchema, grantRefusal } from './grant';

const uuid = '6f1c2b0e-8a8e-4a57-9f3e-0d7a6f4b1c2d';

describe('read grants (C8)', () => {
  it('requires the recorded consent and defaults to the whole log', () => {
    expect(
      grantCreateSchema.parse({ personId: uuid, guardianConsent: 'Anne samtykket 1. desember' }),
    ).toMatchObject({ attentionIds: [], mentor: false });
    const r = grantCreateSchema.safeParse({ personId: uuid });
    expect(r.error?.issues.map((i) => i.path.join('.'))).toEqual(['guardianConsent']);
  });

  it('is for staff; mentor access only for a leader; never for those who read all', () => {
    expect(grantRefusal('staff', false)).toBeNull();
    expect(grantRefusal('leader', true)).toBeNull();
    expect(grantRefusal('leader', false)).toBeNull();
    expect(grantRefusal('staff', true)).toMatchObject({ field: 'mentor' });
    expect(grantRefusal('none', true)).toMatchObject({ field: 'personId', message: /ansatt/ });
    expect(grantRefusal('holder', false)?.message).toMatch(/Loggholderen/);
    expect(grantRefusal('family', false)?.message).toMatch(/Familien/);
  });
});
