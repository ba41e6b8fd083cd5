import { createHash } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { schema, type Tx } from '@stafett/db';

export interface StoredDocument {
  id: string;
  filename: string;
  mime: string;
  bytes: Uint8Array;
}

export interface NewDocument {
  municipalityId: string;
  filename: string;
  mime: string;
  bytes: Uint8Array;
  uploadedBy: string;
}

/**
 * Where uploaded documents live. PostgreSQL today (same transaction, row-level security and
 * backups as the rows that point at them); an object store later would replace this module only.
 */
export interface FileStore {
  put(tx: Tx, file: NewDocument): Promise<{ id: string; sha256: string }>;
  get(tx: Tx, municipalityId: string, id: string): Promise<StoredDocument | null>;
}

/** Only the last path segment, without control characters, so a name can't steer a download. */
export function safeFilename(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((ch) => ch >= ' ' && ch !== '\u007f' && ch !== '"');
  const clean = printable.join('').trim().slice(0, 200);
  return clean.length > 0 ? clean : 'dokument';
}

export const postgresFileStore: FileStore = {
  async put(tx, file) {
    const sha256 = createHash('sha256').update(file.bytes).digest('hex');
    const [row] = await tx
      .insert(schema.storedFile)
      .values({
        municipalityId: file.municipalityId,
        mime: file.mime,
        filename: safeFilename(file.filename),
        byteSize: file.bytes.byteLength,
        sha256,
        content: file.bytes,
        uploadedBy: file.uploadedBy,
      })
      .returning({ id: schema.storedFile.id });
    if (!row) throw new Error('insert stored_file returned nothing');
    return { id: row.id, sha256 };
  },
  async get(tx, municipalityId, id) {
    const [row] = await tx
      .select({
        id: schema.storedFile.id,
        filename: schema.storedFile.filename,
        mime: schema.storedFile.mime,
        bytes: schema.storedFile.content,
      })
      .from(schema.storedFile)
      .where(
        and(eq(schema.storedFile.municipalityId, municipalityId), eq(schema.storedFile.id, id)),
      );
    return row ?? null;
  },
};
