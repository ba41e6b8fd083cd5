/**
 * Logout as ID-porten does it: RP-initiated logout ends the whole SSO session at once (no "do you
 * want to sign out?" question), then a page loads every signed-in client's front-channel logout
 * URI in a hidden iframe, with `iss` and `sid`, before sending the browser to the
 * post_logout_redirect_uri. oidc-provider v9 has no front-channel logout of its own (it was
 * removed in v8), so the iframes are rendered here from the ended session.
 */
import type { KoaContextWithOIDC, Provider, Session } from 'oidc-provider';
import { escapeHtml, renderPage } from './html';

/** Client metadata (OpenID Connect Front-Channel Logout 1.0) that oidc-provider does not know. */
export const FRONTCHANNEL_LOGOUT_URI = 'frontchannel_logout_uri';

/** How long the logged-out page waits for slow or unreachable clients before moving on. */
const FRONTCHANNEL_TIMEOUT_MS = 3000;

/**
 * Replaces oidc-provider's confirmation page. The provider still wants a POST with its xsrf token
 * (so a cross-site link cannot end the session silently), so the page submits it at once; without
 * script the one button continues.
 */
export function logoutSource(ctx: KoaContextWithOIDC, form: string): void {
  ctx.type = 'html';
  ctx.body = renderPage({
    title: 'Logger ut',
    head: `<script>document.addEventListener('DOMContentLoaded',function(){document.getElementById('logout-continue').click()})</script>`,
    body: `<h1>Logger ut</h1>
${form}
<button id="logout-continue" class="primary" type="submit" form="op.logoutForm" name="logout" value="yes">Fortsett utloggingen</button>`,
  });
}

/** Shown when a client logs out without a post_logout_redirect_uri. */
export function postLogoutSuccessSource(ctx: KoaContextWithOIDC): void {
  ctx.type = 'html';
  ctx.body = renderPage({
    title: 'Du er logget ut',
    body: '<h1>Du er logget ut</h1>\n<p>Du kan lukke dette vinduet.</p>',
  });
}

/** The front-channel logout URLs for every client the ended session was signed in to. */
export async function frontChannelUrls(provider: Provider, session: Session): Promise<string[]> {
  const urls: string[] = [];
  for (const [clientId, authorization] of Object.entries(session.authorizations ?? {})) {
    const client = await provider.Client.find(clientId);
    const uri = client?.[FRONTCHANNEL_LOGOUT_URI];
    if (typeof uri !== 'string' || !authorization.sid) continue;
    const url = new URL(uri);
    url.searchParams.set('iss', provider.issuer);
    url.searchParams.set('sid', authorization.sid);
    urls.push(url.href);
  }
  return urls;
}

/**
 * Koa middleware for the provider: when the logout confirmation has ended a session and answers
 * with its redirect, answer instead with a page that notifies the clients and then redirects.
 */
export function frontChannelLogout(provider: Provider) {
  return async (ctx: KoaContextWithOIDC, next: () => Promise<unknown>): Promise<void> => {
    await next();
    // ctx.oidc only exists on the provider's own routes.
    if (!('oidc' in ctx) || ctx.oidc.route !== 'end_session_confirm' || ctx.status !== 303) return;
    const session = ctx.oidc.entities.Session;
    const target = ctx.response.get('location');
    if (!session || !target) return;
    const urls = await frontChannelUrls(provider, session);
    if (urls.length === 0) return;

    ctx.remove('location');
    ctx.status = 200;
    ctx.type = 'html';
    ctx.body = loggedOutPage(target, urls);
  };
}

function loggedOutPage(target: string, frontChannel: string[]): string {
  // The script only reads the link's href, so the URL never has to be escaped for JavaScript.
  const script = `<script>
var pending=${frontChannel.length};
function leave(){location.replace(document.getElementById('continue').href)}
function frameLoaded(){if(--pending===0)leave()}
document.addEventListener('DOMContentLoaded',function(){setTimeout(leave,${FRONTCHANNEL_TIMEOUT_MS})});
</script>`;
  const frames = frontChannel
    .map(
      (url) =>
        `<iframe hidden title="Utlogging fra tjeneste" data-frontchannel src="${escapeHtml(url)}" onload="frameLoaded()"></iframe>`,
    )
    .join('\n');
  return renderPage({
    title: 'Du er logget ut',
    head: script,
    body: `<h1>Du er logget ut</h1>
<p>Du blir nå logget ut av tjenestene du var innlogget i, og sendt videre.</p>
<p><a id="continue" class="button primary" href="${escapeHtml(target)}">Gå videre</a></p>
${frames}`,
  });
}
