import { describe, expect, it } from 'vitest';
import {
  accentScale,
  accentStyle,
  contrast,
  luminance,
  parseHex,
  toHex,
  withLuminance,
} from './accent';

const WHITE = parseHex('#ffffff');

/** A spread of colours municipalities might type in: brand colours, and the awkward ones. */
const samples = [
  '#0062ba', // Designsystemet's own accent
  '#1f42aa',
  '#c8102e', // red
  '#ffcc00', // yellow: too light for white text and for 3:1 on white
  '#00a9e0', // light blue
  '#7fba00', // lime
  '#777777', // mid grey, near the black/white crossover
  '#767676',
  '#ffffff',
  '#000000',
  '#2a2859', // Oslo's dark blue
  '#e6007e', // magenta
  '#009b3a',
];

function randomColours(n: number, seed = 42): string[] {
  let s = seed;
  const next = () => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s / 2 ** 31;
  };
  return Array.from({ length: n }, () => toHex([next() * 255, next() * 255, next() * 255]));
}

describe('colour maths', () => {
  it('computes WCAG luminance and contrast', () => {
    expect(luminance(WHITE)).toBeCloseTo(1);
    expect(contrast(parseHex('#000000'), WHITE)).toBeCloseTo(21);
    expect(contrast(parseHex('#767676'), WHITE)).toBeCloseTo(4.54, 2);
  });

  it('moves a colour to a target luminance', () => {
    const c = parseHex('#0062ba');
    expect(luminance(withLuminance(c, 0.5))).toBeCloseTo(0.5, 2);
    expect(luminance(withLuminance(c, 0.0245))).toBeCloseTo(0.0245, 2);
  });
});

describe('accentScale', () => {
  it('keeps a colour that already works as the base colour', () => {
    expect(accentScale('#0062BA')['base-default']).toBe('#0062ba');
    expect(accentScale('#0062ba')['base-contrast-default']).toBe('#ffffff');
  });

  it('gives yellow black text and darkens it to 3:1 against white', () => {
    const scale = accentScale('#ffcc00');
    expect(scale['base-contrast-default']).toBe('#000000');
    expect(contrast(parseHex(scale['base-default']), WHITE)).toBeGreaterThanOrEqual(3);
  });

  it.each([...samples, ...randomColours(300)])('%s meets WCAG AA', (hex) => {
    const s = accentScale(hex);
    const c = (a: keyof typeof s, b: keyof typeof s) => contrast(parseHex(s[a]), parseHex(s[b]));
    // Text on buttons, in every state.
    expect(c('base-contrast-default', 'base-default')).toBeGreaterThanOrEqual(4.5);
    expect(c('base-contrast-default', 'base-hover')).toBeGreaterThanOrEqual(4.5);
    expect(c('base-contrast-default', 'base-active')).toBeGreaterThanOrEqual(4.5);
    expect(c('base-contrast-subtle', 'base-default')).toBeGreaterThanOrEqual(4.5);
    // Buttons and checked controls against the page.
    expect(c('base-default', 'background-default')).toBeGreaterThanOrEqual(3);
    // Text and links on the page and on tinted surfaces.
    expect(c('text-default', 'background-default')).toBeGreaterThanOrEqual(7);
    expect(c('text-subtle', 'background-default')).toBeGreaterThanOrEqual(4.5);
    expect(c('text-subtle', 'background-tinted')).toBeGreaterThanOrEqual(4.5);
    expect(c('text-default', 'surface-tinted')).toBeGreaterThanOrEqual(4.5);
    expect(c('text-subtle', 'surface-tinted')).toBeGreaterThanOrEqual(4.5);
    // Form borders.
    expect(c('border-default', 'background-default')).toBeGreaterThanOrEqual(3);
  });

  it('renders every token as a CSS custom property', () => {
    const style = accentStyle('#2a2859');
    expect(style).toMatch(/^--ds-color-accent-background-default: #ffffff; /);
    expect(style.split('; ')).toHaveLength(16);
    expect(style).not.toMatch(/[<>"{}]/);
  });
});
