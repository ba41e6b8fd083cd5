import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { z } from 'zod';
import type { Problem } from '@stafett/domain';
import { AppError, type AppErrorKind, type Blocker, type FieldError } from './errors';

const STATUS: Record<AppErrorKind, ContentfulStatusCode> = {
  bad_request: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  validation: 422,
  unavailable: 503,
};

const TITLE: Record<number, string> = {
  400: 'Ugyldig forespørsel',
  401: 'Ikke logget inn',
  403: 'Ingen tilgang',
  404: 'Finnes ikke',
  405: 'Metoden er ikke tillatt',
  409: 'Konflikt',
  413: 'For stor forespørsel',
  415: 'Formatet støttes ikke',
  422: 'Noe må rettes',
  500: 'Noe gikk galt hos oss',
  503: 'Tjenesten er ikke tilgjengelig',
};

export function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  errors?: FieldError[],
  blockers?: Blocker[],
) {
  const body: Problem = {
    type: `https://stafett.no/problems/${status}`,
    title: TITLE[status] ?? 'Feil',
    status,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
    ...(blockers && blockers.length > 0 ? { blockers } : {}),
  };
  return c.body(JSON.stringify(body), status, { 'content-type': 'application/problem+json' });
}

export function fieldErrors(error: z.ZodError): FieldError[] {
  return error.issues.map((issue) => {
    const path = issue.path.map(String).join('.');
    if (issue.code === 'unrecognized_keys') {
      return {
        field: path || issue.keys.join(','),
        message: `Ukjent felt: ${issue.keys.join(', ')}.`,
      };
    }
    return { field: path || '(body)', message: issue.message };
  });
}

/** The one place failures become HTTP: typed errors, framework errors, and the unexpected. */
export function toProblem(err: unknown, c: Context, log: (err: unknown) => void) {
  if (err instanceof AppError) {
    return problemResponse(c, STATUS[err.kind], err.message, err.fields, err.blockers);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const detail =
      status === 400 && /JSON/i.test(err.message)
        ? 'Innholdet er ikke gyldig JSON. Sjekk kommaer, anførselstegn og klammer.'
        : err.message || TITLE[status] || 'Feil';
    return problemResponse(c, status, detail);
  }
  log(err);
  return problemResponse(c, 500, 'Noe gikk galt hos oss. Prøv igjen om litt.');
}
