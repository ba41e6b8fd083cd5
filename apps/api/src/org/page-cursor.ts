import { sql, type SQL, type AnyColumn } from 'drizzle-orm';
import { DEFAULT_PAGE_SIZE, type PageQuery } from '@stafett/domain';
import { AppError } from '../http/errors';

/**
 * Keyset paging for the organisation lists: the cursor is the sort key of the last row, as
 * base64url JSON, so the next page starts exactly after it whatever was added in between.
 */
export interface Page {
  after: string[] | null;
  limit: number;
}

export function pageOf(query: PageQuery, keys: number): Page {
  return {
    after: query.cursor ? decodeCursor(query.cursor, keys) : null,
    limit: query.limit ?? DEFAULT_PAGE_SIZE,
  };
}

export function encodeCursor(key: string[]): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

function decodeCursor(cursor: string, keys: number): string[] {
  try {
    const key: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (Array.isArray(key) && key.length === keys && key.every((k) => typeof k === 'string')) {
      return key;
    }
  } catch {
    // Falls through to the same answer as a well-formed cursor of the wrong shape.
  }
  throw new AppError('validation', 'Noe i forespørselen må rettes. Se feltene under.', [
    { field: 'cursor', message: 'Ugyldig sidemarkør. Start på første side.' },
  ]);
}

/**
 * `(a, b, …) > (x, y, …)`: rows after the cursor in the list's order. The last column is the row's
 * uuid (a unique tie-breaker), cast explicitly since drivers send parameters as text.
 */
export function afterKey(columns: AnyColumn[], after: string[] | null): SQL | undefined {
  if (!after) return undefined;
  const last = columns.length - 1;
  const left = sql.join(
    columns.map((c) => sql`${c}`),
    sql`, `,
  );
  const right = sql.join(
    after.map((v, i) => (i === last ? sql`${v}::uuid` : sql`${v}::text`)),
    sql`, `,
  );
  return sql`(${left}) > (${right})`;
}

/** Cuts the extra row fetched to know whether another page exists, and makes its cursor. */
export function paged<T>(rows: T[], page: Page, key: (row: T) => string[]) {
  const items = rows.slice(0, page.limit);
  const last = items[items.length - 1];
  return { items, nextCursor: rows.length > page.limit && last ? encodeCursor(key(last)) : null };
}
