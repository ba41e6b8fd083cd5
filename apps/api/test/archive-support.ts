import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LogContent } from '../src/logs/log-content';

/**
 * Arkivverket's schemas: NOARK5_DIR when set (.ci/run sets it for a clone made elsewhere), else
 * ../shared/noark5 relative to the repository root (the monorepo's parent holds `shared`).
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const NOARK5_DIR = process.env.NOARK5_DIR || resolve(root, '../shared/noark5');
export const HAVE_SCHEMAS = existsSync(join(NOARK5_DIR, 'arkivstruktur.xsd'));
export const SKIP_SCHEMAS_WHY = `Noark 5 schemas not found at ${NOARK5_DIR} (a clone without ../shared): validation skipped`;

const has = (tool: string) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0;
export const HAVE_XMLLINT = has('xmllint');
export const HAVE_POPPLER = has('pdftoppm') && has('pdftotext');

/** xmllint's verdict on one XML document against one schema: '' when valid, else its errors. */
export function xmllint(xml: Uint8Array | string, schema: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'noark5-'));
  try {
    const file = join(dir, 'doc.xml');
    writeFileSync(file, xml);
    const r = spawnSync('xmllint', ['--noout', '--schema', join(NOARK5_DIR, schema), file], {
      encoding: 'utf8',
    });
    return r.status === 0 ? '' : `${r.stderr}${r.stdout}`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's structure tree as poppler prints it (pdfinfo -struct): one tag per line. */
export function pdfStructure(pdf: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'archive-pdf-'));
  try {
    const file = join(dir, 'log.pdf');
    writeFileSync(file, pdf);
    const out = execFileSync('pdfinfo', ['-struct', file], { encoding: 'utf8' });
    return out
      .split('\n')
      .map((l) => l.trim().split(' ')[0] ?? '')
      .filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text (pdftotext) and its first page as PNG (pdftoppm). */
export function renderPdf(pdf: Uint8Array): { text: string; png: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'archive-pdf-'));
  try {
    const file = join(dir, 'log.pdf');
    writeFileSync(file, pdf);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    const png = execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', file]);
    return { text, png };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A log as selectLogContent reads it, with a note that must never reach the archive. */
export function sampleContent(): LogContent & { head: NonNullable<LogContent['head']> } {
  const at = new Date('2026-03-02T09:00:00Z');
  return {
    head: {
      id: '00000000-0000-4000-8000-000000000001',
      level: 2,
      status: 'active',
      openedAt: new Date('2026-01-05T10:00:00Z'),
      closedAt: null,
      version: 3,
      child: { id: 'c', name: 'Ella Haugen', nationalId: '03042150000' },
      holder: { id: 'h', name: 'Hanne Strand' },
      unit: { id: 'u', name: 'Korsvoll barnehage', type: 'kindergarten' },
    },
    guardians: [{ id: 'g', name: 'Marte Haugen' }],
    consent: {
      id: 'k',
      consentedBy: 'Marte Haugen',
      byYouth: false,
      consentedOn: '2026-01-05',
      validUntil: '2027-01-05',
      services: ['kindergarten', 'ppt'],
      fileId: 'f',
    },
    attentions: [
      {
        id: 'a1',
        category: 'Språk',
        description: 'Ella sier få ord i lek med andre barn på avdelingen.',
        maintainingFactors: 'Trekker seg unna når det blir mye lyd.',
        goal: 'Ella bruker setninger på tre ord i lek innen mars.',
        signsOfSuccess: 'Hun ber om leker med ord.',
        ended: false,
        createdAt: at,
        version: 1,
      },
      {
        id: 'a2',
        category: 'Motorikk',
        description: 'Ella faller ofte når hun løper ute.',
        maintainingFactors: '',
        goal: 'Ella løper på tur uten å falle.',
        signsOfSuccess: '',
        ended: false,
        createdAt: at,
        version: 1,
      },
    ],
    measures: [
      {
        id: 'm1',
        attentionId: 'a1',
        text: 'Lesestund i liten gruppe hver dag',
        responsible: 'service',
        actorId: 'p',
        actorName: 'Jonas Bakke',
        actorUnit: 'PPT Nordre Aker',
        startDate: '2026-01-10',
        deadline: '2026-02-01',
        step: 1,
        status: 'active',
        replacesMeasureId: null,
        createdAt: at,
        version: 2,
      },
      {
        id: 'm2',
        attentionId: 'a1',
        text: 'Leser bok ved leggetid',
        responsible: 'home',
        actorId: null,
        actorName: null,
        actorUnit: null,
        startDate: '2026-01-10',
        deadline: '2026-02-01',
        step: 2,
        status: 'active',
        replacesMeasureId: null,
        createdAt: at,
        version: 1,
      },
    ],
    events: [
      {
        measureId: 'm1',
        kind: 'extend_deadline',
        before: { deadline: '2026-02-01' },
        after: { deadline: '2026-02-15' },
        reason: 'Sykdom i barnehagen',
        byId: 'h',
        byName: 'Hanne Strand',
        at,
      },
    ],
    evaluations: [
      {
        id: 'e1',
        measureId: 'm1',
        outcome: 'partly',
        comment: 'Bedre i små grupper.',
        familyView: 'Vi hører mer prat hjemme.',
        decision: 'continue',
        byId: 'h',
        byName: 'Hanne Strand',
        at,
      },
    ],
    brightSpots: [
      {
        id: 'b1',
        attentionId: null,
        authorId: 'g',
        authorName: 'Marte Haugen',
        text: 'Ella sang en hel sang i bursdagen!',
        createdAt: at,
        updatedAt: at,
        version: 1,
      },
    ],
    notes: [
      {
        id: 'n1',
        kind: 'private',
        attentionId: null,
        authorId: 'h',
        authorName: 'Hanne Strand',
        text: 'HEMMELIG privat notat',
        restricted: false,
        createdAt: at,
        updatedAt: at,
        version: 1,
        attachments: [],
      },
    ],
    meetings: [
      {
        id: 'mt1',
        title: 'Oppstartsmøte',
        startsAt: at,
        durationMinutes: 60,
        place: 'Korsvoll barnehage',
        agenda: 'Plan for våren',
        status: 'held',
        meetingEvaluation: 'Alle fikk sagt sitt; neste møte om seks uker.',
        version: 1,
        participants: [{ id: 'x', personId: null, name: 'Marte Haugen' }],
        attentionIds: ['a1'],
      },
    ],
  };
}
