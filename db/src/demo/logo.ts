/**
 * A plain shield with the municipality's initial: a stand-in logo that is static and safe to
 * serve as image/svg+xml (no script, no external reference, text escaped).
 */
export function shieldLogo(name: string, color: string): Uint8Array {
  if (!/^#[0-9a-fA-F]{6}$/.test(color)) throw new RangeError(`Not a colour: ${color}`);
  const initial = escapeXml(name.trim().charAt(0).toUpperCase());
  const label = escapeXml(name);
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 72" width="64" height="72" role="img" aria-label="${label}">` +
    `<path d="M4 4h56v30c0 18-12 29-28 35C16 63 4 52 4 34z" fill="${color}"/>` +
    `<path d="M9 9h46v25c0 15-10 24-23 29C19 58 9 49 9 34z" fill="none" stroke="#ffffff" stroke-width="2"/>` +
    `<text x="32" y="45" text-anchor="middle" font-family="Arial, Helvetica, sans-serif" font-size="28" font-weight="700" fill="#ffffff">${initial}</text>` +
    `</svg>`;
  return new TextEncoder().encode(svg);
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
