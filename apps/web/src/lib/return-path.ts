/**
 * A path in this service to go back to, from a form field. Anything else — another site
 * (`//evil.example`, `/\evil.example`, `https://…`), or nothing — becomes the front page.
 */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if ([...value].some((c) => c < ' ' || c === '\\')) return '/';
  try {
    const url = new URL(value, 'http://stafett.invalid');
    if (url.origin !== 'http://stafett.invalid') return '/';
    return url.pathname + url.search + url.hash;
  } catch {
    return '/';
  }
}
