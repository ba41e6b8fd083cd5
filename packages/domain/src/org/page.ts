import { z } from 'zod';

/**
 * Lists page by cursor (ARCHITECTURE.md "API conventions"): pass `nextCursor` from one page as
 * `cursor` to get the next; it is null on the last page. The cursor is opaque.
 */
export const pageQueryShape = {
  cursor: z
    .string()
    .min(1)
    .max(1000, { message: 'Ugyldig sidemarkør. Start på første side.' })
    .optional(),
  limit: z.coerce
    .number({ message: 'limit må være et heltall fra 1 til 200.' })
    .int({ message: 'limit må være et heltall fra 1 til 200.' })
    .min(1, { message: 'limit må være et heltall fra 1 til 200.' })
    .max(200, { message: 'limit må være et heltall fra 1 til 200.' })
    .optional(),
};

export const pageQuerySchema = z.strictObject(pageQueryShape);
export type PageQuery = z.infer<typeof pageQuerySchema>;

export const DEFAULT_PAGE_SIZE = 100;

export const nextCursorSchema = z.string().nullable();
