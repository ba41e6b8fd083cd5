import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBenchDatabase, DEFAULT_URL } from './database';
import { logPageSuite, type LogPageResult } from './log-page/suite';
import { renderReport } from './report';

const here = path.dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);

/**
 * `npm run bench`: every benchmark against a fresh PostgreSQL database (DATABASE_URL's server, or
 * the local one), figures printed and written to bench/report.md and bench/report.json.
 */
async function main() {
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const bench = await createBenchDatabase(serverUrl);
  let logPage: LogPageResult;
  try {
    console.log(`log page: ${REQUESTS} requests at 20 concurrent …`);
    logPage = await logPageSuite(bench, REQUESTS);
  } finally {
    await bench.drop();
  }
  const report = {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
    },
    logPage,
  };
  writeFileSync(path.join(here, '../report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = renderReport(report);
  writeFileSync(path.join(here, '../report.md'), md);
  console.log(md);
}

await main();
