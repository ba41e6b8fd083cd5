import { sql, type SQL } from 'drizzle-orm';
import type { Database, Tx } from '../client';
import { OPS_ROLE } from '../roles';
import { withOps } from '../tenant';
import { rowsOf, scaleMunicipalityId } from './sql';

/**
 * Removes the municipalities an earlier run of seed:scale made for these slugs, every tenant table
 * first (in foreign-key order, read from the catalogue, so tables added later are included), then
 * the municipality rows. A municipality with one of the slugs that seed:scale did not make (its
 * id is not the one derived from the slug) is refused, and so are rows of other municipalities
 * pointing at one of them: the demo and anything real stay untouched.
 *
 * Foreign-key checks make deleting a large municipality slow: a table without an index on a
 * column pointing at another (measure.replaces_measure_id, log.reopens_log_id,
 * bright_spot.attention_id) is scanned through the municipality's rows once for every row deleted
 * from the table it points at, which is quadratic. A superuser (the usual migrator on a developer
 * machine or in CI) therefore deletes everything in one transaction with the foreign-key triggers
 * off (`session_replication_role = replica`, local to it) — safe because every table with a
 * municipality_id is emptied for these municipalities and nothing else points at them. Any other
 * role deletes table by table with the checks on, vacuuming after large deletions; if that stops
 * half-way, the next run removes the rest.
 */
export async function removeScaleMunicipalities(
  database: Database,
  slugs: readonly string[],
  log: (line: string) => void = () => {},
): Promise<string[]> {
  if (slugs.length === 0) return [];
  const found = await withOps(database, async (tx) =>
    rowsOf<{ id: string; slug: string }>(
      await tx.execute(
        sql`select id, slug from municipality where slug in (${sql.join(
          slugs.map((s) => sql`${s}`),
          sql`, `,
        )}) order by slug`,
      ),
    ),
  );
  const foreign = found.filter((f) => f.id !== scaleMunicipalityId(f.slug));
  if (foreign.length > 0) {
    throw new Error(
      `seed:scale did not make ${foreign.map((f) => f.slug).join(', ')}; it will not delete it. ` +
        'Remove that municipality yourself, or leave its slug out with --only.',
    );
  }
  if (found.length === 0) return [];
  const ids = found.map((f) => f.id);
  const idList = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );

  const { tables, crossRefs, outsideRefs } = await withOps(database, (tx) => catalogue(tx));
  for (const ref of crossRefs) {
    const [row] = await withOps(database, async (tx) =>
      rowsOf<{ n: number }>(
        await tx.execute(
          sql`select count(*)::int as n from ${sql.identifier(ref.table)}
               where ${sql.identifier(ref.column)} in (${idList}) and municipality_id not in (${idList})`,
        ),
      ),
    );
    if (row && row.n > 0) {
      throw new Error(
        `${row.n} row(s) of ${ref.table}.${ref.column} in other municipalities point at ` +
          `${found.map((f) => f.slug).join(', ')}; seed:scale will not delete them. Remove them first.`,
      );
    }
  }

  const [who] = await withOps(database, async (tx) =>
    rowsOf<{ superuser: boolean }>(
      await tx.execute(
        sql`select rolsuper as superuser from pg_roles where rolname = session_user`,
      ),
    ),
  );
  if (who?.superuser && !outsideRefs) {
    // One transaction with foreign-key triggers off: every row of these municipalities goes, from
    // every table that has a municipality_id, and no row elsewhere points at them (checked above).
    await database.db.transaction(async (tx) => {
      await tx.execute(sql`set local session_replication_role = replica`);
      await tx.execute(sql`set local role ${sql.identifier(OPS_ROLE)}`);
      for (const table of tables) {
        const started = Date.now();
        const n = await deleteFrom(tx, table, idList);
        if (n > 0) log(`  removed ${n} rows of ${table} (${Date.now() - started} ms)`);
      }
      await tx.execute(sql`delete from municipality where id in (${idList})`);
    });
  } else {
    log('  (not a superuser: removing with foreign-key checks, which is slow for large data)');
    for (const table of tables) {
      const started = Date.now();
      const n = await withOps(database, (tx) => deleteFrom(tx, table, idList));
      // Not in a transaction, as the connecting user (the migrator owns the tables).
      if (n > 20_000) await database.db.execute(sql`vacuum ${sql.identifier(table)}`);
      if (n > 0) log(`  removed ${n} rows of ${table} (${Date.now() - started} ms)`);
    }
    await withOps(database, (tx) =>
      tx.execute(sql`delete from municipality where id in (${idList})`),
    );
  }
  return found.map((f) => f.slug);
}

async function deleteFrom(tx: Tx, table: string, idList: SQL): Promise<number> {
  const [row] = rowsOf<{ n: number }>(
    await tx.execute(
      sql`with gone as (delete from ${sql.identifier(table)} where municipality_id in (${idList})
                        returning 1)
          select count(*)::int as n from gone`,
    ),
  );
  return row?.n ?? 0;
}

/**
 * The tables with a municipality_id, children before the tables they point at; and the other
 * columns that point at municipality(id) (e.g. transfer_package.to_municipality_id).
 */
async function catalogue(tx: Tx) {
  const tenant = rowsOf<{ name: string }>(
    await tx.execute(sql`
      select c.relname as name from pg_class c
        join pg_namespace n on n.oid = c.relnamespace
        join pg_attribute a on a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped
       where n.nspname = 'public' and c.relkind in ('r', 'p')
       order by c.relname`),
  ).map((r) => r.name);
  const edges = rowsOf<{ child: string; parent: string }>(
    await tx.execute(sql`
      select ch.relname as child, pa.relname as parent from pg_constraint k
        join pg_class ch on ch.oid = k.conrelid
        join pg_class pa on pa.oid = k.confrelid
        join pg_namespace n on n.oid = ch.relnamespace
       where k.contype = 'f' and n.nspname = 'public' and k.conrelid <> k.confrelid`),
  );
  const crossRefs = rowsOf<{ table: string; column: string }>(
    await tx.execute(sql`
      select ch.relname as table, a.attname as column from pg_constraint k
        join pg_class ch on ch.oid = k.conrelid
        join pg_namespace n on n.oid = ch.relnamespace
        join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
       where k.contype = 'f' and n.nspname = 'public' and k.confrelid = 'municipality'::regclass
         and a.attname <> 'municipality_id'`),
  );
  // A table without municipality_id pointing into tenant tables would not be emptied here.
  const tenantSet = new Set(tenant);
  const outsideRefs = edges.some((e) => !tenantSet.has(e.child) && tenantSet.has(e.parent));
  return { tables: childrenFirst(tenant, edges), crossRefs, outsideRefs };
}

/** Orders tables so that every table comes before each table it references (Kahn's algorithm). */
export function childrenFirst(
  tables: readonly string[],
  edges: readonly { child: string; parent: string }[],
): string[] {
  const inSet = new Set(tables);
  const relevant = edges.filter((e) => inSet.has(e.child) && inSet.has(e.parent));
  // A table may go once no remaining table references it.
  const referencedBy = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of relevant) referencedBy.get(e.parent)?.add(e.child);
  const order: string[] = [];
  const left = new Set(tables);
  while (left.size > 0) {
    const ready = [...left].filter((t) =>
      [...(referencedBy.get(t) ?? [])].every((c) => !left.has(c)),
    );
    if (ready.length === 0) {
      throw new Error(`seed:scale: foreign keys form a cycle among ${[...left].join(', ')}`);
    }
    for (const t of ready.sort()) {
      order.push(t);
      left.delete(t);
    }
  }
  return order;
}
