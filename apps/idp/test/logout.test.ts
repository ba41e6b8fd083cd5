import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  authorizeUrl,
  Browser,
  CLIENT,
  decodeEntities,
  formOn,
  pkcePair,
  signIn,
  startIdp,
  type RunningIdp,
} from './harness';

let idp: RunningIdp;
beforeAll(async () => {
  idp = await startIdp();
});
afterAll(() => idp.close());

function endSessionUrl(params: Record<string, string>): URL {
  const url = new URL('/session/end', idp.issuer);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, v);
  return url;
}

describe('RP-initiated logout', () => {
  it('ends the session without asking, notifies clients by front channel, then redirects', async () => {
    const browser = new Browser();
    const { idToken, claims } = await signIn(browser, idp.issuer, '01017012345');

    const res = await browser.request(
      endSessionUrl({
        id_token_hint: idToken,
        post_logout_redirect_uri: CLIENT.post_logout_redirect_uri,
        state: 'oslo',
      }),
    );
    // No question: the page only carries the provider's xsrf form and submits it by itself.
    expect(res.status).toBe(200);
    const confirmPage = await res.text();
    expect(confirmPage).not.toMatch(/vil du|do you want/i);
    expect(confirmPage).toContain("document.getElementById('logout-continue').click()");
    const form = formOn(confirmPage, '/session/end/confirm');
    const button = /<button id="logout-continue"[^>]*name="logout" value="yes"/.test(confirmPage);
    expect(button).toBe(true);

    const done = await browser.post(new URL(form.action, idp.issuer), {
      ...form.fields,
      logout: 'yes',
    });
    expect(done.status).toBe(200);
    const page = await done.text();

    // The front-channel iframe carries iss and the sid of the ID token.
    const src = /<iframe[^>]*data-frontchannel src="([^"]+)"/.exec(page)?.[1];
    expect(src).toBeDefined();
    const frame = new URL(decodeEntities(src ?? ''));
    expect(frame.origin + frame.pathname).toBe(CLIENT.frontchannel_logout_uri);
    expect(frame.searchParams.get('iss')).toBe(idp.issuer);
    expect(frame.searchParams.get('sid')).toBe(claims.sid);

    // Then on to the post_logout_redirect_uri, with state.
    const href = /<a id="continue"[^>]*href="([^"]+)"/.exec(page)?.[1];
    const target = new URL(decodeEntities(href ?? ''));
    expect(target.origin + target.pathname).toBe(CLIENT.post_logout_redirect_uri);
    expect(target.searchParams.get('state')).toBe('oslo');
    expect(page).toContain('location.replace');

    // The session is gone: the next sign-in shows the login page again.
    const again = await browser.request(
      authorizeUrl(idp.issuer, {
        state: 's',
        nonce: 'n',
        code_challenge: pkcePair().challenge,
        code_challenge_method: 'S256',
      }),
    );
    const { page: loginPage } = await browser.follow(again, idp.issuer);
    expect(await loginPage?.text()).toContain('TestID — velg testperson');
  });

  it('redirects straight away when there is no session left to end', async () => {
    const browser = new Browser();
    const { idToken } = await signIn(browser, idp.issuer, '01017012345');
    const stranger = new Browser();
    const res = await stranger.request(
      endSessionUrl({
        id_token_hint: idToken,
        post_logout_redirect_uri: CLIENT.post_logout_redirect_uri,
        state: 'x',
      }),
    );
    const form = formOn(await res.text(), '/session/end/confirm');
    const done = await stranger.post(new URL(form.action, idp.issuer), form.fields);
    expect(done.status).toBe(303);
    const location = new URL(done.headers.get('location') ?? '');
    expect(location.origin + location.pathname).toBe(CLIENT.post_logout_redirect_uri);
    expect(location.searchParams.get('state')).toBe('x');
  });

  it('refuses a post_logout_redirect_uri that is not registered', async () => {
    const browser = new Browser();
    const { idToken } = await signIn(browser, idp.issuer, '01017012345');
    const res = await browser.request(
      endSessionUrl({
        id_token_hint: idToken,
        post_logout_redirect_uri: 'https://evil.example/',
      }),
    );
    expect(res.status).toBe(400);
    const html = await res.text();
    expect(html).toMatch(/<html lang="nb">/);
    expect(html).toContain('post_logout_redirect_uri not registered');
  });
});
