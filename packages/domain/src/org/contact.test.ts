import { describe, expect, it } from 'vitest';
import { contactUpdateSchema } from './contact';

describe('contactUpdateSchema', () => {
  it('accepts and trims a valid e-mail and phone', () => {
    expect(
      contactUpdateSchema.parse({
        email: ' ola@oslo.kommune.no ',
        phone: '+47 412 34 567',
        version: 1,
      }),
    ).toEqual({ email: 'ola@oslo.kommune.no', phone: '+47 412 34 567', version: 1 });
  });

  it('allows clearing both', () => {
    expect(contactUpdateSchema.parse({ email: null, phone: null, version: 3 }).email).toBeNull();
  });

  it.each([
    [{ email: 'ola@', phone: null, version: 1 }, 'email'],
    [{ email: null, phone: '12ab', version: 1 }, 'phone'],
    [{ email: null, phone: null, version: 0 }, 'version'],
    [{ email: null, phone: null, version: '1' }, 'version'],
  ])('names the failing field in %j', (input, field) => {
    const result = contactUpdateSchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toContain(field);
  });

  it('refuses unknown fields', () => {
    const result = contactUpdateSchema.safeParse({
      email: null,
      phone: null,
      version: 1,
      name: 'x',
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.code).toBe('unrecognized_keys');
  });
});
