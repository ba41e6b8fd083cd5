import type { TestProject } from 'vitest/node';
import { startStack, type Stack } from '../scripts/stack';
import { createFreshPostgresDatabase } from './fresh-database';

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string;
  }
}

let stack: Stack | undefined;
let dropDatabase: (() => Promise<void>) | undefined;

/**
 * Starts idp, API and the built web app on ports of their own. With DATABASE_URL the API gets a
 * fresh database on that server; without, an in-memory PGlite. Either way demo data is seeded.
 */
export async function setup(project: TestProject) {
  const apiEnv: Record<string, string> = { LOG_LEVEL: 'warn' };
  if (process.env.DATABASE_URL) {
    const fresh = await createFreshPostgresDatabase(process.env.DATABASE_URL);
    apiEnv.DATABASE_URL = fresh.url;
    dropDatabase = fresh.drop;
  } else {
    apiEnv.DATA_DIR = 'memory';
  }
  stack = await startStack({ webPort: 3100, apiPort: 3101, idpPort: 3102, apiEnv, quiet: true });
  project.provide('webUrl', stack.webUrl);
}

export async function teardown() {
  await stack?.stop();
  await dropDatabase?.();
}
