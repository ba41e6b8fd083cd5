import { and, eq, sql } from 'drizzle-orm';
import { schema } from '@stafett/db';
import { recordAudit } from '../audit/record';
import { todayInNorway } from '../auth/current-actor';
import { conflict } from '../http/errors';
import { loadLogFor } from '../logs/log-resource';
import type { OrgContext } from '../org/org-context';
import { traceOf } from './trace';

export const ONLY_PASSIVE_DELETES =
  'Bare en passiv logg kan slettes. Loggen må avsluttes før den kan slettes.';
export const ARCHIVE_FIRST =
  'Loggen kan ikke slettes før arkiv-PDF-en er laget og arkivert (L6). Vi har lagt inn arkivplikten «før sletting»: lag PDF-en, marker den som arkivert, og slett så loggen.';
export const OBLIGATIONS_OPEN =
  'Loggen kan ikke slettes mens arkivplikter står åpne (L6): alle arkiv-PDF-er for loggen må være arkivert først.';

export type DeleteOutcome =
  | { deleted: true; traceId: string; categories: string[]; counts: Record<string, number> }
  /** Refused after writing: the 'before_deletion' obligation now exists and must be done. */
  | { deleted: false; message: string };

/**
 * Whether the archive allows deletion (L6, L8): every obligation done, among them one made
 * 'before_deletion'. Without one, it is created (due today) so the archive PDF can be made, and
 * the deletion is refused; the route answers 409 after that row is committed.
 */
async function archiveAllows(ctx: OrgContext, logId: string): Promise<DeleteOutcome | null> {
  const o = schema.archiveObligation;
  const obligations = await ctx.tx
    .select({ reason: o.reason, doneAt: o.doneAt })
    .from(o)
    .where(and(eq(o.municipalityId, ctx.municipalityId), eq(o.logId, logId)));
  const beforeDeletion = obligations.filter((x) => x.reason === 'before_deletion');
  if (beforeDeletion.length === 0) {
    const [row] = await ctx.tx
      .insert(o)
      .values({
        municipalityId: ctx.municipalityId,
        logId,
        reason: 'before_deletion',
        dueOn: todayInNorway(),
      })
      .returning({ id: o.id });
    await recordAudit(ctx.tx, {
      municipalityId: ctx.municipalityId,
      actorPersonId: ctx.actor.personId,
      action: 'archive_obligation.created',
      entity: 'archive_obligation',
      entityId: row?.id,
      data: { logId, reason: 'before_deletion' },
    });
    return { deleted: false, message: ARCHIVE_FIRST };
  }
  if (obligations.some((x) => x.doneAt === null)) throw conflict(OBLIGATIONS_OPEN);
  return null;
}

/**
 * Every row of the log's personal content, children before parents, then the files nothing points
 * at any more, then the log row itself (docs/decisions.md "Closing, passive and deleted logs").
 */
async function deleteContent(ctx: OrgContext, logId: string) {
  const m = ctx.municipalityId;
  const ofLog = (table: string) =>
    sql`delete from ${sql.identifier(table)} where municipality_id = ${m} and log_id = ${logId}`;
  const via = (table: string, column: string, parent: string) =>
    sql`delete from ${sql.identifier(table)} where municipality_id = ${m} and ${sql.identifier(column)} in (select id from ${sql.identifier(parent)} where municipality_id = ${m} and log_id = ${logId})`;
  const files: unknown = await ctx.tx.execute(sql`
    select file_id as id from consent where municipality_id = ${m} and log_id = ${logId}
    union select a.file_id from note_attachment a join note n
      on n.municipality_id = a.municipality_id and n.id = a.note_id
      where a.municipality_id = ${m} and n.log_id = ${logId}
    union select file_id from archive_obligation
      where municipality_id = ${m} and log_id = ${logId} and file_id is not null`);
  const fileIds = rowsOf<{ id: string }>(files).map((r) => r.id);
  const steps = [
    via('meeting_attention', 'meeting_id', 'meeting'),
    via('meeting_participant', 'meeting_id', 'meeting'),
    ofLog('evaluation'),
    via('measure_event', 'measure_id', 'measure'),
    via('note_attachment', 'note_id', 'note'),
    ofLog('bright_spot'),
    ofLog('note'),
    ofLog('measure'),
    ofLog('meeting'),
    ofLog('attention'),
    ofLog('access_grant'),
    ofLog('consent'),
    ofLog('transfer'),
    ofLog('deletion_request'),
    ofLog('archive_obligation'),
    // A later log that named this one as reopened loses the pointer, not itself.
    sql`update log set reopens_log_id = null where municipality_id = ${m} and reopens_log_id = ${logId}`,
    sql`delete from log where municipality_id = ${m} and id = ${logId}`,
  ];
  for (const step of steps) await ctx.tx.execute(step);
  for (const id of fileIds) {
    await ctx.tx.execute(sql`delete from stored_file where municipality_id = ${m} and id = ${id}`);
  }
  return fileIds.length;
}

/** postgres.js answers an array of rows, PGlite an object with `rows`. */
function rowsOf<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * The unit leader deletes a passive, archived log (L6): an anonymous trace stays for the
 * statistics, every row of personal content goes, and the log row with it.
 */
export async function deleteLog(ctx: OrgContext, logId: string): Promise<DeleteOutcome> {
  const log = await loadLogFor(ctx, logId, 'log:delete');
  if (log.resource.status !== 'passive') throw conflict(ONLY_PASSIVE_DELETES);
  const refused = await archiveAllows(ctx, logId);
  if (refused) return refused;
  const trace = await traceOf(ctx, logId);
  const [row] = await ctx.tx
    .insert(schema.deletedLogTrace)
    .values({ municipalityId: ctx.municipalityId, ...trace })
    .returning({ id: schema.deletedLogTrace.id });
  if (!row) throw new Error('insert deleted_log_trace returned nothing');
  const files = await deleteContent(ctx, logId);
  await recordAudit(ctx.tx, {
    municipalityId: ctx.municipalityId,
    actorPersonId: ctx.actor.personId,
    action: 'log.deleted',
    entity: 'log',
    entityId: logId,
    data: { traceId: row.id, unitId: trace.unitId, counts: trace.counts, files },
  });
  return { deleted: true, traceId: row.id, categories: trace.categories, counts: trace.counts };
}
