import { describe, expect, it } from 'vitest';
import { parseSetCookie } from './set-cookie';

describe('parseSetCookie', () => {
  it('reads the session cookie the API sets', () => {
    expect(
      parseSetCookie('stafett_session=abc.def; Max-Age=7200; Path=/; HttpOnly; SameSite=Lax'),
    ).toEqual({
      name: 'stafett_session',
      value: 'abc.def',
      options: { path: '/', maxAge: 7200, httpOnly: true, secure: false, sameSite: 'lax' },
    });
  });

  it('reads a deletion', () => {
    const cookie = parseSetCookie(
      'stafett_session=; Max-Age=0; Path=/; Expires=Thu, 01 Jan 1970 00:00:00 GMT; Secure',
    );
    expect(cookie?.value).toBe('');
    expect(cookie?.options.maxAge).toBe(0);
    expect(cookie?.options.expires?.getTime()).toBe(0);
    expect(cookie?.options.secure).toBe(true);
  });

  it('keeps = inside the value', () => {
    expect(parseSetCookie('a=b=c; Path=/x')?.value).toBe('b=c');
  });

  it('ignores what is not a cookie', () => {
    expect(parseSetCookie('')).toBeNull();
    expect(parseSetCookie('=nameless')).toBeNull();
  });
});
