import type { SQL } from 'drizzle-orm';
import type { Db, Tx } from '../src/client';

/** Anything that runs SQL: the database itself or a transaction. */
export type Executor = Db | Tx;

/** Rows of a raw query; postgres.js answers with an array, PGlite with `{ rows }`. */
export async function rows<T>(exec: Executor, query: SQL): Promise<T[]> {
  const result: unknown = await exec.execute(query);
  if (Array.isArray(result)) return result as T[];
  return (result as { rows: T[] }).rows;
}
