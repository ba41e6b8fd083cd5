import { z } from 'zod';
import { uuidSchema } from './unit';
import { nextCursorSchema } from './page';
import { personRefSchema, versionSchema } from './person-input';
import { unitTypeSchema } from './unit-types';

/** DOMAIN.md T3: districts belong to a municipality and are led by district leaders. */
export const districtNameSchema = z
  .string({ message: 'Skriv navnet på bydelen eller området.' })
  .trim()
  .min(2, { message: 'Skriv navnet på bydelen eller området.' })
  .max(100, { message: 'Navnet kan ha høyst 100 tegn.' });

export const districtSchema = z
  .object({ id: z.uuid(), name: z.string(), version: z.number().int() })
  .meta({ id: 'District' });
export type District = z.infer<typeof districtSchema>;

export const districtListSchema = z
  .object({ items: z.array(districtSchema), nextCursor: nextCursorSchema })
  .meta({ id: 'DistrictList' });
export type DistrictList = z.infer<typeof districtListSchema>;

export const districtDetailSchema = districtSchema
  .extend({
    leaders: z.array(personRefSchema),
    units: z.array(
      z.object({
        id: z.uuid(),
        name: z.string(),
        type: unitTypeSchema,
        childrenServed: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'DistrictDetail' });
export type DistrictDetail = z.infer<typeof districtDetailSchema>;

export const districtCreateSchema = z
  .strictObject({ name: districtNameSchema })
  .meta({ id: 'DistrictCreate' });
export type DistrictCreate = z.infer<typeof districtCreateSchema>;

export const districtUpdateSchema = z
  .strictObject({ name: districtNameSchema, version: versionSchema })
  .meta({ id: 'DistrictUpdate' });
export type DistrictUpdate = z.infer<typeof districtUpdateSchema>;

export const districtParamsSchema = z.strictObject({ districtId: uuidSchema });
export const districtLeaderParamsSchema = z.strictObject({
  districtId: uuidSchema,
  personId: uuidSchema,
});

export const districtLeaderSchema = z
  .object({ districtId: z.uuid(), person: personRefSchema })
  .meta({ id: 'DistrictLeader' });
export type DistrictLeader = z.infer<typeof districtLeaderSchema>;
