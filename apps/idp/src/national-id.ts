/**
 * What the sign-in form accepts as "any other" national id. Deliberately only the shape (11
 * digits): the check digits are the API's to verify, and a developer must be able to sign in with
 * an id the API will refuse, to see that refusal.
 */
export type NationalIdInput = { ok: true; nationalId: string } | { ok: false; message: string };

export function parseNationalIdInput(raw: string): NationalIdInput {
  // People type ids in groups ("010190 12345"); spaces carry no meaning.
  const compact = raw.replace(/\s+/g, '');
  if (compact === '') {
    return { ok: false, message: 'Skriv inn et fødselsnummer på 11 siffer.' };
  }
  if (!/^\d{11}$/.test(compact)) {
    return { ok: false, message: 'Fødselsnummeret må være nøyaktig 11 siffer (bare tall).' };
  }
  return { ok: true, nationalId: compact };
}
