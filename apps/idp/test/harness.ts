/**
 * Test harness: the provider on a random port, and a tiny "browser" (fetch with a cookie jar and
 * redirects followed by hand) that stops when the provider sends it back to the client.
 */
import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createIdp, type DemoPerson, type IdpClient, type NodeHandler } from '../src/provider';

export const CLIENT = {
  client_id: 'test-client',
  client_secret: 'test-secret',
  redirect_uri: 'http://rp.test/api/v1/auth/callback',
  post_logout_redirect_uri: 'http://rp.test/api/v1/auth/logged-out',
  frontchannel_logout_uri: 'http://rp.test/api/v1/auth/frontchannel-logout',
} as const;

export const PEOPLE: readonly DemoPerson[] = [
  {
    nationalId: '01017012345',
    name: 'Ingrid Berg',
    municipalitySlug: 'oslo',
    description: 'Enhetsleder, Nordberg skole',
  },
  {
    nationalId: '02028012345',
    name: 'Tor Haugland',
    municipalitySlug: 'oslo',
    description: 'Ingen rolle',
  },
  {
    nationalId: '03039012345',
    name: 'Kari <Nordmann> & "co"',
    municipalitySlug: 'nordre-follo',
    description: "Helsesykepleier's <i>test</i>",
  },
];

export interface RunningIdp {
  issuer: string;
  close(): Promise<void>;
}

export async function startIdp(extraClients: IdpClient[] = []): Promise<RunningIdp> {
  // The issuer must carry the port, so the handler is attached once the port is known.
  let handler: NodeHandler = (_req, res) => void res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const issuer = `http://127.0.0.1:${port}`;
  const client: IdpClient = {
    client_id: CLIENT.client_id,
    client_secret: CLIENT.client_secret,
    redirect_uris: [CLIENT.redirect_uri],
    post_logout_redirect_uris: [CLIENT.post_logout_redirect_uri],
    frontchannel_logout_uri: CLIENT.frontchannel_logout_uri,
  };
  handler = createIdp({ issuer, clients: [client, ...extraClients], people: PEOPLE }).app;
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((err) => (err ? reject(err) : resolve()));
      }),
  };
}

/** fetch with cookies, one hop at a time. */
export class Browser {
  private readonly jar = new Map<string, string>();

  async request(url: string | URL, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookies = [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
    if (cookies) headers.set('cookie', cookies);
    // As a browser does; oidc-provider answers errors with HTML only to those who accept it.
    if (!headers.has('accept')) headers.set('accept', 'text/html,*/*;q=0.8');
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /expires=Thu, 01 Jan 1970/i.test(line)) this.jar.delete(name);
      else this.jar.set(name, value);
    }
    return res;
  }

  post(url: string | URL, form: Record<string, string>): Promise<Response> {
    return this.request(url, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(form).toString(),
    });
  }

  /**
   * Follows redirects on the provider until a page is shown (returned as the last response) or
   * the provider sends the browser to the client (returned as `callback`, not fetched).
   */
  async follow(start: Response, base: string): Promise<{ page?: Response; callback?: URL }> {
    let res = start;
    for (let hops = 0; hops < 10; hops++) {
      const location = res.headers.get('location');
      if (res.status < 300 || res.status >= 400 || !location) return { page: res };
      const next = new URL(location, base);
      if (next.origin !== new URL(base).origin) return { callback: next };
      res = await this.request(next);
    }
    throw new Error('too many redirects');
  }
}

export function pkcePair() {
  const verifier = randomBytes(32).toString('base64url');
  const challenge = createHash('sha256').update(verifier).digest('base64url');
  return { verifier, challenge };
}

export function authorizeUrl(issuer: string, params: Record<string, string>): URL {
  const url = new URL('/auth', issuer);
  const defaults = {
    client_id: CLIENT.client_id,
    redirect_uri: CLIENT.redirect_uri,
    response_type: 'code',
    scope: 'openid profile',
  };
  for (const [k, v] of Object.entries({ ...defaults, ...params })) url.searchParams.set(k, v);
  return url;
}

