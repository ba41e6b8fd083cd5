/**
 * What a municipality may upload as its logo, decided by the bytes and never by the declared
 * type: a PNG (magic bytes, an IHDR of at most 2000 × 2000) or an SVG (text whose root element is
 * <svg>), at most 200 KB. The API also sanitises an SVG and refuses a hostile one.
 */

export const LOGO_MAX_BYTES = 200 * 1024;
export const LOGO_MAX_DIMENSION = 2000;
export const LOGO_MIME_TYPES = ['image/png', 'image/svg+xml'] as const;
export type LogoMimeType = (typeof LOGO_MIME_TYPES)[number];

export type LogoRefusal = 'empty' | 'too_large' | 'png_invalid' | 'png_dimensions' | 'not_an_image';

export type LogoInspection =
  | { ok: true; mime: 'image/png'; width: number; height: number }
  | { ok: true; mime: 'image/svg+xml'; text: string }
  | { ok: false; reason: LogoRefusal; message: string };

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const IEND = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82];

const refuse = (reason: LogoRefusal, message: string): LogoInspection => ({
  ok: false,
  reason,
  message,
});

export const LOGO_TOO_LARGE =
  'Logoen er for stor. Den kan være høyst 200 KB; lagre den med mindre oppløsning eller som SVG.';
const NOT_AN_IMAGE =
  'Filen er verken et PNG-bilde eller en SVG-tegning. Last opp logoen som PNG eller SVG.';

function startsWith(bytes: Uint8Array, prefix: readonly number[], at = 0): boolean {
  return prefix.every((b, i) => bytes[at + i] === b);
}

const uint32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

function inspectPng(bytes: Uint8Array): LogoInspection {
  // Signature (8), then the IHDR chunk: length 13, "IHDR", width, height, …
  const ihdr =
    bytes.length >= 33 &&
    uint32(bytes, 8) === 13 &&
    startsWith(bytes, [0x49, 0x48, 0x44, 0x52], 12);
  const complete = bytes.length >= 45 && startsWith(bytes, IEND, bytes.length - IEND.length);
  if (!ihdr || !complete) {
    return refuse(
      'png_invalid',
      'PNG-filen er skadet eller ufullstendig. Lagre logoen på nytt som PNG og prøv igjen.',
    );
  }
  const width = uint32(bytes, 16);
  const height = uint32(bytes, 20);
  if (width === 0 || height === 0 || width > LOGO_MAX_DIMENSION || height > LOGO_MAX_DIMENSION) {
    return refuse(
      'png_dimensions',
      `Logoen er ${width} × ${height} piksler. Den kan være høyst ${LOGO_MAX_DIMENSION} × ${LOGO_MAX_DIMENSION} piksler; gjør den mindre og prøv igjen.`,
    );
  }
  return { ok: true, mime: 'image/png', width, height };
}

/**
 * The name of the first element after the XML prolog (declaration, comments, processing
 * instructions, a DOCTYPE without an internal subset), or null when the text is not like XML.
 * A DOCTYPE with an internal subset ("[" … "]") can declare entities, so it counts as not XML.
 */
export function rootElementName(text: string): string | null {
  let rest = text.replace(/^\uFEFF/, '');
  for (;;) {
    rest = rest.trimStart();
    if (rest.startsWith('<?')) {
      const end = rest.indexOf('?>');
      if (end < 0) return null;
      rest = rest.slice(end + 2);
    } else if (rest.startsWith('<!--')) {
      const end = rest.indexOf('-->', 4);
      if (end < 0) return null;
      rest = rest.slice(end + 3);
    } else if (/^<!DOCTYPE\s/i.test(rest)) {
      const end = rest.indexOf('>');
      if (end < 0 || rest.slice(0, end).includes('[')) return null;
      rest = rest.slice(end + 1);
    } else break;
  }
  const m = /^<([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)[\s/>]/.exec(rest);
  return m ? m[1]! : null;
}

function inspectSvg(bytes: Uint8Array): LogoInspection {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('not_an_image', NOT_AN_IMAGE);
  }
  if (rootElementName(text) !== 'svg') return refuse('not_an_image', NOT_AN_IMAGE);
  return { ok: true, mime: 'image/svg+xml', text };
}

/** Checks an uploaded logo by its content. */
export function inspectLogo(bytes: Uint8Array): LogoInspection {
  if (bytes.length === 0) return refuse('empty', 'Filen er tom. Velg logoen din og prøv igjen.');
  if (bytes.length > LOGO_MAX_BYTES) return refuse('too_large', LOGO_TOO_LARGE);
  if (startsWith(bytes, PNG_SIGNATURE)) return inspectPng(bytes);
  return inspectSvg(bytes);
}

/**
 * The declared type must agree with the content: a PNG sent as SVG (or the reverse) is refused,
 * since it is either a mistake or an attempt to slip one past the other's checks.
 */
export function declaredTypeMismatch(
  declared: string | undefined,
  detected: LogoMimeType,
): string | null {
  const type = (declared ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === detected) return null;
  const named = detected === 'image/png' ? 'et PNG-bilde' : 'en SVG-tegning';
  const said =
    type === 'image/png' ? 'PNG' : type === 'image/svg+xml' ? 'SVG' : `«${type || 'ukjent'}»`;
  return `Filen er ${named}, men ble sendt som ${said}. Send den med riktig type (image/png eller image/svg+xml).`;
}
