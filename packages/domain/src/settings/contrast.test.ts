import { describe, expect, it } from 'vitest';
import {
  checkBrandingContrast,
  contrastRatio,
  formatRatio,
  parseHexColor,
  relativeLuminance,
} from './contrast';

describe('relative luminance and contrast ratio (WCAG 2.1)', () => {
  it('are 0 and 1 for black and white, and 21:1 between them', () => {
    expect(relativeLuminance([0, 0, 0])).toBe(0);
    expect(relativeLuminance([255, 255, 255])).toBeCloseTo(1, 10);
    expect(contrastRatio([0, 0, 0], [255, 255, 255])).toBeCloseTo(21, 10);
    expect(contrastRatio([255, 255, 255], [0, 0, 0])).toBeCloseTo(21, 10);
  });

  it('match published values', () => {
    // #777777 on white is the well-known 4.48:1 that just fails AA; #767676 passes with 4.54:1.
    expect(contrastRatio(parseHexColor('#777777')!, [255, 255, 255])).toBeCloseTo(4.48, 2);
    expect(contrastRatio(parseHexColor('#767676')!, [255, 255, 255])).toBeCloseTo(4.54, 2);
    expect(relativeLuminance(parseHexColor('#ff0000')!)).toBeCloseTo(0.2126, 4);
  });

  it('parses only #rrggbb', () => {
    expect(parseHexColor('#1F42aa')).toEqual([31, 66, 170]);
    for (const bad of ['1f42aa', '#fff', '#1f42ag', 'red', '#1f42aa0']) {
      expect(parseHexColor(bad)).toBeNull();
    }
  });

  it('formats ratios rounded down, with a decimal comma', () => {
    expect(formatRatio(2.999)).toBe('2,99:1');
    expect(formatRatio(4.5)).toBe('4,50:1');
  });
});

describe('checkBrandingContrast', () => {
  it('accepts the demo municipalities’ colours and says which text colour to use', () => {
    const oslo = checkBrandingContrast('#1f42aa');
    expect(oslo).toMatchObject({ ok: true, textColor: '#ffffff' });
    expect(checkBrandingContrast('#0b5e6f').ok).toBe(true);
    expect(checkBrandingContrast('#000000')).toMatchObject({ ok: true, textColor: '#ffffff' });
  });

  it('refuses a colour too light against the white page (UI components, 3:1)', () => {
    for (const light of ['#ffff00', '#ffffff', '#a0c4ff', '#f5a623']) {
      const result = checkBrandingContrast(light);
      expect(result.ok).toBe(false);
      if (result.ok) continue;
      expect(result.rule).toBe('accent-on-page');
      expect(result.contrast).toBeLessThan(3);
      expect(result.message).toContain(light);
      expect(result.message).toMatch(/3:1/);
      expect(result.message).toMatch(/mørkere/);
    }
  });

  it('puts the 3:1 line exactly where WCAG does', () => {
    // #949494 has 3.03:1 on white, #959595 2.99:1.
    expect(checkBrandingContrast('#949494').ok).toBe(true);
    expect(checkBrandingContrast('#959595').ok).toBe(false);
  });

  it('always finds white or black text with 4.5:1 on any colour that passes (all greys, a sample of hues)', () => {
    for (let v = 0; v < 256; v += 1) {
      const hex = `#${v.toString(16).padStart(2, '0').repeat(3)}`;
      const r = checkBrandingContrast(hex);
      if (r.ok) expect(r.textContrast).toBeGreaterThanOrEqual(4.5);
      else expect(r.rule).toBe('accent-on-page');
    }
    for (let i = 0; i < 500; i++) {
      const hex = `#${Math.floor(Math.random() * 0xffffff)
        .toString(16)
        .padStart(6, '0')}`;
      const r = checkBrandingContrast(hex);
      if (r.ok) expect(r.textContrast).toBeGreaterThanOrEqual(4.5);
      else expect(r.rule).not.toBe('format');
    }
  });

  it('refuses what is not a colour', () => {
    expect(checkBrandingContrast('blue')).toMatchObject({ ok: false, rule: 'format' });
  });
});
