/** `npm run seed -w @stafett/db`: migrates, then adds the demo municipalities if there are none. */
import { createDatabase } from '../client';
import { seedDemo } from '../demo/seed';
import { migrate } from '../migrate';

const database = await createDatabase({ dataDir: process.env.DATA_DIR });
try {
  await migrate(database);
  const seeded = await seedDemo(database);
  console.log(
    seeded
      ? `Seeded the demo municipalities (${database.kind}).`
      : 'Municipalities exist already; nothing seeded.',
  );
} finally {
  await database.close();
}
