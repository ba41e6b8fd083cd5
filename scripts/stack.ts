/**
 * Starts the three processes of a local Stafett — the OpenID provider (ID-porten stand-in), the
 * API and the web app — wired to each other, and waits until each answers. Used by `npm start`,
 * `npm run dev` and the end-to-end tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface StackOptions {
  webPort?: number;
  apiPort?: number;
  idpPort?: number;
  /** 'build' serves the built web app (npm start); 'dev' runs Vite with hot reload. */
  web?: 'build' | 'dev';
  /** Extra environment for the API, e.g. DATABASE_URL or DATA_DIR=memory. */
  apiEnv?: Record<string, string>;
  quiet?: boolean;
}

export interface Stack {
  webUrl: string;
  apiUrl: string;
  idpUrl: string;
  stop(): Promise<void>;
}

export async function startStack(opts: StackOptions = {}): Promise<Stack> {
  const webPort = opts.webPort ?? 3000;
  const apiPort = opts.apiPort ?? 3001;
  const idpPort = opts.idpPort ?? 4000;
  const webUrl = `http://localhost:${webPort}`;
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const idpUrl = `http://localhost:${idpPort}`;
  const tsx = path.join(ROOT, 'node_modules/.bin/tsx');
  const base = { ...process.env, PUBLIC_ORIGIN: webUrl };
  const children: ChildProcess[] = [];

  const run = (name: string, cmd: string, args: string[], cwd: string, env: NodeJS.ProcessEnv) => {
    const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const prefix = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => `[${name}] ${l}\n`)
        .join('');
    if (!opts.quiet) {
      child.stdout?.on('data', (c: Buffer) => process.stdout.write(prefix(c)));
    }
    child.stderr?.on('data', (c: Buffer) => process.stderr.write(prefix(c)));
    children.push(child);
    return child;
  };

  const stop = async () => {
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve) => {
            if (child.exitCode !== null) return resolve();
            child.once('exit', () => resolve());
            child.kill('SIGTERM');
            setTimeout(() => child.kill('SIGKILL'), 5000).unref();
          }),
      ),
    );
  };

  try {
    run('idp', tsx, ['src/server.ts'], path.join(ROOT, 'apps/idp'), {
      ...base,
      IDP_PORT: String(idpPort),
      IDP_ISSUER: idpUrl,
    });
    run(
      'api',
      tsx,
      [opts.web === 'dev' ? 'watch' : '', 'src/server.ts'].filter(Boolean),
      path.join(ROOT, 'apps/api'),
      {
        ...base,
        API_PORT: String(apiPort),
        OIDC_ISSUER: idpUrl,
        SEED_DEMO_DATA: 'true',
        ...opts.apiEnv,
      },
    );
    const webEnv = {
      ...base,
      API_URL: apiUrl,
      PORT: String(webPort),
      ORIGIN: webUrl,
      HOST: '127.0.0.1',
    };
    if (opts.web === 'dev') {
      run(
        'web',
        path.join(ROOT, 'node_modules/.bin/vite'),
        ['dev', '--port', String(webPort), '--strictPort'],
        path.join(ROOT, 'apps/web'),
        webEnv,
      );
    } else {
      run('web', process.execPath, ['build'], path.join(ROOT, 'apps/web'), webEnv);
    }
    await waitFor(`${idpUrl}/.well-known/openid-configuration`, children);
    await waitFor(`${apiUrl}/api/health`, children);
    await waitFor(`${webUrl}/`, children);
  } catch (err) {
    await stop();
    throw err;
  }
  return { webUrl, apiUrl, idpUrl, stop };
}

async function waitFor(url: string, children: ChildProcess[], timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const dead = children.find((c) => c.exitCode !== null);
    if (dead) throw new Error(`a Stafett process exited (code ${dead.exitCode}) while starting`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}
