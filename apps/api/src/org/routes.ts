import { createRoute } from '@hono/zod-openapi';
import {
  municipalityBrandingSchema,
  municipalityListSchema,
  municipalitySlugParamsSchema,
  unitParamsSchema,
  unitSchema,
} from '@stafett/domain';
import { z } from 'zod';
import { loadActorOrThrow } from '../auth/current-actor';
import { requireSession } from '../auth/middleware';
import { authorize, isHiddenFrom } from '../auth/policy';
import { createRouter, inTenant, sessionOf } from '../http/context';
import { forbidden, notFound } from '../http/errors';
import { json, problems } from '../http/openapi-helpers';
import { findUnit } from './find-unit';
import {
  getMunicipalityBranding,
  getMunicipalityLogo,
  listMunicipalityDirectory,
} from './municipality-queries';

const listMunicipalities = createRoute({
  method: 'get',
  path: '/municipalities',
  tags: ['Organisation'],
  summary: 'The municipalities on the platform (public)',
  responses: { 200: json(municipalityListSchema, 'Municipality directory') },
});

const getMunicipality = createRoute({
  method: 'get',
  path: '/municipalities/{slug}',
  tags: ['Organisation'],
  summary: "A municipality's public face: name, written standard, branding",
  request: { params: municipalitySlugParamsSchema },
  responses: { 200: json(municipalityBrandingSchema, 'Branding'), ...problems(404, 422) },
});

const getLogo = createRoute({
  method: 'get',
  path: '/municipalities/{slug}/logo',
  tags: ['Organisation'],
  summary: "The municipality's logo (SVG or PNG)",
  request: { params: municipalitySlugParamsSchema },
  responses: {
    200: {
      description: 'The logo',
      content: { 'image/svg+xml': { schema: z.string() }, 'image/png': { schema: z.string() } },
    },
    ...problems(404, 422),
  },
});

const getUnit = createRoute({
  method: 'get',
  path: '/units/{unitId}',
  tags: ['Organisation'],
  summary: 'One unit of your municipality',
  middleware: [requireSession()] as const,
  request: { params: unitParamsSchema },
  responses: { 200: json(unitSchema, 'The unit'), ...problems(401, 403, 404, 422) },
});

export const orgRoutes = createRouter()
  .openapi(listMunicipalities, async (c) => {
    const items = await listMunicipalityDirectory(c.get('deps').database);
    return c.json({ items }, 200);
  })
  .openapi(getMunicipality, async (c) => {
    const { slug } = c.req.valid('param');
    return c.json(await getMunicipalityBranding(c.get('deps').database, slug), 200);
  })
  .openapi(getLogo, async (c) => {
    const { slug } = c.req.valid('param');
    const logo = await getMunicipalityLogo(c.get('deps').database, slug);
    return c.body(new Uint8Array(logo.bytes), 200, {
      'content-type': logo.mime,
      // An SVG opened directly must not run scripts, whatever it contains.
      'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
      'cache-control': 'public, max-age=300',
    });
  })
  .openapi(getUnit, async (c) => {
    const { unitId } = c.req.valid('param');
    const { municipalityId } = sessionOf(c);
    const unit = await inTenant(c, async (tx) => {
      const actor = await loadActorOrThrow(tx, sessionOf(c));
      const found = await findUnit(tx, municipalityId, unitId);
      // Another municipality's id is invisible under RLS and answers 404 like a made-up one.
      if (!found) throw notFound('Vi finner ikke enheten.');
      const resource = { kind: 'unit' as const, id: found.id, districtId: found.district.id };
      if (!authorize(actor, 'unit:read', resource)) {
        // A district leader does not see past their districts: 404, as for a made-up id.
        throw isHiddenFrom(actor, resource) ? notFound('Vi finner ikke enheten.') : forbidden();
      }
      return found;
    });
    return c.json(unit, 200);
  });
