import { z } from 'zod';
import { uuidSchema } from './unit';
import { nextCursorSchema } from './page';
import { personInputShape, personRefSchema, versionSchema } from './person-input';

/** DOMAIN.md T5: a person working in a unit, and what they may be there. */
export const staffMemberSchema = z
  .object({
    id: z.uuid(),
    unitId: z.uuid(),
    person: personRefSchema,
    /** Job title as the unit writes it, e.g. «Lærer», «Fastlege». */
    title: z.string().nullable(),
    /** An external professional (e.g. a GP) given access through the unit (T5). */
    external: z.boolean(),
    canHold: z.boolean(),
    canAct: z.boolean(),
    isSuperUser: z.boolean(),
    isUnitLeader: z.boolean(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ id: 'StaffMember' });
export type StaffMember = z.infer<typeof staffMemberSchema>;

export const staffListSchema = z
  .object({ items: z.array(staffMemberSchema), nextCursor: nextCursorSchema })
  .meta({ id: 'StaffList' });
export type StaffList = z.infer<typeof staffListSchema>;

export const staffTitleSchema = z
  .string({ message: 'Stillingen må være tekst.' })
  .trim()
  .min(1, { message: 'Skriv stillingen, eller la feltet stå tomt.' })
  .max(100, { message: 'Stillingen kan ha høyst 100 tegn.' });

const capabilities = {
  canHold: z.boolean({ message: 'Velg om personen kan være stafettholder.' }),
  canAct: z.boolean({ message: 'Velg om personen kan være aktør.' }),
  isSuperUser: z.boolean({ message: 'Velg om personen er superbruker.' }),
};

export const staffCreateSchema = z
  .strictObject({
    ...personInputShape,
    title: staffTitleSchema.nullable().optional(),
    external: z.boolean({ message: 'Velg om personen er ekstern.' }).optional(),
    ...capabilities,
  })
  .meta({ id: 'StaffCreate' });
export type StaffCreate = z.infer<typeof staffCreateSchema>;

/** Send only what changes, with the version you read. */
export const staffUpdateSchema = z
  .strictObject({
    title: staffTitleSchema.nullable().optional(),
    canHold: capabilities.canHold.optional(),
    canAct: capabilities.canAct.optional(),
    isSuperUser: capabilities.isSuperUser.optional(),
    version: versionSchema,
  })
  .meta({ id: 'StaffUpdate' });
export type StaffUpdate = z.infer<typeof staffUpdateSchema>;

export const staffParamsSchema = z.strictObject({
  unitId: uuidSchema,
  membershipId: uuidSchema,
});
