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
  // Sessions idle out after 8 minutes instead of 30, so the idle warning (5 minutes before the
  // end) appears 3 minutes after the session was last touched and a test can watch it in real
  // time. The API touches a session at most once a minute, so a page that stays open through a
  // long journey (meetings, say) needs those 3 minutes: a shorter margin put the modal warning
  // in front of its buttons on a slow machine.
  const apiEnv: Record<string, string> = { LOG_LEVEL: 'warn', SESSION_IDLE_SECONDS: '480' };
  if (process.env.DATABASE_URL) {
    const fresh = await createFreshPostgresDatabase(process.env.DATABASE_URL);
    apiEnv.DATABASE_URL = fresh.url;
    dropDatabase = fresh.drop;
  } else {
    apiEnv.DATA_DIR = 'memory';
  }
  // E2E_PORT moves the stack (three ports from it), so two runs on one machine don't collide.
  const base = Number(process.env.E2E_PORT ?? 3100);
  stack = await startStack({
    webPort: base,
    apiPort: base + 1,
    idpPort: base + 2,
    apiEnv,
    quiet: true,
  });
  project.provide('webUrl', stack.webUrl);
}

export async function teardown() {
  await stack?.stop();
  await dropDatabase?.();
}
