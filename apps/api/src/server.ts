import { serve } from '@hono/node-server';
import { createDatabase, migrate, seedDemo } from '@stafett/db';
import { createApp } from './app';
import { createOidcGateway } from './auth/oidc';
import { loadConfig } from './env';
import { createLogger } from './logger';
import { startMailWorker } from './mail/worker';

const config = loadConfig();
const logger = createLogger(config.LOG_LEVEL);
const database = await createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
await migrate(database);
if (config.SEED_DEMO_DATA) await seedDemo(database);
const mail = await startMailWorker({
  database,
  connectionString: config.DATABASE_URL,
  smtpUrl: config.SMTP_URL,
  from: config.MAIL_FROM,
  logger,
  // The daily consent expiry notice to holders (L2), on the same pg-boss.
  publicOrigin: config.PUBLIC_ORIGIN,
  // The dashboards' rollup (issue 5), every ten minutes and once at start.
  statsRefresh: true,
});

const app = createApp({ config, database, logger, oidc: createOidcGateway(config) });
const server = serve(
  { fetch: app.fetch, port: config.API_PORT, hostname: config.API_HOST },
  (info) => logger.info({ port: info.port, engine: database.kind }, 'Stafett API listening'),
);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    server.close();
    // The worker first: it finishes the e-mail it is sending while the database is still open.
    void mail
      .stop()
      .catch((err: unknown) => logger.error({ err }, 'mail worker did not stop cleanly'))
      .then(() => database.close())
      .finally(() => process.exit(0));
  });
}
