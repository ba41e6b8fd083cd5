import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import type { Logger } from 'pino';
import { withTenant, type Database, type Tx } from '@stafett/db';
import type { Config } from '../env';
import type { OidcGateway } from '../auth/oidc';
import type { ActiveSession } from '../auth/session';
import type { OperatorSession } from '../operator/operator-session';
import { unauthenticated } from './errors';
import { fieldErrors, problemResponse } from './problem';

export interface AppDeps {
  config: Config;
  database: Database;
  logger: Logger;
  oidc: OidcGateway;
}

export type AppEnv = {
  Variables: {
    deps: AppDeps;
    /** Set by requireSession; read it through sessionOf(c). */
    session: ActiveSession | undefined;
    /** Set by requireOperator on the platform operator's routes. */
    operatorSession: OperatorSession | undefined;
  };
};

/** Every router validates the same way: a failed zod schema is a 422 naming the fields. */
export function createRouter() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result, c) => {
      if (!result.success) {
        return problemResponse(
          c,
          422,
          'Noe i forespørselen må rettes. Se feltene under.',
          fieldErrors(result.error),
        );
      }
    },
  });
}

export function sessionOf(c: Context<AppEnv>): ActiveSession {
  const session = c.get('session');
  if (!session) throw unauthenticated();
  return session;
}

/** Runs work for the signed-in person inside one transaction with their municipality set. */
export function inTenant<T>(c: Context<AppEnv>, fn: (tx: Tx) => Promise<T>): Promise<T> {
  const session = sessionOf(c);
  return withTenant(
    c.get('deps').database,
    { municipalityId: session.municipalityId, personId: session.personId },
    fn,
  );
}
