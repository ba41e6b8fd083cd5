import type { Fixtures, TableName } from './fixtures';
import type { Persona, Who } from './personas';

/**
 * One endpoint in the role × endpoint matrix. `setup` runs once per cell (persona) with fresh
 * fixtures, and its result feeds `path` and `body`; `allowed` are the personas that must get 2xx.
 * Every other persona must get 401 (anonymous, operator), 404 (the other municipality's admin:
 * every id here belongs to Oslo) or 403/404 (the rest) — and `writes`, plus audit_event, must be
 * exactly as before.
 */
export interface MatrixRow<T = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** The route as documented, e.g. "/districts/{districtId}"; shown in the test name. */
  route: string;
  setup?: (fx: Fixtures, who: Who) => Promise<T>;
  path: (f: T, fx: Fixtures) => string;
  body?: (f: T, fx: Fixtures, who: Who) => unknown | Promise<unknown>;
  allowed: readonly Persona[];
  /** The tables the endpoint changes when allowed; a refusal must leave them untouched. */
  writes: readonly TableName[];
  /**
   * 'operator' for the platform operator's own endpoints: a municipality session is no operator
   * session, so everyone refused there gets 401.
   */
  realm?: 'municipality' | 'operator';
}

/** Keeps `setup`, `path` and `body` typed together, then forgets T for the table. */
export function row<T>(r: MatrixRow<T>): MatrixRow {
  return r as MatrixRow;
}
