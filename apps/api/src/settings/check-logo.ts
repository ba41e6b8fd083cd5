import { createHash } from 'node:crypto';
import {
  declaredTypeMismatch,
  inspectLogo,
  LOGO_MIME_TYPES,
  type LogoMimeType,
} from '@stafett/domain';
import { AppError } from '../http/errors';
import { sanitizeSvg } from './sanitize-svg';

export interface CheckedLogo {
  bytes: Uint8Array;
  mime: LogoMimeType;
  /** For the audit trail: what was stored, without storing the file twice. */
  facts: Record<string, unknown>;
}

const refuse = (message: string, field = 'logo') =>
  new AppError('validation', message, [{ field, message }]);

/**
 * Everything an uploaded logo must pass before it comes near the database, decided by its
 * content: PNG or SVG by the bytes (inspectLogo), the declared type agreeing with them, and an SVG
 * parsed, refused when hostile and otherwise sanitised. Pure CPU work, so it runs before the
 * tenant transaction opens.
 */
export function checkLogo(bytes: Uint8Array, contentType: string | undefined): CheckedLogo {
  const declared = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (!(LOGO_MIME_TYPES as readonly string[]).includes(declared)) {
    throw refuse(
      'Send logoen som filens innhold med content-type image/png eller image/svg+xml.',
      'content-type',
    );
  }
  const inspected = inspectLogo(bytes);
  if (!inspected.ok) throw refuse(inspected.message);
  const mismatch = declaredTypeMismatch(contentType, inspected.mime);
  if (mismatch) throw refuse(mismatch, 'content-type');

  if (inspected.mime === 'image/png') {
    return {
      bytes,
      mime: inspected.mime,
      facts: {
        mime: inspected.mime,
        width: inspected.width,
        height: inspected.height,
        ...sizeAndHash(bytes),
      },
    };
  }
  const sanitised = sanitizeSvg(inspected.text);
  if (!sanitised.ok) throw refuse(sanitised.message);
  const clean = new TextEncoder().encode(sanitised.svg);
  return {
    bytes: clean,
    mime: inspected.mime,
    facts: { mime: inspected.mime, ...sizeAndHash(clean), removed: sanitised.removed },
  };
}

function sizeAndHash(bytes: Uint8Array) {
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}
