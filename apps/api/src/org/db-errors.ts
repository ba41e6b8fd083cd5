/**
 * True when a database error is a unique violation (SQLSTATE 23505), optionally of one named
 * constraint. drizzle wraps driver errors, so the cause chain is searched; postgres.js and PGlite
 * both put `code` and `constraint_name`/`constraint` on the driver error.
 */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e: unknown = err, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    const rec = e as { code?: unknown; constraint?: unknown; constraint_name?: unknown };
    if (rec.code === '23505') {
      const name = rec.constraint_name ?? rec.constraint;
      return constraint === undefined || name === undefined || name === constraint;
    }
    e = (e as { cause?: unknown }).cause;
  }
  return false;
}
