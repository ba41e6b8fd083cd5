import { z } from 'zod';
import { uuidSchema } from '../org/unit';

/**
 * C8: the holder gives other staff (PPT, NAV, child welfare, …) read access to the whole log or
 * chosen attentions after the guardians have consented; a leader may read as mentor if the
 * family agrees. The consent is recorded as the holder heard it, in words.
 */
export const grantCreateSchema = z
  .strictObject({
    personId: uuidSchema,
    /** Empty: the whole log. */
    attentionIds: z
      .array(uuidSchema)
      .max(50, { message: 'Høyst 50 oppmerksomheter.' })
      .superRefine((list, ctx) => {
        list.forEach((id, index) => {
          if (list.indexOf(id) !== index) {
            ctx.addIssue({
              code: 'custom',
              path: [index],
              message: 'Oppmerksomheten står to ganger.',
            });
          }
        });
      })
      .default([]),
    mentor: z.boolean({ message: 'mentor er ja eller nei.' }).default(false),
    guardianConsent: z
      .string({ message: 'Skriv hvem i familien som samtykket, og når.' })
      .trim()
      .min(3, { message: 'Skriv hvem i familien som samtykket, og når.' })
      .max(500, { message: 'Høyst 500 tegn.' }),
  })
  .meta({ id: 'GrantCreate' });
export type GrantCreate = z.infer<typeof grantCreateSchema>;

const ref = z.object({ id: z.uuid(), name: z.string() });

export const grantViewSchema = z
  .object({
    id: z.uuid(),
    person: ref,
    /** Empty: the whole log. */
    attentionIds: z.array(z.uuid()),
    mentor: z.boolean(),
    guardianConsent: z.string(),
    grantedBy: ref,
    grantedAt: z.string(),
    revokedAt: z.string().nullable(),
  })
  .meta({ id: 'Grant' });
export type GrantView = z.infer<typeof grantViewSchema>;

export const grantListSchema = z
  .object({ items: z.array(grantViewSchema) })
  .meta({ id: 'GrantList' });

export const grantParamsSchema = z.strictObject({ logId: uuidSchema, grantId: uuidSchema });

/** Who in the log already reads all of it, so a grant would add nothing (C8). */
export type GrantRecipientRole = 'holder' | 'family' | 'staff' | 'leader' | 'none';

/**
 * Whether a person may receive a read grant; when not, the field to blame and why, in bokmål.
 * Grants are for staff; a mentor grant is for a leader (a unit leader or a district leader), who
 * may hold no staff membership of their own.
 */
export function grantRefusal(
  role: GrantRecipientRole,
  mentor: boolean,
): { field: 'personId' | 'mentor'; message: string } | null {
  const personId = (message: string) => ({ field: 'personId' as const, message });
  if (role === 'holder') return personId('Loggholderen leser allerede hele loggen.');
  if (role === 'family') return personId('Familien leser allerede hele loggen.');
  if (role === 'none') return personId('Velg en aktiv ansatt i kommunen.');
  if (mentor && role !== 'leader') {
    return {
      field: 'mentor',
      message:
        'Mentortilgang er for ledere. Velg en enhetsleder eller områdeleder, eller gi vanlig lesetilgang.',
    };
  }
  return null;
}

/**
 * Staff the holder may give read access (C8): anyone active in the municipality's services
 * except the holder, with the leaders marked, since only they may be mentors.
 */
export const grantCandidateSchema = z
  .object({
    personId: z.uuid(),
    name: z.string(),
    /** Their unit, or their district for a district leader. */
    unitName: z.string(),
    leader: z.boolean(),
  })
  .meta({ id: 'GrantCandidate' });
export type GrantCandidate = z.infer<typeof grantCandidateSchema>;
