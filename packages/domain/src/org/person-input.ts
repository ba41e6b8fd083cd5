import { z } from 'zod';
import { nationalIdSchema } from '../national-id';
import { emailSchema, phoneSchema } from './contact';

/**
 * A person as a leader types them in when appointing or adding staff: found in the municipality
 * by national id, or created. Synthetic test ids pass the schema; the API refuses them in
 * production, where it knows which one it is.
 */
export const personInputShape = {
  nationalId: nationalIdSchema({ allowSynthetic: true }),
  name: z
    .string({ message: 'Skriv hele navnet.' })
    .trim()
    .min(2, { message: 'Skriv hele navnet.' })
    .max(200, { message: 'Navnet kan ha høyst 200 tegn.' }),
  email: emailSchema.nullable().optional(),
  phone: phoneSchema.nullable().optional(),
};

/** Appointing a district leader or a unit leader. */
export const appointLeaderSchema = z.strictObject(personInputShape).meta({ id: 'AppointLeader' });
export type AppointLeader = z.infer<typeof appointLeaderSchema>;

/** A person as the organisation pages show them: never the national id. */
export const personRefSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    email: z.string().nullable(),
    phone: z.string().nullable(),
  })
  .meta({ id: 'PersonRef' });
export type PersonRef = z.infer<typeof personRefSchema>;

export const versionSchema = z
  .number({ message: 'version må være et heltall.' })
  .int({ message: 'version må være et heltall.' })
  .positive({ message: 'version må være et heltall.' });

/** A change that carries nothing but the version the person saw (deactivate, reactivate). */
export const versionOnlySchema = z.strictObject({ version: versionSchema }).meta({ id: 'Version' });
export type VersionOnly = z.infer<typeof versionOnlySchema>;
