/** What SvelteKit's `cookies.set` needs to repeat a Set-Cookie header from the API. */
export interface RelayedCookie {
  name: string;
  value: string;
  options: {
    path: string;
    domain?: string;
    maxAge?: number;
    expires?: Date;
    httpOnly: boolean;
    secure: boolean;
    sameSite?: 'lax' | 'strict' | 'none';
  };
}

/** Parses one Set-Cookie header value; null when it is not a cookie. */
export function parseSetCookie(header: string): RelayedCookie | null {
  const [pair, ...attributes] = header.split(';');
  const eq = pair?.indexOf('=') ?? -1;
  if (!pair || eq < 1) return null;
  const cookie: RelayedCookie = {
    name: pair.slice(0, eq).trim(),
    value: pair.slice(eq + 1).trim(),
    options: { path: '/', httpOnly: false, secure: false },
  };
  for (const attribute of attributes) {
    const [rawKey = '', ...rest] = attribute.split('=');
    const key = rawKey.trim().toLowerCase();
    const value = rest.join('=').trim();
    if (key === 'path' && value) cookie.options.path = value;
    else if (key === 'domain' && value) cookie.options.domain = value;
    else if (key === 'max-age' && /^-?\d+$/.test(value)) cookie.options.maxAge = Number(value);
    else if (key === 'expires' && !Number.isNaN(Date.parse(value)))
      cookie.options.expires = new Date(value);
    else if (key === 'httponly') cookie.options.httpOnly = true;
    else if (key === 'secure') cookie.options.secure = true;
    else if (key === 'samesite') {
      const v = value.toLowerCase();
      if (v === 'lax' || v === 'strict' || v === 'none') cookie.options.sameSite = v;
    }
  }
  return cookie;
}
