/**
 * Integration harness: the Hono app (called with app.request) on a real, migrated and seeded
 * database, signing in through a real local OpenID provider over HTTP. Only the edges are real
 * servers; nothing is mocked.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestDatabase, demoPeople, type Database } from '@stafett/db';
import { createIdp, type NodeHandler } from '@stafett/idp';
import { createApp } from '../src/app';
import { createOidcGateway } from '../src/auth/oidc';
import { loadConfig } from '../src/env';
import { createLogger } from '../src/logger';

export const PUBLIC_ORIGIN = 'http://stafett.test';

export interface World {
  app: ReturnType<typeof createApp>;
  database: Database;
  issuer: string;
  close(): Promise<void>;
}

export async function createWorld(opts: { log?: (line: string) => void } = {}): Promise<World> {
  let handler: NodeHandler = (_req, res) => void res.writeHead(503).end();
  const server: Server = createServer((req, res) => handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  handler = createIdp({
    issuer,
    clients: [
      {
        client_id: 'stafett-test',
        client_secret: 'test-secret-test-secret',
        redirect_uris: [`${PUBLIC_ORIGIN}/api/v1/auth/callback`],
        post_logout_redirect_uris: [`${PUBLIC_ORIGIN}/api/v1/auth/logged-out`],
        frontchannel_logout_uri: `${PUBLIC_ORIGIN}/api/v1/auth/frontchannel-logout`,
      },
    ],
  }).app;

  const { database, cleanup } = await createTestDatabase({ seed: true });
  const config = loadConfig({
    NODE_ENV: 'test',
    PUBLIC_ORIGIN,
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: 'stafett-test',
    OIDC_CLIENT_SECRET: 'test-secret-test-secret',
    LOG_LEVEL: opts.log ? 'debug' : 'silent',
  });
  const sink = opts.log;
  const logger = sink
    ? createLogger('debug', { write: (line: string) => sink(line) })
    : createLogger('silent');
  const app = createApp({
    config,
    database,
    logger,
    oidc: createOidcGateway(config),
  });
  return {
    app,
    database,
    issuer,
    close: async () => {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await cleanup();
    },
  };
}

export function nationalIdOf(name: string): string {
  const person = demoPeople.find((p) => p.name === name);
  if (!person) throw new Error(`no demo person ${name}`);
  return person.nationalId;
}

/** A cookie jar over Set-Cookie headers, enough for one origin's cookies in a test. */
export class Jar {
  private readonly cookies = new Map<string, string>();

  store(res: Response) {
    for (const line of res.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const eq = pair.indexOf('=');
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (value === '' || /max-age=0/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) {
        this.cookies.delete(name);
      } else this.cookies.set(name, value);
    }
  }

  header(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
  }

  get(name: string) {
    return this.cookies.get(name);
  }

  set(name: string, value: string) {
    this.cookies.set(name, value);
  }
}

/** One person's browser: a jar for the app and one for the provider. */
export class Person {
  readonly app = new Jar();
  private readonly idp = new Jar();

  constructor(private readonly world: World) {}

  async call(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    const cookie = this.app.header();
    if (cookie) headers.set('cookie', cookie);
    const res = await this.world.app.request(path, { ...init, headers });
    this.app.store(res);
    return res;
  }

  private async idpFetch(url: string, init: RequestInit = {}) {
    const headers = new Headers(init.headers);
    headers.set('accept', 'text/html');
    const cookie = this.idp.header();
    if (cookie) headers.set('cookie', cookie);
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    this.idp.store(res);
    return res;
  }

  /**
   * Signs in to a municipality as the provider's demo person with this national id, as a browser
   * would; returns where the app finally sends the browser.
   */
  signIn(slug: string, nationalId: string): Promise<string> {
    return this.signInFrom(`/api/v1/auth/login?municipality=${slug}`, nationalId);
  }

  /** The same round trip from any of the API's sign-in starts (e.g. the operator's). */
  async signInFrom(startPath: string, nationalId: string): Promise<string> {
    const start = await this.call(startPath);
    if (start.status !== 302) throw new Error(`login answered ${start.status}`);
    let res = await this.idpFetch(start.headers.get('location') ?? '');
    for (let hop = 0; hop < 10; hop++) {
      const location = res.headers.get('location');
      if (location) {
        const next = new URL(location, this.world.issuer);
        if (next.origin === PUBLIC_ORIGIN) {
          const back = await this.call(next.pathname + next.search);
          return back.headers.get('location') ?? `(status ${back.status})`;
        }
        res = await this.idpFetch(next.href);
        continue;
      }
      const page = await res.text();
      const action = page.match(/<form method="post" action="([^"]+)"/)?.[1];
      if (!action) throw new Error('no sign-in form on the provider page');
      res = await this.idpFetch(new URL(action.replace(/&amp;/g, '&'), this.world.issuer).href, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ nationalId }).toString(),
      });
    }
    throw new Error('sign-in did not come back to the app');
  }
}
