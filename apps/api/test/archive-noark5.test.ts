import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { noark5Zip } from '../src/archive/noark5/package';
import type { Noark5Input } from '../src/archive/noark5/model';
import { buildLogPdf } from '../src/archive/pdf/build-log-pdf';
import { NB_LABELS } from '../src/archive/pdf/labels';
import {
  HAVE_SCHEMAS,
  HAVE_XMLLINT,
  SKIP_SCHEMAS_WHY,
  sampleContent,
  xmllint,
} from './archive-support';

/**
 * The Noark 5 extraction package against Arkivverket's published v5.0 schemas (issue 6, item 5):
 * every XML file is validated with xmllint. Skipped only where ../shared is absent (a clone of
 * this repository alone); CI has it and installs libxml2-utils (.ci/run).
 */
if (!HAVE_SCHEMAS) console.warn(SKIP_SCHEMAS_WHY);
if (HAVE_SCHEMAS && !HAVE_XMLLINT)
  throw new Error('xmllint is missing: apt-get install libxml2-utils');

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');

async function input(): Promise<Noark5Input> {
  const pdf = await buildLogPdf(
    {
      municipalityName: 'Oslo kommune',
      content: sampleContent(),
      birthDate: '2021-04-03',
      attentionIds: [],
      reason: 'yearly',
      holderHistory: [],
      printedAt: new Date('2026-12-01T12:00:00Z'),
    },
    NB_LABELS,
  );
  const doc = (n: number, done: boolean) => ({
    obligationId: `00000000-0000-4000-8000-00000000010${n}`,
    reason: n === 1 ? ('yearly' as const) : ('closing' as const),
    fileId: `00000000-0000-4000-8000-00000000020${n}`,
    packageName: `stafettlogg-${n}.pdf`,
    bytes: pdf,
    sha256: sha(pdf),
    madeAt: new Date('2026-12-01T12:00:00Z'),
    madeBy: 'Hanne Strand',
    doneAt: done ? new Date('2026-12-02T08:00:00Z') : null,
    doneBy: done ? 'Hanne Strand' : null,
    archiveReference: done ? '2026/1234-1' : null,
  });
  return {
    municipalityName: 'Oslo kommune',
    scope: 'Korsvoll barnehage, 2026-01-01 – 2026-12-31 <&> «test»',
    scopeKey: 'unit:korsvoll:2026',
    period: { from: '2026-01-01', to: '2026-12-31' },
    extractedAt: new Date('2026-12-03T10:00:00Z'),
    extractedBy: 'Geir Dahl',
    cases: [
      {
        logId: '00000000-0000-4000-8000-000000000001',
        childName: 'Ella Haugen',
        guardians: ['Marte Haugen'],
        unitName: 'Korsvoll barnehage',
        holderName: 'Hanne Strand',
        openedAt: new Date('2026-01-05T10:00:00Z'),
        closedAt: null,
        holderChanges: [
          {
            at: new Date('2026-06-01T10:00:00Z'),
            by: 'Geir Dahl',
            from: 'Kari Lund',
            to: 'Hanne Strand',
          },
        ],
        documents: [doc(1, true), doc(2, false)],
      },
      {
        logId: '00000000-0000-4000-8000-000000000002',
        childName: 'Noah Berg & «søsken»',
        guardians: [],
        unitName: 'Korsvoll barnehage',
        holderName: 'Hanne Strand',
        openedAt: new Date('2025-03-05T10:00:00Z'),
        closedAt: new Date('2026-05-05T10:00:00Z'),
        holderChanges: [],
        documents: [],
      },
    ],
  };
}

describe('the Noark 5 extraction package', () => {
  it('holds the three XML files and the PDFs under DOKUMENT/', async () => {
    const files = unzipSync(noark5Zip(await input()));
    expect(Object.keys(files).sort()).toEqual([
      'DOKUMENT/stafettlogg-1.pdf',
      'DOKUMENT/stafettlogg-2.pdf',
      'arkivstruktur.xml',
      'arkivuttrekk.xml',
      'endringslogg.xml',
    ]);
    const struktur = strFromU8(files['arkivstruktur.xml']!);
    const pdf = files['DOKUMENT/stafettlogg-1.pdf']!;
    expect(struktur).toContain(`<sjekksum>${sha(pdf)}</sjekksum>`);
    expect(struktur).toContain(
      '<referanseDokumentfil>DOKUMENT/stafettlogg-1.pdf</referanseDokumentfil>',
    );
    expect(struktur).toContain(`<filstoerrelse>${pdf.byteLength}</filstoerrelse>`);
    expect(struktur).toContain('Noah Berg &amp; «søsken»');
    const addml = strFromU8(files['arkivuttrekk.xml']!);
    expect(addml).toContain(sha(files['arkivstruktur.xml']!));
    expect(addml).toContain(sha(files['endringslogg.xml']!));
    expect(addml).toMatch(/name="mappe">\s*<value>2<\/value>/);
    expect(addml).toMatch(/name="dokumentobjekt">\s*<value>2<\/value>/);
    expect(addml).toMatch(/name="numberOfFiles">\s*<value>2<\/value>/);
  });

  it.skipIf(!HAVE_SCHEMAS)('validates against Arkivverket’s schemas (xmllint)', async () => {
    const files = unzipSync(noark5Zip(await input()));
    expect(xmllint(files['arkivstruktur.xml']!, 'arkivstruktur.xsd')).toBe('');
    expect(xmllint(files['endringslogg.xml']!, 'endringslogg.xsd')).toBe('');
    expect(xmllint(files['arkivuttrekk.xml']!, 'addml.xsd')).toBe('');
  });

  it.skipIf(!HAVE_SCHEMAS)('an empty period still validates', async () => {
    const empty = { ...(await input()), cases: [] };
    const files = unzipSync(noark5Zip(empty));
    expect(xmllint(files['arkivstruktur.xml']!, 'arkivstruktur.xsd')).toBe('');
    expect(xmllint(files['endringslogg.xml']!, 'endringslogg.xsd')).toBe('');
    expect(xmllint(files['arkivuttrekk.xml']!, 'addml.xsd')).toBe('');
  });

  it.skipIf(!HAVE_SCHEMAS)('xmllint does catch a wrong order (the check is real)', async () => {
    const files = unzipSync(noark5Zip(await input()));
    const broken = strFromU8(files['arkivstruktur.xml']!).replace(
      /(<tittel>[^<]*<\/tittel>)\s*(<beskrivelse>)/,
      '$2',
    );
    expect(xmllint(broken, 'arkivstruktur.xsd')).toMatch(/tittel|beskrivelse/);
  });
});
