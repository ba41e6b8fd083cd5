import { defineConfig } from 'drizzle-kit';

/**
 * `npm run generate -w @stafett/db` writes a migration from the schema. Grants, FORCE ROW LEVEL
 * SECURITY, policies and SECURITY DEFINER functions are custom migrations:
 * `npx drizzle-kit generate --custom --name=<what>`.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './migrations',
  strict: true,
});
