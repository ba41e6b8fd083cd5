import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  Browser,
  decodeEntities,
  formOn,
  pkcePair,
  startIdp,
  type RunningIdp,
} from './harness';

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp();
});
afterAll(() => idp.close());

/** Starts a sign-in and returns the browser standing on the login page. */
async function openLoginPage() {
  const browser = new Browser();
  const start = await browser.request(
    authorizeUrl(idp.issuer, {
      state: 'st',
      nonce: 'no',
      code_challenge: pkcePair().challenge,
      code_challenge_method: 'S256',
    }),
  );
  const { page } = await browser.follow(start, idp.issuer);
  if (!page) throw new Error('no login page');
  return { browser, res: page, html: await page.text() };
}

describe('the TestID login page', () => {
  it('lists the demo persons as buttons grouped by municipality', async () => {
    const { res, html } = await openLoginPage();
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(html).toMatch(/<html lang="nb">/);
    expect(html).toContain('<title>TestID — velg testperson</title>');
    expect(html).toMatch(/<h1>TestID — velg testperson<\/h1>/);
    expect(html).toMatch(/<h2 id="kommune-1">Oslo<\/h2>/);
    expect(html).toMatch(/<h2 id="kommune-2">Nordre Follo<\/h2>/);
    // One submit button per person, carrying the national id; the name gives the accessible name.
    expect(html).toContain(
      '<button type="submit" name="nationalId" value="01017012345"\n data-testid="testperson-oslo-01017012345"><span class="name">Ingrid Berg</span><span class="description">Enhetsleder, Nordberg skole</span></button>',
    );
    expect(html.indexOf('Ingrid Berg')).toBeLessThan(html.indexOf('Nordre Follo'));
  });

  it('escapes everything it renders', async () => {
    const { html } = await openLoginPage();
    expect(html).toContain('Kari &lt;Nordmann&gt; &amp; &quot;co&quot;');
    expect(html).toContain('Helsesykepleier&#39;s &lt;i&gt;test&lt;/i&gt;');
    expect(html).not.toContain('<Nordmann>');
    expect(html).not.toContain('<i>test</i>');
  });

  it('has a labelled field for any other national id', async () => {
    const { html } = await openLoginPage();
    expect(html).toMatch(/<label for="fnr">Fødselsnummer \(11 siffer\)<\/label>/);
    expect(html).toMatch(/<input id="fnr" name="nationalId" type="text" inputmode="numeric"/);
    expect(/<input id="fnr"[^>]*>/.exec(html)?.[0]).not.toContain('aria-invalid');
  });

  it.each([
    ['too short', '1234567890'],
    ['letters', '0101701234x'],
    ['empty', ''],
    ['markup', '<script>alert(1)</script>'],
  ])(
    'rejects an invalid national id (%s), shows why and keeps what was typed',
    async (_, typed) => {
      const { browser, html } = await openLoginPage();
      const form = formOn(html, '/interaction/');
      const res = await browser.post(new URL(form.action, idp.issuer), { nationalId: typed });
      expect(res.status).toBe(400);
      const page = await res.text();
      expect(page).toContain('<title>Feil: TestID — velg testperson</title>');
      expect(page).toMatch(/<p class="error" id="fnr-error">[^<]*11 siffer[^<]*<\/p>/);
      expect(page).toContain('aria-describedby="fnr-hint fnr-error" aria-invalid="true" autofocus');
      const value = /<input id="fnr"[^>]*value="([^"]*)"/.exec(page)?.[1];
      expect(decodeEntities(value ?? 'missing')).toBe(typed);
      expect(page).not.toContain('<script>alert(1)</script>');
    },
  );

  it('accepts an id typed with spaces and continues the sign-in', async () => {
    const { browser, html } = await openLoginPage();
    const form = formOn(html, '/interaction/');
    const res = await browser.post(new URL(form.action, idp.issuer), {
      nationalId: ' 010170 12345 ',
    });
    expect(res.status).toBe(303);
    const { callback } = await browser.follow(res, idp.issuer);
    expect(callback?.searchParams.get('code')).toEqual(expect.any(String));
  });

  it('explains an expired or foreign interaction instead of failing', async () => {
    const res = await fetch(new URL('/interaction/not-a-real-uid', idp.issuer));
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<html lang="nb">/);
    expect(html).toContain('Gå tilbake til tjenesten');
  });
});
