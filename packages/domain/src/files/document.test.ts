import { describe, expect, it } from 'vitest';
import { DOCUMENT_MAX_BYTES, inspectDocument } from './document';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((p) => (typeof p === 'string' ? [...new TextEncoder().encode(p)] : p)),
  );

describe('inspectDocument', () => {
  it('knows a PDF by its signature and end marker', () => {
    expect(inspectDocument(bytes('%PDF-1.7\n1 0 obj\n%%EOF\n'))).toEqual({
      ok: true,
      mime: 'application/pdf',
    });
  });
  it('knows JPEG and PNG', () => {
    expect(inspectDocument(bytes([0xff, 0xd8, 0xff, 0xe0, 1, 2, 0xff, 0xd9]))).toMatchObject({
      mime: 'image/jpeg',
    });
    const png = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], 'IHDR', [0]);
    expect(inspectDocument(png)).toMatchObject({ mime: 'image/png' });
  });
  it('refuses a text file renamed to .pdf, a cut-off PDF, an empty file and a too large one', () => {
    expect(inspectDocument(bytes('hei, dette er ikke en pdf')).ok).toBe(false);
    expect(inspectDocument(bytes('%PDF-1.7\n1 0 obj\n')).ok).toBe(false);
    expect(inspectDocument(new Uint8Array()).ok).toBe(false);
    const big = new Uint8Array(DOCUMENT_MAX_BYTES + 1);
    big.set(bytes('%PDF-'));
    expect(inspectDocument(big)).toMatchObject({
      ok: false,
      message: expect.stringMatching(/10 MB/),
    });
  });
  it('refuses an SVG or HTML dressed as an image', () => {
    expect(inspectDocument(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>')).ok).toBe(false);
    expect(inspectDocument(bytes('<html><script>alert(1)</script></html>')).ok).toBe(false);
  });
});
