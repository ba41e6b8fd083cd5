import { createRoute } from '@hono/zod-openapi';
import {
  logSettingsSchema,
  LOGO_MAX_BYTES,
  LOGO_TOO_LARGE,
  municipalityLogoSchema,
  municipalitySettingsSchema,
  municipalitySettingsViewSchema,
} from '@stafett/domain';
import { bodyLimit } from 'hono/body-limit';
import { z } from 'zod';
import { requireSession } from '../auth/middleware';
import { createRouter } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { problemResponse } from '../http/problem';
import { asMunicipalityAdmin } from './as-admin';
import { checkLogo } from './check-logo';
import { getSettings } from './get-settings';
import { getLogSettings } from './get-log-settings';
import { removeLogo } from './remove-logo';
import { updateSettings } from './update-settings';
import { uploadLogo } from './upload-logo';

const tags = ['Municipality settings'];

const getSettingsRoute = createRoute({
  method: 'get',
  path: '/municipality/settings',
  tags,
  summary: "Your municipality's settings and branding (municipality admin)",
  middleware: [requireSession()] as const,
  responses: {
    200: json(municipalitySettingsViewSchema, 'Settings, branding and version'),
    ...problems(401, 403),
  },
});

const logSettingsRoute = createRoute({
  method: 'get',
  path: '/municipality/log-settings',
  tags,
  summary: 'The settings the log pages use: categories, consent age and validity, deadlines',
  middleware: [requireSession()] as const,
  responses: { 200: json(logSettingsSchema, 'Log settings'), ...problems(401) },
});

const putSettingsRoute = createRoute({
  method: 'put',
  path: '/municipality/settings',
  tags,
  summary: 'Change the settings and accent colour (send the version you read)',
  description:
    'The accent colour must reach WCAG AA: 4.5:1 for white or black text on it and 3:1 against the white page.',
  middleware: [requireSession()] as const,
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: municipalitySettingsSchema } },
    },
  },
  responses: {
    200: json(municipalitySettingsViewSchema, 'Saved'),
    ...problems(400, 401, 403, 409, 422),
  },
});

const logoBody = z.string().meta({ format: 'binary' });

const putLogoRoute = createRoute({
  method: 'put',
  path: '/municipality/logo',
  tags,
  summary: 'Upload the logo: the raw PNG or SVG file as the body, at most 200 KB',
  description:
    'Checked by content, not by the declared type (which must agree with it). PNG up to 2000 × 2000 pixels. An SVG is sanitised; one with scripts, event handlers or javascript: URLs is refused.',
  middleware: [
    requireSession(),
    bodyLimit({
      maxSize: LOGO_MAX_BYTES,
      onError: (c) => problemResponse(c, 413, LOGO_TOO_LARGE),
    }),
  ] as const,
  request: {
    body: {
      required: true,
      content: { 'image/png': { schema: logoBody }, 'image/svg+xml': { schema: logoBody } },
    },
  },
  responses: {
    200: json(municipalityLogoSchema, 'Stored'),
    413: {
      description: 'Larger than 200 KB',
      content: { 'application/problem+json': { schema: z.object({}) } },
    },
    ...problems(401, 403, 422),
  },
});

const deleteLogoRoute = createRoute({
  method: 'delete',
  path: '/municipality/logo',
  tags,
  summary: 'Remove the logo',
  middleware: [requireSession()] as const,
  responses: { 200: json(municipalityLogoSchema, 'Removed'), ...problems(401, 403) },
});

export const settingsRoutes = createRouter()
  .openapi(getSettingsRoute, async (c) =>
    c.json(await asMunicipalityAdmin(c, 'municipality:read_settings', getSettings), 200),
  )
  .openapi(logSettingsRoute, async (c) => c.json(await getLogSettings(c), 200))
  .openapi(putSettingsRoute, async (c) => {
    const input = c.req.valid('json');
    const saved = await asMunicipalityAdmin(c, 'municipality:update_settings', (ctx) =>
      updateSettings(ctx, input),
    );
    return c.json(saved, 200);
  })
  .openapi(putLogoRoute, async (c) => {
    // The body is bounded by bodyLimit and read before the transaction opens; the policy still
    // decides before the file is looked at, so a refused person learns nothing about it.
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    const contentType = c.req.header('content-type');
    const saved = await asMunicipalityAdmin(c, 'municipality:update_settings', (ctx) =>
      uploadLogo(ctx, checkLogo(bytes, contentType)),
    );
    return c.json(saved, 200);
  })
  .openapi(deleteLogoRoute, async (c) =>
    c.json(await asMunicipalityAdmin(c, 'municipality:update_settings', removeLogo), 200),
  );
