import { createHash } from 'node:crypto';
import type { ArchiveReason } from '@stafett/domain';
import type { create } from 'xmlbuilder2';

export type XMLBuilder = ReturnType<typeof create>;

/** One archive PDF of a log, as it goes into the package (a journalpost with its document). */
export interface Noark5Document {
  obligationId: string;
  reason: ArchiveReason;
  fileId: string;
  /** The file's name inside the package, under DOKUMENT/. */
  packageName: string;
  bytes: Uint8Array;
  sha256: string;
  madeAt: Date;
  madeBy: string;
  doneAt: Date | null;
  doneBy: string | null;
  archiveReference: string | null;
}

/** One log: a saksmappe (case folder) for the child. */
export interface Noark5Case {
  logId: string;
  childName: string;
  guardians: string[];
  unitName: string;
  holderName: string;
  openedAt: Date;
  closedAt: Date | null;
  /** Holder changes (accepted transfers), oldest first: the endringslogg's entries. */
  holderChanges: { at: Date; by: string; from: string; to: string }[];
  documents: Noark5Document[];
}

export interface Noark5Input {
  municipalityName: string;
  /** What the package covers, in words: a unit and a period, or one log. */
  scope: string;
  /** A stable key of the scope (ids), from which the upper levels' systemIDs are derived. */
  scopeKey: string;
  period: { from: string; to: string };
  extractedAt: Date;
  extractedBy: string;
  cases: Noark5Case[];
}

export const NS = {
  arkivstruktur: 'http://www.arkivverket.no/standarder/noark5/arkivstruktur',
  endringslogg: 'http://www.arkivverket.no/standarder/noark5/endringslogg',
  addml: 'http://www.arkivverket.no/standarder/addml',
  xsi: 'http://www.w3.org/2001/XMLSchema-instance',
  xmlns: 'http://www.w3.org/2000/xmlns/',
} as const;

/** A UUID-shaped systemID derived from a key: the same scope gives the same ids every time. */
export function derivedId(...parts: string[]): string {
  const h = createHash('sha256').update(parts.join('\u0000')).digest('hex');
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export const sha256Hex = (bytes: Uint8Array | string) =>
  createHash('sha256').update(bytes).digest('hex');

/** Adds `<name>value</name>`; optional elements with no value are left out. */
export function el(parent: XMLBuilder, name: string, value: string | number | null | undefined) {
  if (value === null || value === undefined || value === '') return parent;
  parent.ele(name).txt(String(value));
  return parent;
}

export const isoDate = (d: Date) => d.toISOString().slice(0, 10);
export const isoDateTime = (d: Date) => d.toISOString();
