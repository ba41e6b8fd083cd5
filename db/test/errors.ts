/** drizzle wraps driver errors ("Failed query: …"); the PostgreSQL message is in the cause chain. */
export function errorText(err: unknown): string {
  const parts: string[] = [];
  let current: unknown = err;
  for (let depth = 0; current instanceof Error && depth < 5; depth++) {
    parts.push(current.message);
    current = current.cause;
  }
  return parts.join(' <- ');
}

/** Resolves to the error's text, or throws when the promise did not reject. */
export async function rejection(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (err) {
    return errorText(err);
  }
  throw new Error('expected the statement to fail, but it succeeded');
}

export const RLS_VIOLATION = /new row violates row-level security policy/;
export const PERMISSION_DENIED = /permission denied/;
