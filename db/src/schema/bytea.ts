import { customType } from 'drizzle-orm/pg-core';

/**
 * bytea, which drizzle 0.45 has no builder for. postgres.js hands back a Buffer and PGlite a plain
 * Uint8Array; both are Uint8Array, which is all callers may rely on.
 */
export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});
