/**
 * Starts the three processes of a local Stafett — the OpenID provider (ID-porten stand-in), the
 * API and the web app — wired to each other, and waits until each answers. Used by `npm start`,
 * `npm run dev` and the end-to-end tests. A local SMTP server runs in this process and catches
 * the API's e-mail (sent only with DATABASE_URL: the mail queue needs PostgreSQL).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startDevSmtp } from '../apps/api/src/mail/dev-smtp';

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
  /** Where received e-mail is written; defaults to mailDirFor(webUrl). Emptied at start. */
  mailDir?: string;
}

export interface Stack {
  webUrl: string;
  apiUrl: string;
  idpUrl: string;
  /** The local SMTP server the API sends to. */
  smtpUrl: string;
  /** One <n>.json per received e-mail; read it with readMailDir / waitForMailInDir. */
  mailDir: string;
  stop(): Promise<void>;
}

/**
 * The folder a stack on this web address writes e-mail to, so an end-to-end test (another
 * process) finds it from the webUrl it was given: readMailDir(mailDirFor(inject('webUrl'))).
 */
export function mailDirFor(webUrl: string): string {
  return path.join(ROOT, '.data/mail', new URL(webUrl).port || '80');
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
  const mailDir = opts.mailDir ?? mailDirFor(webUrl);
  // First, so the API has somewhere to send from its first second.
  const smtp = await startDevSmtp({
    mailDir,
    onMail: (mail) => {
      if (!opts.quiet) console.log(`[smtp] e-post til ${mail.to.join(', ')}: ${mail.subject}`);
    },
  });

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
    await smtp.close();
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
        SMTP_URL: smtp.url,
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
        // npm installs the web app's own Vite beside it when the root's differs.
        [
          path.join(ROOT, 'apps/web/node_modules/.bin/vite'),
          path.join(ROOT, 'node_modules/.bin/vite'),
        ].find((p) => existsSync(p)) ?? 'vite',
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
  return { webUrl, apiUrl, idpUrl, smtpUrl: smtp.url, mailDir, stop };
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
