import { inspectDocument, type DocumentMime } from '@stafett/domain';
import { AppError } from '../http/errors';

/**
 * An uploaded document, checked by its content before any transaction opens: a file that is not
 * what it claims is a 422 naming the field, and nothing is written.
 */
export async function checkDocument(
  value: unknown,
  field: string,
): Promise<{ bytes: Uint8Array; mime: DocumentMime; filename: string }> {
  if (!(value instanceof File)) {
    throw new AppError('validation', 'Last opp dokumentet.', [
      { field, message: 'Last opp dokumentet (PDF, JPEG eller PNG, høyst 10 MB).' },
    ]);
  }
  const bytes = new Uint8Array(await value.arrayBuffer());
  const inspected = inspectDocument(bytes);
  if (!inspected.ok) {
    throw new AppError('validation', inspected.message, [{ field, message: inspected.message }]);
  }
  return { bytes, mime: inspected.mime, filename: value.name };
}
