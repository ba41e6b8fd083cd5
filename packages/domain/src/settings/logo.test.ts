import { describe, expect, it } from 'vitest';
import { declaredTypeMismatch, inspectLogo, LOGO_MAX_BYTES, rootElementName } from './logo';

/** A structurally valid PNG: signature, IHDR with the given size, IEND. */
export function pngBytes(width: number, height: number, padding = 0): Uint8Array {
  const b = new Uint8Array(8 + 25 + padding + 12);
  b.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 0);
  const view = new DataView(b.buffer);
  view.setUint32(8, 13);
  b.set([0x49, 0x48, 0x44, 0x52], 12);
  view.setUint32(16, width);
  view.setUint32(20, height);
  b.set([8, 6, 0, 0, 0], 24);
  b.set([0, 0, 0, 0, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82], b.length - 12);
  return b;
}

const text = (s: string) => new TextEncoder().encode(s);

describe('inspectLogo', () => {
  it('recognises a PNG by its bytes and reads its size', () => {
    expect(inspectLogo(pngBytes(120, 80))).toEqual({
      ok: true,
      mime: 'image/png',
      width: 120,
      height: 80,
    });
    expect(inspectLogo(pngBytes(2000, 2000)).ok).toBe(true);
  });

  it('refuses a PNG larger than 2000 × 2000 pixels, saying how large it is', () => {
    const r = inspectLogo(pngBytes(2001, 50));
    expect(r).toMatchObject({ ok: false, reason: 'png_dimensions' });
    if (!r.ok) expect(r.message).toContain('2001 × 50');
    expect(inspectLogo(pngBytes(0, 50))).toMatchObject({ ok: false, reason: 'png_dimensions' });
  });

  it('refuses a truncated PNG or one without IHDR', () => {
    expect(inspectLogo(pngBytes(10, 10).slice(0, 30))).toMatchObject({ reason: 'png_invalid' });
    const noIhdr = pngBytes(10, 10);
    noIhdr[12] = 0x58;
    expect(inspectLogo(noIhdr)).toMatchObject({ reason: 'png_invalid' });
  });

  it('recognises an SVG by parsing to its root element', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"/>';
    expect(inspectLogo(text(svg))).toMatchObject({ ok: true, mime: 'image/svg+xml', text: svg });
    const withProlog =
      '\uFEFF<?xml version="1.0" encoding="UTF-8"?>\n<!-- Generator: Illustrator -->\n' +
      '<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd">\n' +
      '<svg version="1.1"><rect/></svg>';
    expect(inspectLogo(text(withProlog)).ok).toBe(true);
  });

  it('refuses text, HTML, other images, entity declarations and invalid UTF-8', () => {
    for (const s of [
      'hello, I am a text file',
      '<html><svg></svg></html>',
      '<svgx/>',
      '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>',
      '<?xml version="1.0"?>',
    ]) {
      expect(inspectLogo(text(s))).toMatchObject({ ok: false, reason: 'not_an_image' });
    }
    expect(inspectLogo(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toMatchObject({
      reason: 'not_an_image',
    });
    expect(
      inspectLogo(new Uint8Array([0x3c, 0x73, 0x76, 0x67, 0x20, 0xc3, 0x28, 0x3e])),
    ).toMatchObject({ reason: 'not_an_image' });
  });

  it('refuses an empty file and one over 200 KB', () => {
    expect(inspectLogo(new Uint8Array())).toMatchObject({ reason: 'empty' });
    const big = pngBytes(10, 10, LOGO_MAX_BYTES);
    const r = inspectLogo(big);
    expect(r).toMatchObject({ ok: false, reason: 'too_large' });
    if (!r.ok) expect(r.message).toMatch(/200 KB/);
  });
});

describe('rootElementName', () => {
  it('skips the prolog and names the first element', () => {
    expect(rootElementName('  <!-- a --><?pi x?><svg:svg xmlns:svg="x"/>')).toBe('svg:svg');
    expect(rootElementName('<!-- never closed')).toBeNull();
  });
});

describe('declaredTypeMismatch', () => {
  it('passes when the declared type is the detected one', () => {
    expect(declaredTypeMismatch('image/png', 'image/png')).toBeNull();
    expect(declaredTypeMismatch('image/svg+xml; charset=utf-8', 'image/svg+xml')).toBeNull();
  });

  it('explains a PNG sent as SVG and the reverse', () => {
    expect(declaredTypeMismatch('image/svg+xml', 'image/png')).toMatch(/PNG-bilde.*sendt som SVG/);
    expect(declaredTypeMismatch('image/png', 'image/svg+xml')).toMatch(
      /SVG-tegning.*sendt som PNG/,
    );
  });
});
