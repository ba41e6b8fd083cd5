/**
 * The few HTML helpers the provider's pages share. Every value that did not come from this file
 * goes through `escapeHtml`, attributes included, so a demo person's name or a typed id cannot
 * inject markup.
 */

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/*
 * High contrast (body text 16:1, links and buttons above 7:1), a focus ring that shows on every
 * background, and tap targets of at least 44 px so the page works on a phone.
 */
const CSS = `
*{box-sizing:border-box}
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;font-size:1.0625rem;line-height:1.5;color:#1b1b1b;background:#fff}
.dev{padding:.5rem 1rem;background:#fff4c2;border-bottom:2px solid #6b4e00;color:#3d2c00}
main{max-width:40rem;margin:0 auto;padding:1rem}
.dev p{margin:0}
h1{font-size:1.75rem;line-height:1.2;margin:1rem 0}
h2{font-size:1.25rem;margin:1.5rem 0 .5rem}
ul{list-style:none;margin:0;padding:0}
li{margin:0 0 .5rem}
button,.button{display:block;width:100%;min-height:44px;padding:.625rem .875rem;font:inherit;text-align:left;color:#0b3d91;background:#fff;border:2px solid #0b3d91;border-radius:6px;cursor:pointer;text-decoration:none}
button:hover,.button:hover{background:#e8eefa}
.name{display:block;font-weight:700}
.description{display:block;color:#333}
.primary{background:#0b3d91;color:#fff;text-align:center}
.primary:hover{background:#082c69}
.secondary{text-align:center}
label{display:block;font-weight:700;margin-bottom:.25rem}
.hint{margin:0 0 .5rem;color:#333}
input{display:block;width:100%;min-height:44px;padding:.5rem;font:inherit;letter-spacing:.05em;border:2px solid #1b1b1b;border-radius:4px}
input[aria-invalid=true]{border-color:#b00020;border-width:3px}
.error{margin:0 0 .5rem;color:#b00020;font-weight:700}
.actions{display:grid;gap:.75rem;margin-top:1rem}
a{color:#0b3d91}
:focus-visible{outline:3px solid #1b1b1b;outline-offset:2px;box-shadow:0 0 0 6px #ffd400}
@media (prefers-color-scheme:dark){
body{color:#f2f2f2;background:#121212}
.dev{background:#3d2c00;color:#fff4c2;border-color:#ffd400}
button,.button{color:#cfe0ff;background:#121212;border-color:#cfe0ff}
button:hover,.button:hover{background:#1f2a3d}
.description,.hint{color:#d0d0d0}
.primary{background:#cfe0ff;color:#0b1b3a}
.primary:hover{background:#e6efff}
input{background:#121212;color:#f2f2f2;border-color:#f2f2f2}
.error{color:#ff9ca8}
input[aria-invalid=true]{border-color:#ff9ca8}
a{color:#cfe0ff}
:focus-visible{outline-color:#fff}
}
`;

export interface PageOptions {
  /** Plain text; escaped here. */
  title: string;
  /** Trusted markup built with `escapeHtml`. */
  body: string;
  /** Trusted markup for the end of <head>, e.g. a script. */
  head?: string;
}

export function renderPage({ title, body, head = '' }: PageOptions): string {
  return `<!doctype html>
<html lang="nb">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${CSS}</style>
${head}
</head>
<body>
<header class="dev"><p>Lokal testinnlogging for utvikling og test. Dette er ikke ID-porten.</p></header>
<main>
${body}
</main>
</body>
</html>`;
}
