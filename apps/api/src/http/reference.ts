import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Hono } from 'hono';
import type { AppEnv } from './context';

const SWAGGER_DIR = path.dirname(
  createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'),
);

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Stafett API reference</title>
<link rel="stylesheet" href="/api/reference/swagger-ui.css">
</head>
<body>
<main id="api"></main>
<script src="/api/reference/swagger-ui-bundle.js"></script>
<script src="/api/reference/init.js"></script>
</body>
</html>`;

const INIT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#api' });`;

/**
 * The reference page for /api/openapi.json, served from the swagger-ui-dist package so it works
 * with no network beyond this server (no CDN).
 */
export function mountReference(app: Hono<AppEnv>) {
  app.get('/api/reference', (c) => c.html(PAGE));
  app.get('/api/reference/init.js', (c) =>
    c.body(INIT, 200, { 'content-type': 'text/javascript; charset=utf-8' }),
  );
  app.get('/api/reference/:file', async (c) => {
    const file = c.req.param('file');
    const type = ASSETS[file];
    if (!type) return c.notFound();
    const body = await readFile(path.join(SWAGGER_DIR, file));
    return c.body(new Uint8Array(body), 200, {
      'content-type': type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
