/** `npm run migrate -w @stafett/db`: migrates DATABASE_URL, or the local PGlite folder. */
import { createDatabase } from '../client';
import { migrate } from '../migrate';

const database = await createDatabase({ dataDir: process.env.DATA_DIR });
try {
  await migrate(database);
  console.log(`Migrated (${database.kind}).`);
} finally {
  await database.close();
}