/** The first form on the page whose action contains `actionPart`, with its hidden inputs. */
export function formOn(
  html: string,
  actionPart: string,
): { action: string; fields: Record<string, string> } {
  const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g) ?? [];
  for (const form of forms) {
    const action = /action="([^"]*)"/.exec(form)?.[1];
    if (!action || !action.includes(actionPart)) continue;
    const fields: Record<string, string> = {};
    for (const input of form.match(/<input\b[^>]*>/g) ?? []) {
      const name = /name="([^"]*)"/.exec(input)?.[1];
      const value = /value="([^"]*)"/.exec(input)?.[1];
      if (name && /type="hidden"/.test(input)) fields[name] = value ?? '';
    }
    return { action: decodeEntities(action), fields };
  }
  throw new Error(`no form posting to ${actionPart}`);
}

export function decodeEntities(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export interface IdTokenPayload {
  iss: string;
  aud: string;
  sub: string;
  pid?: string;
  acr?: string;
  amr?: string[];
  nonce?: string;
  sid?: string;
  locale?: string;
  auth_time?: number;
  exp: number;
}

/** Verifies an RS256 JWT against the provider's JWKS (node:crypto only) and returns its payload. */
export async function verifyIdToken(issuer: string, jwt: string): Promise<IdTokenPayload> {
  const [h = '', p = '', s = ''] = jwt.split('.');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString()) as {
    alg: string;
    kid?: string;
  };
  const jwks = (await (await fetch(new URL('/jwks', issuer))).json()) as {
    keys: Array<{ kid?: string } & Record<string, unknown>>;
  };
  const jwk = jwks.keys.find((k) => k.kid === header.kid);
  if (header.alg !== 'RS256' || !jwk) throw new Error('unexpected token header');
  const key = createPublicKey({ key: jwk, format: 'jwk' });
  if (!verify('sha256', Buffer.from(`${h}.${p}`), key, Buffer.from(s, 'base64url'))) {
    throw new Error('bad signature');
  }
  return JSON.parse(Buffer.from(p, 'base64url').toString()) as IdTokenPayload;
}

export interface SignedIn {
  idToken: string;
  claims: IdTokenPayload;
  nonce: string;
}

/**
 * A whole sign-in as the API does it: authorization request with state, nonce and PKCE; the
 * person is picked on the login page (`interaction` says what happened there); code for tokens.
 */
export async function signIn(
  browser: Browser,
  issuer: string,
  nationalId: string,
  params: Record<string, string> = {},
  tokenAuth?: Record<string, string>,
): Promise<SignedIn> {
  const state = randomBytes(8).toString('hex');
  const nonce = randomBytes(8).toString('hex');
  const { verifier, challenge } = pkcePair();
  const start = await browser.request(
    authorizeUrl(issuer, {
      state,
      nonce,
      code_challenge: challenge,
      code_challenge_method: 'S256',
      ...params,
    }),
  );
  const first = await browser.follow(start, issuer);
  let callback = first.callback;
  const page = first.page;
  if (page) {
    const { action } = formOn(await page.text(), '/interaction/');
    const posted = await browser.post(new URL(action, issuer), { nationalId });
    ({ callback } = await browser.follow(posted, issuer));
  }
  if (!callback) throw new Error('the provider did not send the browser back to the client');
  if (callback.searchParams.get('state') !== state) throw new Error('state not returned');
  const code = callback.searchParams.get('code');
  if (!code) throw new Error(`no code: ${callback.search}`);

  const tokens = await exchangeCode(issuer, code, verifier, tokenAuth);
  if (tokens.status !== 200)
    throw new Error(`token endpoint: ${tokens.status} ${await tokens.text()}`);
  const { id_token: idToken } = (await tokens.json()) as { id_token: string };
  return { idToken, claims: await verifyIdToken(issuer, idToken), nonce };
}

export function exchangeCode(
  issuer: string,
  code: string,
  verifier: string,
  auth: Record<string, string> = {
    client_id: CLIENT.client_id,
    client_secret: CLIENT.client_secret,
  },
): Promise<Response> {
  return fetch(new URL('/token', issuer), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      code,
      redirect_uri: CLIENT.redirect_uri,
      code_verifier: verifier,
      ...auth,
    }).toString(),
  });
}
