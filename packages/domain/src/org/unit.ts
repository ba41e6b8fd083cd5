import { z } from 'zod';
import { unitTypeSchema } from './unit-types';

export const uuidSchema = z.uuid({ message: 'Ugyldig id.' });

export const unitSchema = z
  .object({
    id: uuidSchema,
    name: z.string(),
    type: unitTypeSchema,
    childrenServed: z.number().int().nonnegative(),
    district: z.object({ id: uuidSchema, name: z.string() }),
  })
  .meta({ id: 'Unit' });
export type Unit = z.infer<typeof unitSchema>;

export const unitParamsSchema = z.strictObject({ unitId: uuidSchema });
