import { z } from 'zod';

/**
 * Norwegian national identity numbers: fødselsnummer (fnr) and D-nummer (dnr).
 *
 * Layout: DDMMYY III K1 K2 — birth date, a three-digit individual number and two mod-11 check
 * digits.
 *
 * - D-number: 4 is added to the first digit of the day (day 41–71).
 * - Synthetic test ids from Skatteetaten's Tenor / synthetic Folkeregister: 80 is added to the
 *   month (month 81–92), for fnr and dnr alike. Source:
 *   https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/ny-versjon-av-syntetisk-folkeregister/
 *   They are only accepted when the caller passes `allowSynthetic` (never in production).
 * - Month + 40 is deliberately NOT supported: it is the health sector's H-number (hjelpenummer,
 *   HIS 1001) and an NAV-internal synthetic variant (Dolly), not a national standard
 *   (see the discussion in navikt/fnrvalidator#117). Such ids are rejected with reason 'date'.
 *
 * Check digits. With weights w1 = 3 7 6 1 8 9 4 5 2 and w2 = 5 4 3 2 7 6 5 4 3 2:
 *   s1 = Σ w1[i]·d[i] (i = 0..8) + 1·K1
 *   s2 = Σ w2[i]·d[i] (i = 0..9) + 1·K2     (d[9] is K1 as written)
 * - K2 (unchanged): s2 mod 11 must be 0.
 * - K1, rule in force until 2032: s1 mod 11 must be 0.
 * - K1, rule from 1 January 2032: s1 mod 11 may be 0, 1, 2 or 3. This is a superset of the old
 *   rule, so we accept it for all ids today (existing ids stay valid).
 *   Sources: Skatteetaten, "Nye fødselsnummer og d-nummer fra 2032"
 *   (https://www.skatteetaten.no/deling/opplysninger/folkeregisteropplysninger/pid/: "Ny
 *   kontrollberegning vil akseptere 0, 1, 2 og 3 som gyldige verdier"), the technical spec at
 *   https://skatteetaten.github.io/folkeregisteret-api-dokumentasjon/nytt-fodselsnummer-fra-2032/,
 *   and its implementation in navikt/fnrvalidator (PR #537, src/validator.ts), which computes
 *   K1 = (11 + rest − Σ mod 11) mod 11 for rest ∈ {0,1,2,3}, discarding 10 — the same rule.
 *
 * Birth date: the century follows from the individual number (forskrift om folkeregistrering):
 *   000–499 → 1900–1999; 500–749 with YY 54–99 → 1854–1899; 500–999 with YY 00–39 → 2000–2039;
 *   900–999 with YY 40–99 → 1940–1999. Other combinations are rejected as 'date'.
 *   Note: Skatteetaten has said the individual number will no longer indicate the century for ids
 *   issued from 2032, so for those the derived birth date is best effort; the Folkeregister is the
 *   authority on a person's birth date.
 */

export type NationalIdKind = 'fnr' | 'dnr';

export type NationalIdResult =
  | { ok: true; kind: NationalIdKind; synthetic: boolean; birthDate: string /* YYYY-MM-DD */ }
  | { ok: false; reason: 'format' | 'checksum' | 'date' | 'synthetic-not-allowed' };

/** `allowSynthetic`: accept Tenor synthetic test ids (month + 80). Never enable in production. */
type NationalIdOptions = { allowSynthetic?: boolean };

const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;
/** Remainders of s1 mod 11 accepted for K1 under the 2032 rule (0 alone before 2032). */
const K1_ACCEPTED_REMAINDERS: ReadonlySet<number> = new Set([0, 1, 2, 3]);

const D_NUMBER_DAY_OFFSET = 40;
const SYNTHETIC_MONTH_OFFSET = 80;

const ELEVEN_DIGITS = /^\d{11}$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function weightedSum(digits: readonly number[], weights: readonly number[]): number {
  let sum = 0;
  for (let i = 0; i < weights.length; i++) sum += (weights[i] ?? 0) * (digits[i] ?? 0);
  return sum;
}

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isRealDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

function formatDate(year: number, month: number, day: number): string {
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function parseIsoDate(value: string): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isRealDate(year, month, day) ? { year, month, day } : null;
}

/** Full birth year from the two-digit year and the individual number, or null if impossible. */
function centuryYear(yy: number, individual: number): number | null {
  if (individual <= 499) return 1900 + yy;
  if (individual <= 749 && yy >= 54) return 1800 + yy;
  if (yy <= 39) return 2000 + yy; // individual 500–999
  if (individual >= 900) return 1900 + yy; // YY 40–99
  return null;
}

/** The legacy check digit for a weighted sum, or null when it would be 10 (no valid digit). */
function legacyCheckDigit(sum: number): number | null {
  const k = (11 - (sum % 11)) % 11;
  return k === 10 ? null : k;
}

