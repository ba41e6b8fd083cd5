/**
 * WCAG 2.1 contrast, for the colours a municipality chooses for its pages (DOMAIN.md T2). The
 * accent colour fills buttons and checked boxes, so it must carry text (1.4.3: 4.5:1 for white or
 * black text on it) and stand out from the white page (1.4.11: 3:1 for user interface
 * components). The web app's theme (apps/web/src/lib/theme/accent.ts) builds on the same rules.
 */

export type Rgb = readonly [number, number, number];

const HEX = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i;

/** '#rrggbb' as red, green, blue (0–255); null for anything else. */
export function parseHexColor(hex: string): Rgb | null {
  const m = HEX.exec(hex.trim());
  if (!m) return null;
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

/** Relative luminance (WCAG 2.1, with sRGB's 0.04045 threshold): 0 for black, 1 for white. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast ratio (L1 + 0.05) / (L2 + 0.05), from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

/** WCAG AA for normal text (1.4.3). */
export const TEXT_CONTRAST_MIN = 4.5;
/** WCAG AA for user interface components and graphics (1.4.11). */
export const UI_CONTRAST_MIN = 3;

export type BrandingContrastRule =
  /** The colour is not '#rrggbb'. */
  | 'format'
  /** Neither white nor black text reaches 4.5:1 on the colour. */
  | 'text-on-accent'
  /** The colour has less than 3:1 against the white page. */
  | 'accent-on-page';

export type BrandingContrastResult =
  | {
      ok: true;
      /** The text colour (white or black) that contrasts most on the accent. */
      textColor: '#ffffff' | '#000000';
      textContrast: number;
      pageContrast: number;
    }
  | { ok: false; rule: BrandingContrastRule; contrast: number | null; message: string };

/** Ratios for people: rounded down, so 2.99 is never shown as "3,0". */
export function formatRatio(ratio: number): string {
  return `${(Math.floor(ratio * 100) / 100).toFixed(2).replace('.', ',')}:1`;
}

/**
 * Whether a municipality's accent colour is usable on its pages; the message says which rule
 * failed and what to do. Ratios are compared unrounded: 4.499 does not pass as 4.5.
 */
export function checkBrandingContrast(accentColor: string): BrandingContrastResult {
  const accent = parseHexColor(accentColor);
  if (!accent) {
    return {
      ok: false,
      rule: 'format',
      contrast: null,
      message: 'Fargen må være en heksadesimal farge som #1f42aa.',
    };
  }
  const onWhite = contrastRatio(accent, WHITE);
  const onBlack = contrastRatio(accent, BLACK);
  const textContrast = Math.max(onWhite, onBlack);
  // Mathematically one of the two always reaches about 4.58:1; kept as a rule of its own so the
  // check says so if the thresholds or the text colours ever change.
  if (textContrast < TEXT_CONTRAST_MIN) {
    return {
      ok: false,
      rule: 'text-on-accent',
      contrast: textContrast,
      message:
        `Verken hvit eller svart tekst blir lesbar på fargen ${accentColor} ` +
        `(best kontrast er ${formatRatio(textContrast)}, kravet er 4,5:1). Velg en mørkere eller lysere farge.`,
    };
  }
  if (onWhite < UI_CONTRAST_MIN) {
    return {
      ok: false,
      rule: 'accent-on-page',
      contrast: onWhite,
      message:
        `Fargen ${accentColor} er for lys mot den hvite siden: knapper og avkryssingsbokser blir ` +
        `vanskelige å se (kontrasten er ${formatRatio(onWhite)}, kravet er 3:1). Velg en mørkere farge.`,
    };
  }
  return {
    ok: true,
    textColor: onWhite >= onBlack ? '#ffffff' : '#000000',
    textContrast,
    pageContrast: onWhite,
  };
}
