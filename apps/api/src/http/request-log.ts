import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from './context';

/**
 * One line per request. Only the path is logged, never the query string or bodies, so a national
 * id can't reach the logs even if a client puts one where it shouldn't.
 */
export const requestLog: MiddlewareHandler<AppEnv> = async (c, next) => {
  const started = performance.now();
  await next();
  c.get('deps').logger.info(
    {
      method: c.req.method,
      path: new URL(c.req.url).pathname,
      status: c.res.status,
      ms: Math.round(performance.now() - started),
    },
    'request',
  );
};
