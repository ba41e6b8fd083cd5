/**
 * @stafett/idp: a local OpenID provider that behaves like ID-porten, for development and tests.
 * The API talks to it through the same client code it uses against ID-porten in production.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Provider, type ClientMetadata, type JWKS } from 'oidc-provider';
import { buildConfiguration } from './configuration';
import { handleInteraction, matchInteraction, type InteractionDeps } from './interactions';
import { generateDevKeys, type DevKeys } from './keys';
import { FRONTCHANNEL_LOGOUT_URI, frontChannelLogout } from './logout';
import type { DemoPerson } from './people';

export type { DemoPerson } from './people';
export type { DevKeys } from './keys';

export interface IdpClient {
  client_id: string;
  client_secret: string;
  redirect_uris: string[];
  post_logout_redirect_uris: string[];
  /** Loaded in a hidden iframe, with `iss` and `sid`, when the person logs out anywhere. */
  frontchannel_logout_uri?: string;
  /** Defaults to client_secret_post; private_key_jwt (as in production) needs `jwks`. */
  token_endpoint_auth_method?: 'client_secret_post' | 'private_key_jwt';
  /** The client's public keys, for private_key_jwt. */
  jwks?: JWKS;
}

export interface IdpOptions {
  issuer: string;
  clients: IdpClient[];
  /** The persons offered on the sign-in page; defaults to the demo persons of `@stafett/db`. */
  people?: readonly DemoPerson[];
  /** Signing and cookie keys; fresh in-memory keys when absent. */
  keys?: DevKeys;
}

export type NodeHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createIdp(opts: IdpOptions): { app: NodeHandler; provider: Provider } {
  const keys = opts.keys ?? generateDevKeys();
  const provider = new Provider(
    opts.issuer,
    buildConfiguration({
      clients: opts.clients.map(toClientMetadata),
      jwks: keys.jwks,
      cookieKeys: keys.cookieKeys,
    }),
  );
  // ID-porten puts `sid` in every ID token (clients need it to match front-channel logouts);
  // oidc-provider only does so for back-channel logout clients, so every client here says yes.
  provider.Client.prototype.includeSid = () => true;
  provider.use(frontChannelLogout(provider));
  provider.on('server_error', (_ctx: unknown, err: Error) => {
    console.error('idp: server error:', err.message);
  });

  const deps: InteractionDeps = { provider, people: peopleSource(opts.people) };
  const oidc = provider.callback();
  const app: NodeHandler = (req, res) => {
    const route = matchInteraction((req.url ?? '/').split('?')[0] ?? '/');
    if (route) void handleInteraction(deps, req, res, route);
    else void oidc(req, res);
  };
  return { app, provider };
}

function toClientMetadata(client: IdpClient): ClientMetadata {
  const { frontchannel_logout_uri, ...rest } = client;
  return {
    ...rest,
    ...(frontchannel_logout_uri ? { [FRONTCHANNEL_LOGOUT_URI]: frontchannel_logout_uri } : {}),
  };
}

/**
 * The demo persons are imported on first use, not at load, so tests that pass their own list run
 * without the database package.
 */
function peopleSource(people: readonly DemoPerson[] | undefined) {
  if (people) return () => Promise.resolve(people);
  let loaded: Promise<readonly DemoPerson[]> | undefined;
  return () => {
    loaded ??= import('./demo-people').then((m) => m.demoPeople);
    return loaded;
  };
}
