import { z } from 'zod';
import { municipalitySummarySchema } from '../org/municipality';
import { unitTypeSchema } from '../org/unit-types';
import { uuidSchema } from '../org/unit';

const unitRef = z.object({ id: uuidSchema, name: z.string(), type: unitTypeSchema });

/** Every role a person can have in one municipality (DOMAIN.md glossary). */
export const roleSchema = z
  .discriminatedUnion('role', [
    z.object({ role: z.literal('municipality_admin') }),
    z.object({
      role: z.literal('district_leader'),
      district: z.object({ id: uuidSchema, name: z.string() }),
    }),
    z.object({ role: z.literal('unit_leader'), unit: unitRef }),
    z.object({ role: z.literal('holder'), unit: unitRef }),
    z.object({ role: z.literal('actor'), unit: unitRef }),
    z.object({ role: z.literal('super_user'), unit: unitRef }),
    z.object({
      role: z.literal('guardian'),
      child: z.object({ id: uuidSchema, name: z.string() }),
    }),
    z.object({ role: z.literal('youth') }),
  ])
  .meta({ id: 'Role' });
export type Role = z.infer<typeof roleSchema>;
export type RoleName = Role['role'];

export const meSchema = z
  .object({
    person: z.object({ id: uuidSchema, name: z.string() }),
    municipality: municipalitySummarySchema,
    roles: z.array(roleSchema),
    units: z.array(
      unitRef.extend({
        districtName: z.string(),
        capabilities: z.object({
          holder: z.boolean(),
          actor: z.boolean(),
          superUser: z.boolean(),
          unitLeader: z.boolean(),
        }),
      }),
    ),
  })
  .meta({ id: 'Me' });
export type Me = z.infer<typeof meSchema>;
