import { z } from 'zod';
import { uuidSchema } from '../org/unit';
import { deadlineItemSchema } from './deadlines';

/**
 * What the unit's leader sees of a log in their unit without reading its content (C8, S3): who
 * the child and the holder are, where the log stands, and its open deadlines, so they can act —
 * remind the holder, or start a transfer on the holder's behalf (X3).
 */
export const logOverviewSchema = z
  .object({
    id: uuidSchema,
    childName: z.string(),
    unit: z.object({ id: uuidSchema, name: z.string() }),
    holder: z.object({ id: uuidSchema, name: z.string(), email: z.string().nullable() }),
    status: z.enum(['active', 'passive', 'deleted']),
    level: z.number().int(),
    openedAt: z.string(),
    closedAt: z.string().nullable(),
    lastActivityAt: z.string(),
    consentValidUntil: z.string().nullable(),
    attentions: z.number().int(),
    activeMeasures: z.number().int(),
    pendingTransfer: z
      .object({ id: uuidSchema, toUnitName: z.string().nullable(), createdAt: z.string() })
      .nullable(),
    deadlines: z.array(deadlineItemSchema),
  })
  .meta({ id: 'LogOverview' });
export type LogOverview = z.infer<typeof logOverviewSchema>;
