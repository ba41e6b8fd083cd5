import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDatabase } from '@stafett/db';
import { seedScale } from '../../db/src/scale';
import { dashboardsSuite } from './dashboards/suite';
import {
  createBenchDatabase,
  DEFAULT_URL,
  existingBenchDatabase,
  type BenchDatabase,
} from './database';
import { logPageSuite } from './log-page/suite';
import { renderReport, type Report } from './report';

const here = path.dirname(fileURLToPath(import.meta.url));
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 3000);
/** The scale data's size: 1 is the Oslo-sized municipality the issue names. */
const SCALE_FACTOR = Number(process.env.BENCH_SCALE_FACTOR ?? 1);
/** `BENCH_ONLY=log-page` or `dashboards` runs one suite (the report then holds only it). */
const ONLY = process.env.BENCH_ONLY ?? '';
/** A database already loaded with `npm run seed:scale`, used as it is instead of loading anew. */
const SCALE_DATABASE_URL = process.env.BENCH_SCALE_DATABASE_URL ?? '';

async function scaleData(bench: BenchDatabase) {
  const database = await createDatabase({ url: bench.url });
  try {
    const report = await seedScale(database, {
      factor: SCALE_FACTOR,
      log: (l) => console.log(`  ${l}`),
    });
    return { factor: SCALE_FACTOR, seconds: Math.round(report.seconds) };
  } finally {
    await database.close();
  }
}

/**
 * `npm run bench`: every benchmark against a fresh PostgreSQL database (DATABASE_URL's server, or
 * the local one), figures printed and written to bench/report.md and bench/report.json.
 */
async function main() {
  const serverUrl = process.env.DATABASE_URL ?? DEFAULT_URL;
  const bench = await createBenchDatabase(serverUrl);
  let logPage: Report['logPage'] = null;
  let dashboards: Report['dashboards'] = null;
  try {
    if (ONLY !== 'dashboards') {
      console.log(`log page: ${REQUESTS} requests at 20 concurrent …`);
      logPage = await logPageSuite(bench, REQUESTS);
    }
    if (ONLY !== 'log-page') {
      const scale = SCALE_DATABASE_URL ? existingBenchDatabase(SCALE_DATABASE_URL) : bench;
      let seed = null;
      if (!SCALE_DATABASE_URL) {
        console.log(`scale data (factor ${SCALE_FACTOR}) …`);
        seed = await scaleData(bench);
      }
      console.log(`dashboards: ${REQUESTS} requests per endpoint at 20 concurrent …`);
      dashboards = { ...(await dashboardsSuite(scale, 'storby', REQUESTS)), seed };
    }
  } finally {
    await bench.drop();
  }
  const report: Report = {
    at: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGiB: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      // Other work on the machine skews every figure; the report says how busy it was.
      loadAverage: os.loadavg().map((n) => Math.round(n * 100) / 100),
    },
    logPage,
    dashboards,
  };
  writeFileSync(path.join(here, '../report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const md = renderReport(report);
  writeFileSync(path.join(here, '../report.md'), md);
  console.log(md);
}

await main();
