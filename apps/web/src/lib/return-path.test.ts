import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

describe('safeReturnPath', () => {
  it('keeps a path in this service', () => {
    expect(safeReturnPath('/oslo/hjem')).toBe('/oslo/hjem');
    expect(safeReturnPath('/oslo?utlogget=1')).toBe('/oslo?utlogget=1');
  });

  it.each(['//evil.example', '/\\evil.example', 'https://evil.example/', 'oslo', '', null, 42])(
    'refuses %s',
    (value) => {
      expect(safeReturnPath(value)).toBe('/');
    },
  );
});
