/**
 * `npm run onboard -- --slug bodo --name "Bodø kommune" --admin-national-id 01017012345
 *   --admin-name "Kari Nordmann" [--written-standard nb] [--accent-color #1f42aa]
 *   [--admin-email …] [--admin-phone …]`
 *
 * The platform operator's command: the same validation and the same service as the operator's
 * page, against DATABASE_URL (or the embedded database).
 */
import { parseArgs } from 'node:util';
import { createDatabase, migrate } from '@stafett/db';
import { onboardingSchema } from '@stafett/domain';
import { loadConfig } from '../env';
import { AppError } from '../http/errors';
import { onboardMunicipality } from '../operator/onboard-municipality';

const { values } = parseArgs({
  options: {
    slug: { type: 'string' },
    name: { type: 'string' },
    'written-standard': { type: 'string', default: 'nb' },
    'accent-color': { type: 'string', default: '#1f42aa' },
    'admin-national-id': { type: 'string' },
    'admin-name': { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-phone': { type: 'string' },
  },
  strict: true,
});

const parsed = onboardingSchema.safeParse({
  slug: values.slug,
  name: values.name,
  writtenStandard: values['written-standard'],
  accentColor: values['accent-color'],
  admin: {
    nationalId: values['admin-national-id'],
    name: values['admin-name'],
    email: values['admin-email'] ?? null,
    phone: values['admin-phone'] ?? null,
  },
});
if (!parsed.success) {
  for (const issue of parsed.error.issues) {
    console.error(`--${flagOf(issue.path.map(String).join('.'))}: ${issue.message}`);
  }
  process.exit(2);
}

const config = loadConfig();
const database = await createDatabase({ url: config.DATABASE_URL, dataDir: config.DATA_DIR });
try {
  await migrate(database);
  const created = await onboardMunicipality(database, parsed.data, {
    allowSyntheticIds: config.allowSyntheticIds,
    operatorId: null,
  });
  console.log(`${created.name} er klar på /${created.slug}. Kommuneadministratoren kan logge inn.`);
} catch (err) {
  if (err instanceof AppError) {
    for (const f of err.fields) console.error(`--${flagOf(f.field)}: ${f.message}`);
    if (err.fields.length === 0) console.error(err.message);
    process.exitCode = 2;
  } else throw err;
} finally {
  await database.close();
}

function flagOf(path: string): string {
  const flags: Record<string, string> = {
    writtenStandard: 'written-standard',
    accentColor: 'accent-color',
    'admin.nationalId': 'admin-national-id',
    'admin.name': 'admin-name',
    'admin.email': 'admin-email',
    'admin.phone': 'admin-phone',
  };
  return flags[path] ?? path;
}