export function validateNationalId(value: string, opts?: NationalIdOptions): NationalIdResult {
  if (typeof value !== 'string' || !ELEVEN_DIGITS.test(value)) {
    return { ok: false, reason: 'format' };
  }
  const d = Array.from(value, Number);

  const s1 = weightedSum(d, K1_WEIGHTS) + (d[9] ?? 0);
  const s2 = weightedSum(d, K2_WEIGHTS) + (d[10] ?? 0);
  if (!K1_ACCEPTED_REMAINDERS.has(s1 % 11) || s2 % 11 !== 0) {
    return { ok: false, reason: 'checksum' };
  }

  let day = Number(value.slice(0, 2));
  let month = Number(value.slice(2, 4));
  const yy = Number(value.slice(4, 6));
  const individual = Number(value.slice(6, 9));

  const kind: NationalIdKind = day > D_NUMBER_DAY_OFFSET ? 'dnr' : 'fnr';
  if (kind === 'dnr') day -= D_NUMBER_DAY_OFFSET;
  const synthetic = month > SYNTHETIC_MONTH_OFFSET;
  if (synthetic) month -= SYNTHETIC_MONTH_OFFSET;

  const year = centuryYear(yy, individual);
  if (year === null || !isRealDate(year, month, day)) {
    return { ok: false, reason: 'date' };
  }
  if (synthetic && !opts?.allowSynthetic) {
    return { ok: false, reason: 'synthetic-not-allowed' };
  }
  return { ok: true, kind, synthetic, birthDate: formatDate(year, month, day) };
}

export function isValidNationalId(value: string, opts?: NationalIdOptions): boolean {
  return validateNationalId(value, opts).ok;
}

/**
 * Deterministically builds a valid synthetic (month+80) fnr for a birth date, using the given
 * individual number (0-999); tries the next individual numbers until both check digits exist.
 * For demo and test data only.
 *
 * Individual numbers that do not encode the birth year's century are skipped too, and the search
 * wraps from 999 to 000, so any start value works for birth years 1854–2039. The check digits
 * follow the pre-2032 rule (remainder 0), so the result is valid under both the old and the new
 * rule. Throws RangeError for an invalid date, a year outside 1854–2039 or a bad individual number.
 */
export function makeSyntheticNationalId(birthDate: string, individual: number): string {
  const date = parseIsoDate(birthDate);
  if (!date) throw new RangeError(`Ugyldig fødselsdato: ${birthDate} (forventet YYYY-MM-DD)`);
  if (date.year < 1854 || date.year > 2039) {
    throw new RangeError(`Fødselsåret ${date.year} kan ikke uttrykkes i et fødselsnummer`);
  }
  if (!Number.isInteger(individual) || individual < 0 || individual > 999) {
    throw new RangeError(`Individnummeret må være et heltall fra 0 til 999, fikk ${individual}`);
  }

  const yy = date.year % 100;
  const prefix = pad(date.day, 2) + pad(date.month + SYNTHETIC_MONTH_OFFSET, 2) + pad(yy, 2);
  for (let step = 0; step < 1000; step++) {
    const ind = (individual + step) % 1000;
    if (centuryYear(yy, ind) !== date.year) continue;
    const nine = Array.from(prefix + pad(ind, 3), Number);
    const k1 = legacyCheckDigit(weightedSum(nine, K1_WEIGHTS));
    if (k1 === null) continue;
    const k2 = legacyCheckDigit(weightedSum([...nine, k1], K2_WEIGHTS));
    if (k2 === null) continue;
    return `${prefix}${pad(ind, 3)}${k1}${k2}`;
  }
  // Unreachable in practice: every supported date has hundreds of candidate individual numbers.
  throw new RangeError(`Fant ikke noe gyldig individnummer for ${birthDate}`);
}

const INVALID_MESSAGE = 'Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige.';

/**
 * zod schema: trims nothing, requires exactly 11 digits and a valid id; message in bokmål, e.g.
 * "Fødselsnummeret er ikke gyldig. Sjekk at alle 11 sifrene er riktige."
 */
export function nationalIdSchema(opts?: NationalIdOptions): z.ZodType<string> {
  return z
    .string({ error: INVALID_MESSAGE })
    .regex(ELEVEN_DIGITS, { message: INVALID_MESSAGE })
    .refine((value) => isValidNationalId(value, opts), { message: INVALID_MESSAGE });
}

/**
 * Age in whole years on a given date (YYYY-MM-DD).
 *
 * A birthday counts from the same month and day; someone born 29 February turns a year older on
 * 1 March in non-leap years. Throws RangeError for invalid dates or when onDate is before birthDate.
 */
export function ageOn(birthDate: string, onDate: string): number {
  const birth = parseIsoDate(birthDate);
  const on = parseIsoDate(onDate);
  if (!birth) throw new RangeError(`Ugyldig fødselsdato: ${birthDate} (forventet YYYY-MM-DD)`);
  if (!on) throw new RangeError(`Ugyldig dato: ${onDate} (forventet YYYY-MM-DD)`);
  const hadBirthday = on.month > birth.month || (on.month === birth.month && on.day >= birth.day);
  const age = on.year - birth.year - (hadBirthday ? 0 : 1);
  if (age < 0) throw new RangeError(`${onDate} er før fødselsdatoen ${birthDate}`);
  return age;
}
