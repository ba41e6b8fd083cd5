import { sql } from 'drizzle-orm';
import { rows, type Executor } from './catalogue';

const PRIVILEGES = [
  'SELECT',
  'INSERT',
  'UPDATE',
  'DELETE',
  'TRUNCATE',
  'REFERENCES',
  'TRIGGER',
] as const;
/** These can be granted per column too; has_any_column_privilege sees table and column grants. */
const COLUMN_PRIVILEGES = new Set(['SELECT', 'INSERT', 'UPDATE', 'REFERENCES']);

/**
 * Every privilege `role` holds on `table` (directly, through PUBLIC or a role it belongs to, on
 * the table or on any of its columns), sorted.
 */
export async function privilegesOf(exec: Executor, role: string, table: string): Promise<string[]> {
  const held: string[] = [];
  for (const privilege of PRIVILEGES) {
    const check = COLUMN_PRIVILEGES.has(privilege)
      ? sql`has_any_column_privilege(${role}, ${table}::regclass, ${privilege})`
      : sql`has_table_privilege(${role}, ${table}::regclass, ${privilege})`;
    const [row] = await rows<{ ok: boolean }>(exec, sql`select ${check} as ok`);
    if (row?.ok) held.push(privilege);
  }
  return held.sort();
}
