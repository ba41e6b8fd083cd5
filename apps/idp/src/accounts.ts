/**
 * Accounts and subject identifiers. Any 11-digit national id is an account (TestID works the same
 * way); the account id is the national id and reaches the client only as `pid`. `sub` is, as in
 * ID-porten, pairwise: stable per client, different between clients, so no client is tempted to
 * use it as the person's identity.
 */
import { createHmac } from 'node:crypto';
import type { Account, Client, KoaContextWithOIDC } from 'oidc-provider';

/** Not a secret: it only has to keep `sub` stable across restarts of the development provider. */
const PAIRWISE_SALT = 'stafett-local-idp-pairwise-v1';

export function pairwiseIdentifier(
  _ctx: KoaContextWithOIDC,
  accountId: string,
  client: Client,
): string {
  return createHmac('sha256', PAIRWISE_SALT)
    .update(`${client.clientId}\n${accountId}`)
    .digest('base64url');
}

export function findAccount(_ctx: KoaContextWithOIDC, nationalId: string): Account {
  return {
    accountId: nationalId,
    claims: () => ({ sub: nationalId, pid: nationalId, locale: 'nb' }),
  };
}
