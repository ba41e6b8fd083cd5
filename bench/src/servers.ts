import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

export interface Server {
  origin: string;
  stop(): Promise<void>;
}

async function ready(child: ChildProcess, url: string, what: string): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(url).then(
      (r) => r.status < 500,
      () => false,
    );
    if (ok) return;
    if (child.exitCode !== null) throw new Error(`${what} stopped while starting`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${what} did not answer ${url} within a minute`);
}

const stopper = (child: ChildProcess) => () =>
  new Promise<void>((resolve) => {
    if (child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/**
 * apps/api/src/server.ts in a child process on a free port, as it runs in production: its own
 * process, request logging on. No SMTP: the benchmarks read, and no background job runs.
 */
export async function startApiServer(databaseUrl: string): Promise<Server> {
  const port = await freePort();
  const { SMTP_URL: _smtp, ...inherited } = process.env;
  void _smtp;
  const child = spawn(path.join(ROOT, 'node_modules/.bin/tsx'), ['src/server.ts'], {
    cwd: path.join(ROOT, 'apps/api'),
    env: {
      ...inherited,
      NODE_ENV: 'test',
      DATABASE_URL: databaseUrl,
      API_PORT: String(port),
      LOG_LEVEL: 'info',
      PUBLIC_ORIGIN: 'http://127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const origin = `http://127.0.0.1:${port}`;
  await ready(child, `${origin}/api/health`, 'the API server');
  return { origin, stop: stopper(child) };
}

/** The built web app (apps/web/build, made by `npm run build` when missing) against an API. */
export async function startWebServer(apiOrigin: string): Promise<Server> {
  const web = path.join(ROOT, 'apps/web');
  if (!existsSync(path.join(web, 'build/index.js'))) {
    await new Promise<void>((resolve, reject) => {
      const build = spawn('npm', ['run', 'build', '-w', '@stafett/web'], {
        cwd: ROOT,
        stdio: ['ignore', 'ignore', 'inherit'],
      });
      build.once('exit', (code) =>
        code === 0 ? resolve() : reject(new Error(`web build failed (${code})`)),
      );
    });
  }
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['build'], {
    cwd: web,
    env: {
      ...process.env,
      API_URL: apiOrigin,
      PORT: String(port),
      ORIGIN: origin,
      HOST: '127.0.0.1',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  await ready(child, `${origin}/`, 'the web server');
  return { origin, stop: stopper(child) };
}
