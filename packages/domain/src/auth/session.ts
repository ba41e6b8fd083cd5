import { z } from 'zod';
import { municipalitySummarySchema } from '../org/municipality';

/** Session lifetimes mirror ID-porten: 30 minutes idle, 120 minutes at most. */
export const SESSION_IDLE_SECONDS = 30 * 60;
export const SESSION_MAX_SECONDS = 120 * 60;
/** How long before the idle limit the web app warns the person. */
export const SESSION_WARN_BEFORE_SECONDS = 5 * 60;

export const sessionInfoSchema = z
  .object({
    municipality: municipalitySummarySchema,
    idleExpiresAt: z.iso.datetime(),
    absoluteExpiresAt: z.iso.datetime(),
    warnBeforeSeconds: z.number().int(),
    /** The server's clock when it answered, so a browser whose clock is off can correct for it. */
    serverNow: z.iso.datetime(),
  })
  .meta({ id: 'SessionInfo' });
export type SessionInfo = z.infer<typeof sessionInfoSchema>;

export const loginQuerySchema = z.strictObject({
  municipality: z.string().min(1, { message: 'Velg en kommune.' }),
  returnTo: z
    .string()
    .regex(/^\/[^/\\]/, { message: 'returnTo må være en sti i denne tjenesten.' })
    .optional(),
});

export const callbackQuerySchema = z.object({
  code: z.string().optional(),
  state: z.string().optional(),
  iss: z.string().optional(),
  error: z.string().optional(),
  error_description: z.string().optional(),
});

export const frontchannelLogoutQuerySchema = z.object({
  iss: z.string(),
  sid: z.string(),
});

export const logoutResponseSchema = z
  .object({ endSessionUrl: z.string().nullable() })
  .meta({ id: 'LogoutResponse' });
