import { SESSION_IDLE_SECONDS, SESSION_MAX_SECONDS } from '@stafett/domain';
import { z } from 'zod';

/**
 * Settings, validated once at start so a missing or malformed value stops the API with a clear
 * message instead of failing on the first request that needs it.
 */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  API_PORT: z.coerce.number().int().positive().default(3001),
  /** 127.0.0.1 on a developer's machine; 0.0.0.0 in a container. */
  API_HOST: z.string().default('127.0.0.1'),
  /** PostgreSQL connection string; when absent the embedded PGlite engine is used. */
  DATABASE_URL: z.string().url().optional(),
  /** Folder for PGlite's data, or "memory". */
  DATA_DIR: z.string().optional(),
  /** The origin people use (the web app); redirects and cookies are built for it. */
  PUBLIC_ORIGIN: z.string().url().default('http://localhost:3000'),
  OIDC_ISSUER: z.string().url().default('http://localhost:4000'),
  OIDC_CLIENT_ID: z.string().min(1).default('stafett-local'),
  /** client_secret_post for the local provider; production ID-porten uses private_key_jwt. */
  OIDC_CLIENT_SECRET: z.string().optional(),
  /** A private JWK (JSON) for private_key_jwt client authentication against ID-porten. */
  OIDC_PRIVATE_JWK: z.string().optional(),
  /** Signs the short-lived sign-in cookie (state, nonce, PKCE verifier). */
  COOKIE_SECRET: z.string().min(32).optional(),
  /**
   * Session lifetimes; the defaults mirror ID-porten (30 minutes idle, 120 at most). Shorter
   * values exist so that tests can watch a session age in real time.
   */
  SESSION_IDLE_SECONDS: z.coerce.number().int().min(60).default(SESSION_IDLE_SECONDS),
  SESSION_MAX_SECONDS: z.coerce.number().int().min(60).default(SESSION_MAX_SECONDS),
  SEED_DEMO_DATA: z
    .enum(['true', 'false'])
    .default('false')
    .transform((v) => v === 'true'),
  /** Where e-mail goes, e.g. smtp://127.0.0.1:2525; when absent, queued e-mail is not sent. */
  SMTP_URL: z.string().url().optional(),
  /** The sender of every notice; a no-reply address, since nobody reads replies. */
  MAIL_FROM: z.string().min(3).default('Stafett <ikke-svar@stafett.no>'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = z.infer<typeof envSchema> & {
  /** Synthetic test national ids (month + 80) are accepted only outside production. */
  allowSyntheticIds: boolean;
  secureCookies: boolean;
  cookieSecret: string;
  sessionLimits: SessionLimits;
};

export interface SessionLimits {
  idleSeconds: number;
  maxSeconds: number;
}

const DEV_COOKIE_SECRET = 'development-only-cookie-secret-not-for-production';

export function loadConfig(source: Record<string, string | undefined> = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new Error(`Stafett API: invalid settings in the environment:\n${lines.join('\n')}`);
  }
  const env = parsed.data;
  const production = env.NODE_ENV === 'production';
  if (production) {
    const missing = [
      !env.DATABASE_URL && 'DATABASE_URL',
      !env.COOKIE_SECRET && 'COOKIE_SECRET',
      !env.OIDC_CLIENT_SECRET && !env.OIDC_PRIVATE_JWK && 'OIDC_PRIVATE_JWK',
    ].filter(Boolean);
    if (missing.length > 0) {
      throw new Error(`Stafett API: production needs these settings: ${missing.join(', ')}`);
    }
  }
  return {
    ...env,
    OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET ?? (production ? undefined : 'local-dev-secret'),
    allowSyntheticIds: !production,
    secureCookies: env.PUBLIC_ORIGIN.startsWith('https://'),
    cookieSecret: env.COOKIE_SECRET ?? DEV_COOKIE_SECRET,
    sessionLimits: { idleSeconds: env.SESSION_IDLE_SECONDS, maxSeconds: env.SESSION_MAX_SECONDS },
  };
}
