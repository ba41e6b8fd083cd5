import { z } from 'zod';

/** Norwegian or international phone number: digits with optional +, spaces allowed for reading. */
export const phoneSchema = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ]{6,18}[0-9]$/, {
    message:
      'Telefonnummeret kan bare ha sifre, mellomrom og + foran, for eksempel +47 412 34 567.',
  });

export const emailSchema = z
  .string()
  .trim()
  .pipe(
    z.email({
      message: 'E-postadressen er ikke gyldig. Sjekk at den er skrevet som navn@eksempel.no.',
    }),
  );

export const contactSchema = z
  .object({
    email: z.string().nullable(),
    phone: z.string().nullable(),
    /** Send back with a change: a change based on an older version is refused with 409. */
    version: z.number().int(),
  })
  .meta({ id: 'Contact' });
export type Contact = z.infer<typeof contactSchema>;

/** Your own e-mail and phone, where notices about the logs you take part in are sent. */
export const contactUpdateSchema = z
  .strictObject({
    email: emailSchema.nullable(),
    phone: phoneSchema.nullable(),
    version: z.number({ message: 'version må være et heltall.' }).int().positive(),
  })
  .meta({ id: 'ContactUpdate' });
export type ContactUpdate = z.infer<typeof contactUpdateSchema>;
