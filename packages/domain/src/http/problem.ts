import { z } from 'zod';

/** Something that blocks a change, named so the person can act on it. */
export const blockerSchema = z
  .object({ kind: z.enum(['log', 'transfer']), id: z.uuid(), label: z.string() })
  .meta({ id: 'Blocker' });
export type Blocker = z.infer<typeof blockerSchema>;

/** RFC 9457 problem details, as every API error is answered. */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    /** The failing fields, by path, each with a message a person can act on. */
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    /** What stands in the way of a 409, e.g. the logs a staff member still holds (T6). */
    blockers: z.array(blockerSchema).optional(),
  })
  .meta({ id: 'Problem' });
export type Problem = z.infer<typeof problemSchema>;

export const healthSchema = z
  .object({ status: z.enum(['ok', 'unavailable']), database: z.enum(['ok', 'unavailable']) })
  .meta({ id: 'Health' });
