/**
 * A municipality's accent colour as a Designsystemet colour scale.
 *
 * Designsystemet v1 themes are CSS custom properties: for each colour (accent, neutral, …) 16
 * tokens `--ds-color-accent-{background-default … base-contrast-default}`, which the theme maps
 * onto the `--ds-color-*` tokens the components use on `:root` and on `[data-color]` elements.
 * Its theme builder makes the scale from one base colour by giving each step a fixed relative
 * luminance (packages/cli/src/colors in digdir/designsystemet). We do the same, so every step has
 * the same contrast to white as in Designsystemet's own themes whatever the hue, and add the
 * guarantees a colour typed in by a municipality needs:
 *
 * - base-default (buttons, checked boxes) keeps the municipality's colour when it has at least
 *   3:1 against the white page (WCAG 1.4.11); a lighter colour is darkened until it has.
 * - base-contrast-default (text on buttons) is white or black, whichever contrasts more; that is
 *   always at least 4.58:1. Hover and active move away from the text colour, so they contrast
 *   even more.
 * - base-contrast-subtle has at least 4.5:1 against base-default.
 */

export type Rgb = readonly [number, number, number];

export const ACCENT_TOKENS = [
  'background-default',
  'background-tinted',
  'surface-default',
  'surface-tinted',
  'surface-hover',
  'surface-active',
  'border-subtle',
  'border-default',
  'border-strong',
  'text-subtle',
  'text-default',
  'base-default',
  'base-hover',
  'base-active',
  'base-contrast-subtle',
  'base-contrast-default',
] as const;
export type AccentToken = (typeof ACCENT_TOKENS)[number];

/** Relative luminance of each step in Designsystemet's light colour scheme. */
const LIGHT_LUMINANCE = {
  'background-default': 1,
  'background-tinted': 0.9,
  'surface-default': 1,
  'surface-tinted': 0.81,
  'surface-hover': 0.7,
  'surface-active': 0.59,
  'border-subtle': 0.5,
  'border-default': 0.19,
  'border-strong': 0.11,
  'text-subtle': 0.11,
  'text-default': 0.0245,
} as const satisfies Partial<Record<AccentToken, number>>;

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

export function parseHex(hex: string): Rgb {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim());
  if (!m) throw new Error(`Not a #rrggbb colour: ${hex}`);
  return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

export function toHex(rgb: Rgb): string {
  return `#${rgb
    .map((c) =>
      Math.round(Math.min(255, Math.max(0, c)))
        .toString(16)
        .padStart(2, '0'),
    )
    .join('')}`;
}

/** WCAG 2.1 relative luminance. */
export function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = Math.round(c) / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2.1 contrast ratio, 1 to 21. */
export function contrast(a: Rgb, b: Rgb): number {
  const la = luminance(a);
  const lb = luminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

/**
 * The colour mixed towards white or black until it has the given relative luminance (as
 * chroma-js's `luminance(target)`, which Designsystemet uses). Rounded to whole channel values,
 * erring towards the far side of the target so a contrast bound computed from it holds.
 */
export function withLuminance(rgb: Rgb, target: number): Rgb {
  const clamped = Math.min(1, Math.max(0, target));
  const current = luminance(rgb);
  if (Math.abs(current - clamped) < 1e-4) return rgb.map(Math.round) as unknown as Rgb;
  const towards = current < clamped ? WHITE : BLACK;
  const lighter = towards === WHITE;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 30; i++) {
    const mid = (lo + hi) / 2;
    const l = luminance(mix(rgb, towards, mid).map(Math.round) as unknown as Rgb);
    if (lighter ? l < clamped : l > clamped) lo = mid;
    else hi = mid;
  }
  return mix(rgb, towards, hi).map(Math.round) as unknown as Rgb;
}

/** Luminance a colour needs to have `ratio` contrast with a colour of luminance `other`. */
function luminanceAtContrast(other: number, ratio: number, side: 'darker' | 'lighter'): number {
  return side === 'darker' ? (other + 0.05) / ratio - 0.05 : (other + 0.05) * ratio - 0.05;
}

/** Minimum contrast of the base colour against the white page (WCAG 1.4.11, non-text). */
const BASE_MIN_CONTRAST = 3;
/** Each interaction step (hover, active) changes the contrast with the text by this factor. */
const STEP = 1.2;

export function accentScale(accentHex: string): Record<AccentToken, string> {
  const accent = parseHex(accentHex);

  let base: Rgb = accent.map(Math.round) as unknown as Rgb;
  if (contrast(base, WHITE) < BASE_MIN_CONTRAST) {
    base = withLuminance(base, luminanceAtContrast(1, BASE_MIN_CONTRAST + 0.05, 'darker'));
  }
  const baseLum = luminance(base);
  const text = contrast(base, WHITE) >= contrast(base, BLACK) ? WHITE : BLACK;
  const textIsWhite = text === WHITE;

  // Hover and active: further from the text colour, so they contrast more with it; but a base
  // that already contrasts strongly (a very dark or very light colour) steps towards the text,
  // as Designsystemet lightens dark colours on hover, staying above 15 / 1.2² ≈ 10:1.
  const c0 = contrast(base, text);
  const away = c0 * STEP ** 2 <= 15;
  const step = (n: number): Rgb => {
    const ratio = away ? c0 * STEP ** n : c0 / STEP ** n;
    // White text: the step is darker than white; black text: lighter than black.
    return withLuminance(
      base,
      luminanceAtContrast(textIsWhite ? 1 : 0, ratio, textIsWhite ? 'darker' : 'lighter'),
    );
  };

  const subtle = withLuminance(
    base,
    luminanceAtContrast(baseLum, 4.6, textIsWhite ? 'lighter' : 'darker'),
  );

  const scale = {} as Record<AccentToken, string>;
  for (const [token, lum] of Object.entries(LIGHT_LUMINANCE)) {
    scale[token as AccentToken] = toHex(withLuminance(accent, lum));
  }
  scale['base-default'] = toHex(base);
  scale['base-hover'] = toHex(step(1));
  scale['base-active'] = toHex(step(2));
  scale['base-contrast-subtle'] = toHex(subtle);
  scale['base-contrast-default'] = toHex(text);
  return scale;
}

/**
 * An inline `style` value that re-themes an element with `data-color="accent"` (and all it
 * contains) in the municipality's colour.
 */
export function accentStyle(accentHex: string): string {
  const scale = accentScale(accentHex);
  return ACCENT_TOKENS.map((token) => `--ds-color-accent-${token}: ${scale[token]}`).join('; ');
}
