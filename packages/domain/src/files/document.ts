/**
 * Uploaded documents (consents, note attachments): PDF, JPEG or PNG, decided by the bytes, never by
 * the name or the type the browser claims (DOMAIN.md L2, C5).
 */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type DocumentMime = (typeof DOCUMENT_MIME_TYPES)[number];

export type DocumentCheck = { ok: true; mime: DocumentMime } | { ok: false; message: string };

const startsWith = (bytes: Uint8Array, signature: readonly number[], offset = 0) =>
  bytes.length >= offset + signature.length && signature.every((b, i) => bytes[offset + i] === b);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const PDF_EOF = [0x25, 0x25, 0x45, 0x4f, 0x46]; // %%EOF
const JPEG = [0xff, 0xd8, 0xff];
const JPEG_END = [0xff, 0xd9];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const PNG_IHDR = [0x49, 0x48, 0x44, 0x52];

/** Whether the tail (last 1 KiB, where trailing whitespace or padding may follow) holds a marker. */
function tailHas(bytes: Uint8Array, marker: readonly number[]): boolean {
  const from = Math.max(0, bytes.length - 1024);
  for (let i = bytes.length - marker.length; i >= from; i--) {
    if (startsWith(bytes, marker, i)) return true;
  }
  return false;
}

/**
 * The document's type from its content: the signature at the start and, so a renamed or cut-off
 * file is refused too, the format's end marker (PDF's %%EOF, JPEG's EOI) or PNG's header chunk.
 */
export function inspectDocument(bytes: Uint8Array): DocumentCheck {
  if (bytes.length === 0) return { ok: false, message: 'Filen er tom.' };
  if (bytes.length > DOCUMENT_MAX_BYTES) {
    return { ok: false, message: 'Filen er større enn 10 MB. Skann med lavere oppløsning.' };
  }
  if (startsWith(bytes, PDF) && tailHas(bytes, PDF_EOF))
    return { ok: true, mime: 'application/pdf' };
  if (startsWith(bytes, JPEG) && tailHas(bytes, JPEG_END)) return { ok: true, mime: 'image/jpeg' };
  if (startsWith(bytes, PNG) && startsWith(bytes, PNG_IHDR, 12))
    return { ok: true, mime: 'image/png' };
  return {
    ok: false,
    message:
      'Filen er ikke en PDF, JPEG eller PNG, eller den er skadet. Last opp det skannede samtykket på nytt.',
  };
}
