import { createRoute } from '@hono/zod-openapi';
import { contactSchema, contactUpdateSchema } from '@stafett/domain';
import { requireSession } from '../auth/middleware';
import { createRouter, inTenant, sessionOf } from '../http/context';
import { json, problems } from '../http/openapi-helpers';
import { getOwnContact, updateOwnContact } from './own-contact';

const getContact = createRoute({
  method: 'get',
  path: '/me/contact',
  tags: ['Organisation'],
  summary: 'Your own e-mail and phone in this municipality',
  middleware: [requireSession()] as const,
  responses: { 200: json(contactSchema, 'Your contact details'), ...problems(401) },
});

const putContact = createRoute({
  method: 'put',
  path: '/me/contact',
  tags: ['Organisation'],
  summary: 'Change your own e-mail and phone (send the version you read)',
  middleware: [requireSession()] as const,
  request: {
    body: { required: true, content: { 'application/json': { schema: contactUpdateSchema } } },
  },
  responses: {
    200: json(contactSchema, 'Saved'),
    ...problems(400, 401, 409, 422),
  },
});

export const contactRoutes = createRouter()
  .openapi(getContact, async (c) =>
    c.json(await inTenant(c, (tx) => getOwnContact(tx, sessionOf(c))), 200),
  )
  .openapi(putContact, async (c) => {
    const input = c.req.valid('json');
    const saved = await inTenant(c, (tx) => updateOwnContact(tx, sessionOf(c), input));
    return c.json(saved, 200);
  });
