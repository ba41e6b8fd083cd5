import createDOMPurify from 'dompurify';
import { JSDOM } from 'jsdom';

const SVG_NS = 'http://www.w3.org/2000/svg';

export type SvgSanitizing =
  | {
      ok: true;
      svg: string;
      /** What was taken out (foreign objects, external references, unknown markup). */
      removed: string[];
    }
  | { ok: false; reason: 'malformed' | 'not_svg' | 'hostile'; message: string; found: string[] };

/** Elements that run code or pull in other documents: their presence makes the file hostile. */
const ACTIVE_ELEMENTS = new Set(['script', 'handler', 'iframe', 'embed', 'object', 'frame']);
/** A URL that runs code, with the whitespace and control characters browsers ignore removed. */
const ACTIVE_URL =
  /(?:java|vb|live)script:|data:text\/html|data:application\/(?:x-)?(?:java|ecma)script/i;
const SAFE_HREF = /^(?:#|data:image\/(?:png|jpeg|gif|webp);base64,)/i;
const NOT_SAFE = (what: string) =>
  `Logoen inneholder ${what}, som kan kjøre kode i nettleseren. Vi lagrer den ikke. ` +
  'Eksporter logoen på nytt som ren SVG (uten skript og interaktivitet) eller som PNG.';

function compact(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\s\u0000-\u001f]+/g, '');
}

/** External references in CSS: @import and url() that is not a local #fragment. */
function stripExternalCss(css: string, removed: string[]): string {
  return css
    .replace(/@import\b[^;]*;?/gi, () => {
      removed.push('@import');
      return '';
    })
    .replace(/url\(\s*(['"]?)\s*(?!#)[^)]*\)/gi, () => {
      removed.push('url()');
      return 'none';
    });
}

/**
 * Parses an uploaded SVG strictly as XML and returns a sanitised copy. Scripts, event handlers and
 * `javascript:` URLs make the file hostile: it is refused, so the person learns their file was
 * unsafe instead of getting a silently different one. Foreign objects, external references and
 * markup DOMPurify does not know are removed quietly (and reported back for the audit trail).
 * The caller has already checked that the text's root element is <svg> with no entity
 * declarations (inspectLogo), so the XML parser never expands user-defined entities.
 */
export function sanitizeSvg(text: string): SvgSanitizing {
  let dom: JSDOM;
  try {
    dom = new JSDOM(text, { contentType: 'image/svg+xml' });
  } catch {
    return {
      ok: false,
      reason: 'malformed',
      message:
        'SVG-filen er ikke gyldig XML (for eksempel en tagg som ikke er lukket). Eksporter logoen på nytt.',
      found: [],
    };
  }
  const { window } = dom;
  try {
    const root = window.document.documentElement;
    if (!root || root.localName !== 'svg' || root.namespaceURI !== SVG_NS) {
      return {
        ok: false,
        reason: 'not_svg',
        message:
          'Filen er ikke en SVG-tegning: rotelementet må være <svg> med xmlns="http://www.w3.org/2000/svg".',
        found: [],
      };
    }

    const found = new Set<string>();
    for (const el of [root, ...root.querySelectorAll('*')]) {
      const name = el.localName.toLowerCase();
      if (ACTIVE_ELEMENTS.has(name)) found.add(`<${el.localName}>`);
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.localName)) found.add(`${attr.name}=`);
        else if (ACTIVE_URL.test(compact(attr.value))) found.add(`${attr.name}="javascript:…"`);
      }
      if (name === 'style' && /expression\s*\(|(?:java|vb)script:/i.test(el.textContent ?? '')) {
        found.add('<style> med skript');
      }
    }
    if (found.size > 0) {
      const what = [...found].slice(0, 5).join(', ');
      return { ok: false, reason: 'hostile', message: NOT_SAFE(what), found: [...found] };
    }

    const removed: string[] = [];
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('uponSanitizeAttribute', (_node, data) => {
      if (/(^|:)href$/i.test(data.attrName) && !SAFE_HREF.test(data.attrValue.trim())) {
        data.keepAttr = false;
      } else if (data.attrName === 'style') {
        data.attrValue = stripExternalCss(data.attrValue, removed);
      }
    });
    purify.sanitize(root, {
      IN_PLACE: true,
      USE_PROFILES: { svg: true, svgFilters: true },
    });
    for (const r of purify.removed) {
      if ('element' in r && r.element) removed.push(`<${r.element.nodeName}>`);
      else if ('attribute' in r && r.attribute) removed.push(`${r.attribute.name}=`);
    }
    for (const style of root.querySelectorAll('style')) {
      style.textContent = stripExternalCss(style.textContent ?? '', removed);
    }
    const svg = new window.XMLSerializer().serializeToString(root);
    return { ok: true, svg, removed: [...new Set(removed)] };
  } finally {
    window.close();
  }
}
