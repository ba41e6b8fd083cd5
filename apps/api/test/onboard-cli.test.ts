import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { makeSyntheticNationalId } from '@stafett/domain';

const run = promisify(execFile);
const TSX = path.resolve(import.meta.dirname, '../../../node_modules/.bin/tsx');
const CLI = path.resolve(import.meta.dirname, '../src/cli/onboard.ts');
const dirs: string[] = [];

/** Runs `npm run onboard`'s script on an embedded database of its own. */
async function onboard(dataDir: string, args: string[]) {
  // DATABASE_URL is removed so the command uses the folder; CI sets it for the other tests.
  const { DATABASE_URL: _ignored, ...rest } = process.env;
  const env = { ...rest, DATA_DIR: dataDir };
  try {
    const { stdout, stderr } = await run(TSX, [CLI, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, stdout: e.stdout, stderr: e.stderr };
  }
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

describe('npm run onboard', () => {
  it('onboards a municipality, and refuses the same address twice saying which flag to fix', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'stafett-onboard-'));
    dirs.push(dir);
    const args = [
      '--slug',
      'tromso',
      '--name',
      'Tromsø kommune',
      '--admin-national-id',
      makeSyntheticNationalId('1980-02-02', 412),
      '--admin-name',
      'Ragnhild Nilsen',
    ];
    const first = await onboard(dir, args);
    expect(first.stderr).not.toMatch(/Error/);
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('Tromsø kommune er klar på /tromso');

    const again = await onboard(dir, args);
    expect(again.code).toBe(2);
    expect(again.stderr).toContain('--slug: Adressen «tromso» er allerede i bruk');

    const bad = await onboard(dir, [
      ...args.slice(0, 4),
      '--admin-national-id',
      '123',
      '--admin-name',
      'X Y',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--admin-national-id:');
  }, 60_000);
});
