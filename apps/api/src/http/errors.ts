/**
 * Errors are values with a kind and a message a person can act on. Services throw them; the app
 * maps them to HTTP once (see problem.ts), so no route decides status codes for failures.
 */
export type AppErrorKind =
  | 'bad_request'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'validation'
  | 'unavailable';

export interface FieldError {
  field: string;
  message: string;
}

/** What stands in the way of a conflict, for the person to act on (e.g. logs still held). */
export interface Blocker {
  kind: 'log' | 'transfer';
  id: string;
  label: string;
}

export class AppError extends Error {
  constructor(
    readonly kind: AppErrorKind,
    message: string,
    readonly fields: FieldError[] = [],
    readonly blockers: Blocker[] = [],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what = 'Fant ikke det du ba om.') => new AppError('not_found', what);
export const forbidden = () =>
  new AppError('forbidden', 'Du har ikke tilgang til dette. Spør lederen din om tilgang.');
export const unauthenticated = () =>
  new AppError('unauthenticated', 'Du er ikke logget inn, eller økten er utløpt. Logg inn igjen.');
export const conflict = (message: string) => new AppError('conflict', message);
